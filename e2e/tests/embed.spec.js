// The widget embedded in a career page on another origin: sizing, events,
// options, share links back to the host, and forged messages.
import { test as plain } from "@playwright/test";
import { test, expect } from "./fixtures.js";
import { answerQuiz, picks } from "./answer.js";
import { items, ui } from "./bank.js";
import { contract } from "./contract.js";

const host = "http://127.0.0.1:4174";
const widgetOrigin = "http://127.0.0.1:4173";
const total = items.length;

/** Records the widget's DOM events on the host page, in order. */
async function recordEvents(page) {
  await page.addInitScript((names) => {
    window.rolefitEvents = [];
    for (const name of names) {
      document.addEventListener(`rolefit:${name}`, (e) => window.rolefitEvents.push([name, e.detail]));
    }
  }, contract.events.forwarded);
}

const widget = (page) => page.frameLocator("iframe[title^='Product owner or product manager']");
const frameOf = (page) => page.frames().find((f) => f.url().startsWith(widgetOrigin));

/** The iframe's height and its content's, and whether it scrolls inside. */
async function fit(page) {
  const frameHeight = await page.locator("iframe").first().evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frameOf(page).evaluate(() => ({
    content: Math.ceil(document.body.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  }));
  return { frameHeight, ...inner };
}

async function expectFitted(page) {
  await expect.poll(async () => {
    const f = await fit(page);
    return Math.abs(f.frameHeight - f.content) <= 2 && !f.scrolls;
  }).toBe(true);
}


test("the embed loads, fits its content at every step and reports events in order", async ({ page }) => {
  await recordEvents(page);
  // The frame's visibility and height at every frame the host paints.
  await page.addInitScript(() => {
    window.frameSamples = [];
    const sample = () => {
      const frame = document.querySelector("iframe");
      if (frame) window.frameSamples.push([getComputedStyle(frame).visibility, frame.getBoundingClientRect().height]);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(`${host}/examples/career-page.html`);
  const w = widget(page);
  await expect(w.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await expectFitted(page);
  const introHeight = (await fit(page)).frameHeight;
  // No visible jump: hidden while it has a guessed height, then shown only at its content's.
  const samples = await page.evaluate(() => window.frameSamples);
  const shown = samples.filter(([visibility]) => visibility === "visible").map(([, height]) => height);
  expect(samples.some(([visibility]) => visibility === "hidden"), "hidden at first").toBe(true);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.every((height) => Math.abs(height - introHeight) <= 2), `heights while shown: ${[...new Set(shown)]}`).toBe(true);

  await w.getByRole("button", { name: ui.start }).click();
  await expect(w.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
  await expectFitted(page);
  await answerQuiz(w, { pick: picks.owner });
  await expect(w.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  await expectFitted(page);
  expect((await fit(page)).frameHeight).toBeGreaterThan(introHeight);

  const events = await page.evaluate(() => window.rolefitEvents);
  const names = events.map(([name]) => name);
  expect(names).toEqual(["ready", "start", ...Array(total).fill("progress"), "complete"]);
  expect(events[2][1]).toEqual({ current: 1, total });
  expect(events[total + 1][1]).toEqual({ current: total, total });
  const complete = events.at(-1)[1];
  expect(complete).toEqual({
    verdict: "owner",
    ownerFit: 100,
    managerFit: 0,
    dimensions: [
      { id: "focus", owner: 100, manager: 0 },
      { id: "skills", owner: 100, manager: 0 },
      { id: "metrics", owner: 100, manager: 0 },
    ],
  });
});

test("the call to action for the suggested role links where the host configured it", async ({ page }) => {
  await page.goto(`${host}/examples/career-page.html`);
  const w = widget(page);
  await w.getByRole("button", { name: ui.start }).click();
  await answerQuiz(w, { pick: picks.manager });
  const cta = w.getByRole("link", { name: "See our open product manager roles" });
  await expect(cta).toHaveAttribute("href", "https://careers.example.com/jobs?role=product-manager");
  await expect(cta).toHaveAttribute("target", "_top");
  await expect(w.getByRole("link", { name: "See our open product owner roles" })).toHaveCount(0);
});

test("a shared link points to the career page and opens inside the embed there", async ({ page, browser }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: widgetOrigin });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: host });
  await page.goto(`${host}/examples/career-page.html`);
  const w = widget(page);
  await w.getByRole("button", { name: ui.start }).click();
  await answerQuiz(w, { pick: picks.owner });
  await w.getByRole("button", { name: ui.share_copy }).click();
  await expect(w.getByRole("status")).toHaveText(ui.share_copied);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${host}/examples/career-page\\.html#r=[A-Za-z0-9_-]+$`));

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  const shared = widget(other);
  await expect(shared.getByText(ui.shared_kicker)).toBeVisible();
  await expect(shared.getByRole("heading", { level: 2, name: ui.shared_verdict_owner })).toBeVisible();
  await expect(shared.getByRole("link", { name: "See our open product owner roles" })).toBeVisible();
  await context.close();
});

test("on a 240 px screen the embed reflows and hides nothing sideways", async ({ page }) => {
  await page.setViewportSize({ width: 240, height: 640 });
  await page.goto(`${host}/examples/career-page.html`);
  const w = widget(page);
  await w.getByRole("button", { name: ui.start }).click();
  const sideways = () =>
    frameOf(page).evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await answerQuiz(w, {
    pick: picks.mixed,
    visit: async (i, stage) => {
      if (stage === "answered") expect(await sideways(), `question ${i + 1}`).toBeLessThanOrEqual(0);
    },
  });
  expect(await sideways(), "result").toBeLessThanOrEqual(0);
  await expectFitted(page);
});

test("the plain iframe works without any script on the host page", async ({ page }) => {
  await page.goto(`${host}/examples/plain-iframe.html`);
  const w = widget(page);
  // intro=false: the first question is shown straight away.
  await expect(w.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
  await answerQuiz(w, { pick: picks.owner });
  await expect(w.getByRole("link", { name: "Product owner roles" })).toHaveAttribute("href", "https://careers.example.com/jobs?role=po");
  // The height the example gives holds the case it is sized for: one role's result, one call to action, sections folded.
  const inner = await frameOf(page).evaluate(() => [document.documentElement.scrollHeight, innerHeight]);
  expect(inner[0], `content ${inner[0]} px in a frame of ${inner[1]} px`).toBeLessThanOrEqual(inner[1]);
});

test("forged messages from another frame or the page itself are ignored", async ({ page }) => {
  await recordEvents(page);
  await page.goto(`${host}/e2e/pages/forged.html`);
  await expect(widget(page).getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await page.evaluate(() => window.postMessage({ type: "rolefit:v1:complete", detail: { verdict: "both" } }, "*"));
  await page.waitForTimeout(300);
  const height = await page.locator("iframe[title^='Product owner']").evaluate((f) => f.getBoundingClientRect().height);
  expect(height).toBeGreaterThan(100);
  expect((await page.evaluate(() => window.rolefitEvents)).map(([name]) => name)).toEqual(["ready"]);
});

plain("an invalid option is ignored with one console warning naming it", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${host}/e2e/pages/invalid.html`);
  const w = widget(page);
  await expect(w.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  // The URL is refused by embed.js, in this page's own console; the widget
  // names the theme, and the label left without a URL.
  await expect.poll(() => warnings.length).toBe(3);
  expect(warnings).toEqual(
    expect.arrayContaining([
      expect.stringContaining('option theme="neon"'),
      'rolefit: ignoring option owner-cta-url="javascript:alert(1)": only http and https links are allowed',
      expect.stringContaining('option owner-cta-label="Jobs": it needs owner-cta-url as well'),
    ]),
  );
  warnings.length = 0;
  await w.getByRole("button", { name: ui.start }).click();
  await answerQuiz(w, { pick: picks.owner });
  await expect(w.getByRole("link")).toHaveCount(0);
});

/** Records whether the host page ever paints the widget's frame visible. */
async function watchFrame(page) {
  await page.addInitScript(() => {
    window.frameShown = false;
    const sample = () => {
      const frame = document.querySelector("iframe");
      if (frame && getComputedStyle(frame).visibility === "visible" && frame.getBoundingClientRect().height > 0) window.frameShown = true;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

const bare = `${host}/e2e/pages/subpath-bare.html`;
const unavailable = "The self-assessment could not be loaded here.";

test("a frame whose page is not the widget's shows the fallback as soon as it has loaded, never the broken frame", async ({ page }) => {
  page.allowProblem(/404|Failed to load resource/);
  await recordEvents(page);
  await watchFrame(page);
  await page.route("http://127.0.0.1:4176/careers/rolefit/?*", (route) =>
    route.fulfill({ status: 404, contentType: "text/html", body: "<!doctype html><title>Not found</title><h1>Not found</h1>" }));
  await page.goto(bare);
  // Well before the ten seconds a widget that started may take.
  await expect(page.getByText(unavailable)).toBeVisible({ timeout: 3_000 });
  expect(await page.evaluate(() => window.frameShown)).toBe(false);
  expect(await page.evaluate(() => window.rolefitEvents)).toEqual([["error", { code: "load-failed" }]]);
});

test("a widget that starts but never gets ready stays hidden until its fallback shows", async ({ page }) => {
  test.setTimeout(30_000);
  await watchFrame(page);
  // The wasm never arrives.
  await page.route("http://127.0.0.1:4176/careers/rolefit/*.wasm", () => {});
  await page.goto(bare);
  await expect(page.getByText(unavailable)).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => window.frameShown)).toBe(false);
});

test("fallback content parsed after embed.js has run is taken out too, and comes back if the widget cannot load", async ({ page }) => {
  await page.goto(`${host}/e2e/pages/late-fallback.html`);
  await expect(widget(page).getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await expect(page.locator(".fallback")).toHaveCount(0);
  await expect(page.locator("#after")).toBeVisible();

  page.allowProblem(/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/);
  await page.route("**/*.wasm", (route) => route.abort("internetdisconnected"));
  await page.reload();
  await expect(page.getByRole("link", { name: "take the self-assessment" })).toBeVisible();
  await expect(page.getByText(unavailable)).toHaveCount(0);
});

/** Mounts a widget with `options` in a new element `id` of the single-page
 * app's page (`spa.html`), and returns the options its frame's address carries. */
async function mountInApp(page, id, options) {
  await page.evaluate(([id, options]) => {
    const el = document.createElement("div");
    el.id = id;
    document.getElementById("app").appendChild(el);
    window.rolefit.mount(el, options);
  }, [id, options]);
  return new URL(await page.locator(`#${id} iframe`).getAttribute("src")).searchParams;
}

test("an option longer than the widget takes is left out with a warning naming it, and the widget loads", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  // The host's warning, and the widget's about the link left without its label.
  page.allowProblem(/ignoring option owner-cta-(label|url)/);
  await page.goto(`${host}/e2e/pages/spa.html`);
  const params = await mountInApp(page, "long", {
    ownerCtaLabel: "x".repeat(18000),
    ownerCtaUrl: "https://careers.example.com/po",
    theme: "dark",
  });
  await expect(page.frameLocator("#long iframe").getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  expect(params.get("owner-cta-label")).toBeNull();
  expect(params.get("theme")).toBe("dark");
  // As the widget would say it: a label takes 200 characters.
  expect(warnings).toContain(`rolefit: ignoring option owner-cta-label="${"x".repeat(80)}": it is longer than 200 characters`);
});

test("a relative call-to-action URL is resolved against the career page; one that is not http(s) is refused in the page's own console", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  // The widget's own warning about the call to action left without its URL.
  page.allowProblem(/ignoring option (manager-cta-url|manager-cta-label)/);
  await page.goto(`${host}/e2e/pages/spa.html?job=7`);
  const params = await mountInApp(page, "relative", {
    ownerCtaLabel: "Our product owner roles",
    ownerCtaUrl: "../jobs/po?from=quiz",
    managerCtaLabel: "Our product manager roles",
    managerCtaUrl: "javascript:alert(1)",
  });
  expect(params.get("owner-cta-url")).toBe(`${host}/e2e/jobs/po?from=quiz`);
  expect(params.get("manager-cta-url")).toBeNull();
  expect(warnings).toContain('rolefit: ignoring option manager-cta-url="javascript:alert(1)": only http and https links are allowed');
  // On a tie both would show: the owner's link goes to the career site's page, the manager's is not there.
  const w = page.frameLocator("#relative iframe");
  await w.getByRole("button", { name: ui.start }).click();
  await answerQuiz(w, { pick: picks.owner });
  await expect(w.getByRole("link", { name: "Our product owner roles" })).toHaveAttribute("href", `${host}/e2e/jobs/po?from=quiz`);
  await expect(w.getByRole("link", { name: "Our product manager roles" })).toHaveCount(0);
});

test("a relative URL with a quote or backslash is escaped rather than dropped; an empty one is not taken for the page itself", async ({ page }) => {
  // The widget's own warnings about the empty link and the label left without it.
  page.allowProblem(/ignoring option (manager-cta-url|manager-cta-label)/);
  await page.goto(`${host}/e2e/pages/spa.html`);
  const params = await mountInApp(page, "quoted", {
    ownerCtaLabel: "Team jobs",
    ownerCtaUrl: "/teams/people's-team/jobs?q=a\\b#it`s",
    managerCtaLabel: "Manager jobs",
    managerCtaUrl: "  ",
  });
  const escaped = `${host}/teams/people%27s-team/jobs?q=a%5cb#it%60s`;
  expect(params.get("owner-cta-url")).toBe(escaped);
  // Passed on as it was: the widget refuses it, and no button links to the page itself.
  expect(params.get("manager-cta-url")).toBe("  ");
  const w = page.frameLocator("#quoted iframe");
  await w.getByRole("button", { name: ui.start }).click();
  await answerQuiz(w, { pick: picks.owner });
  await expect(w.getByRole("link", { name: "Team jobs" })).toHaveAttribute("href", escaped);
  await expect(w.getByRole("link", { name: "Manager jobs" })).toHaveCount(0);
});
