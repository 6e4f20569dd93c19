// What embed.js does for a real careers site: "start" counts
// real starts and a return is a "resume"; a finished result survives the call
// to action and Back, and a reload; a light widget unless the page asks
// otherwise, no tracking parameters in share links, the handed-over result
// link cleared once the person starts their own run, and no sandbox on the
// page's own origin.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.js";
import { answerQuiz, makeLink, picks } from "./answer.js";
import { items, ui } from "./bank.js";

const host = "http://127.0.0.1:4174";
const spa = `${host}/e2e/pages/spa.html`;
const src = async (page, selector) => new URL(await page.locator(selector).getAttribute("src")).searchParams;

test("start fires when a run begins (again after a retake); coming back to a run with answers is a resume", async ({ page }) => {
  await page.addInitScript(() => {
    window.seen = [];
    for (const name of ["ready", "start", "resume", "progress", "complete"]) {
      document.addEventListener(`rolefit:${name}`, (e) => window.seen.push(name === "progress" ? e.detail.current : name));
    }
  });
  const seen = () => page.evaluate(() => window.seen);
  await page.goto(`${host}/examples/career-page.html`);
  const widget = page.frameLocator("iframe");
  await widget.getByRole("button", { name: ui.start }).click();
  await answerQuiz(widget, { to: 2 });
  await expect(widget.getByRole("heading", { level: 2, name: items[2].text })).toBeVisible();
  // The host hears each step by a message that may land just after the frame repaints.
  await expect.poll(seen).toEqual(["ready", "start", 1, 2, 3]);

  // A reload (or a return to the page) lands on the same question: a resume.
  await page.reload();
  await expect(widget.getByRole("heading", { level: 2, name: items[2].text })).toBeVisible();
  await expect.poll(seen).toEqual(["ready", "resume", 3]);

  // Back to the intro and Continue: a resume too, never a second start.
  for (const n of [1, 0]) {
    await widget.getByRole("button", { name: ui.back }).click();
    await expect(widget.getByRole("heading", { level: 2, name: items[n].text })).toBeVisible();
  }
  await widget.getByRole("button", { name: ui.back }).click();
  await widget.getByRole("button", { name: ui.continue_quiz }).click();
  await answerQuiz(widget, { from: 2 });
  await widget.getByRole("button", { name: ui.retake }).click();
  await expect(widget.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
  // A retake is a new run, so a new start.
  await expect.poll(seen).toEqual(
    ["ready", "resume", 3, 2, 1, "resume", 3, ...items.slice(3).map((_, i) => i + 4), "complete", "start", 1]);
});

test("a finished result survives the call to action and Back, and a reload, until the person retakes", async ({ page }) => {
  // The example's call to action leads to the careers site's job list; here
  // a stand-in page, so that Back returns to the career page as a visitor's would.
  await page.route("https://careers.example.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><html lang=en><title>Jobs</title><h1>Jobs</h1></html>" }));
  await page.addInitScript(() => {
    for (const name of ["start", "complete"]) {
      document.addEventListener(`rolefit:${name}`, () => {
        sessionStorage.setItem("seen", JSON.stringify([...JSON.parse(sessionStorage.getItem("seen") || "[]"), name]));
      });
    }
  });
  const seen = () => page.evaluate(() => JSON.parse(sessionStorage.getItem("seen") || "[]"));
  await page.goto(`${host}/examples/career-page.html`);
  const widget = page.frameLocator("iframe");
  await widget.getByRole("button", { name: ui.start }).click();
  await answerQuiz(widget, { pick: picks.owner });
  await widget.getByRole("link", { name: "See our open product owner roles" }).click();
  await page.waitForURL("https://careers.example.com/**");
  await page.goBack();
  await expect(widget.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  await page.reload();
  await expect(widget.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  // Coming back to a result is not a second completion, nor a start.
  expect(await seen()).toEqual(["start", "complete"]);
  await widget.getByRole("button", { name: ui.retake }).click();
  await expect(widget.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
  await page.reload();
  await expect(widget.getByRole("button", { name: ui.start })).toBeVisible();
});

test("coming back from a friend's result link to one's own result is not a second completion", async ({ page, browser }) => {
  const friend = new URL(await makeLink(browser, picks.manager)).hash;
  await page.addInitScript(() => {
    window.seen = [];
    for (const name of ["start", "complete"]) document.addEventListener(`rolefit:${name}`, () => window.seen.push(name));
  });
  await page.goto(`${host}/examples/career-page.html`);
  const widget = page.frameLocator("iframe");
  await widget.getByRole("button", { name: ui.start }).click();
  await answerQuiz(widget, { pick: picks.owner });
  await expect(widget.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  // A friend's link, pasted into the address bar of the open page, then Back.
  await page.evaluate((hash) => (location.hash = hash), friend);
  await expect(widget.getByText(ui.shared_kicker)).toBeVisible();
  // Back (the frame's step of the joint history, so the page itself does not navigate).
  await page.evaluate(() => history.back());
  await expect(widget.getByText(ui.shared_kicker)).toHaveCount(0);
  await expect(widget.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  // A retake's start comes after anything the return could have sent.
  await widget.getByRole("button", { name: ui.retake }).click();
  await expect.poll(() => page.evaluate(() => window.seen.at(-1))).toBe("start");
  expect(await page.evaluate(() => window.seen)).toEqual(["start", "complete", "start"]);
});

test("the widget is light unless the page asks for auto or dark", async ({ page }) => {
  await page.goto(spa);
  expect((await src(page, "#early iframe")).get("theme")).toBe("light");
  await page.evaluate(() => {
    const el = document.createElement("div");
    el.id = "auto";
    document.getElementById("app").appendChild(el);
    window.rolefit.mount(el, { theme: "auto" });
  });
  expect((await src(page, "#auto iframe")).get("theme")).toBe("auto");
});

test("share links leave out the page's tracking parameters and keep the others", async ({ page }) => {
  await page.goto(`${spa}?utm_source=mail&utm_campaign=x&role=po&gclid=abc&fbclid=def&MSCLKID=g`);
  expect((await src(page, "#early iframe")).get("share-base")).toBe(`${spa}?role=po`);
});

test("once the person starts their own run, the result link leaves the page's address", async ({ page, browser }) => {
  const hash = new URL(await makeLink(browser, picks.owner)).hash;

  await page.goto(`${host}/examples/career-page.html?role=po${hash}&section=quiz`);
  const widget = page.frameLocator("iframe");
  await expect(widget.getByText(ui.shared_kicker)).toBeVisible();
  await widget.getByRole("button", { name: ui.take_it_yourself }).click();
  expect(new URL(page.url()).hash).toContain("r=");
  await widget.getByRole("button", { name: ui.start }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe("#section=quiz");
  expect(new URL(page.url()).search).toBe("?role=po");
  // A reload now shows the person's own run, not the shared result.
  await page.reload();
  await expect(widget.getByText(ui.shared_kicker)).toHaveCount(0);
});

test("on another origin the frame is sandboxed; on the page's own origin it is not", async ({ page }) => {
  await page.goto(spa);
  expect(await page.locator("#early iframe").getAttribute("sandbox")).toBe(
    "allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation");
  // The configurator sits beside the widget, on its origin: no sandbox, and
  // so no browser warning about a sandbox that could be lifted.
  await page.goto("http://127.0.0.1:4173/configurator/");
  await expect(page.locator("#preview iframe")).toHaveCount(1);
  expect(await page.locator("#preview iframe").getAttribute("sandbox")).toBeNull();
});

test("the README's one-line queue snippet runs under the policy it documents, hash and all", async ({ page }) => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const line = /<script>(window\.rolefit=[^<]*)<\/script>/.exec(readme)[1];
  const hash = /'sha256-([A-Za-z0-9+/=]+)'/.exec(readme)[1];
  // The hash is the snippet's, and the page below uses both as the README gives them.
  expect(createHash("sha256").update(line).digest("base64")).toBe(hash);
  const html = readFileSync(new URL("../pages/csp-queue.html", import.meta.url), "utf8");
  expect(html).toContain(`<script>${line}</script>`);
  expect(html).toContain(`'sha256-${hash}'`);
  const violations = [];
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto(`${host}/e2e/pages/csp-queue.html`);
  await expect(page.frameLocator("#w iframe").getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  expect(violations).toEqual([]);
});

test("only the fragment's r= leaves the page's address: the page's own r query parameter stays", async ({ page, browser }) => {
  const hash = new URL(await makeLink(browser, picks.owner)).hash;

  await page.goto(`${host}/examples/career-page.html?job=42&r=keepme&x=1${hash}`);
  const widget = page.frameLocator("iframe");
  await expect(widget.getByText(ui.shared_kicker)).toBeVisible();
  await widget.getByRole("button", { name: ui.take_it_yourself }).click();
  await widget.getByRole("button", { name: ui.start }).click();
  await expect.poll(() => new URL(page.url()).hash).toBe("");
  expect(new URL(page.url()).search).toBe("?job=42&r=keepme&x=1");
  // A reload shows the person's own run, not the shared result.
  await page.reload();
  const own = widget.getByRole("button", { name: ui.start }).or(widget.getByRole("heading", { level: 2, name: items[0].text }));
  await expect(own).toBeVisible();
  await expect(widget.getByText(ui.shared_kicker)).toHaveCount(0);
});
