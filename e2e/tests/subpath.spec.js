// The release build hosted under a sub-path (/careers/rolefit/ on its own
// origin), as career sites host widgets: opened directly, and embedded from
// there in a page on another origin. And what a host page sees when the
// widget cannot load at all.
import { test, expect } from "./fixtures.js";
import { answerQuiz, picks } from "./answer.js";
import { items, ui } from "./bank.js";
import { contract } from "./contract.js";

const widgetUrl = "http://127.0.0.1:4176/careers/rolefit/";
const hostPage = "http://127.0.0.1:4174/e2e/pages/subpath.html";
const total = items.length;

/** Fails the test on any response that is not a success. */
function noFailedRequests(page) {
  const failed = [];
  page.on("response", (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
  page.on("requestfailed", (request) => failed.push(`failed ${request.url()}`));
  return failed;
}


const fits = (w) => w.locator(".rf-fit-number").allTextContents();

async function recordEvents(page) {
  await page.addInitScript((names) => {
    window.rolefitEvents = [];
    for (const name of names) {
      document.addEventListener(`rolefit:${name}`, (e) => window.rolefitEvents.push([name, e.detail]));
    }
  }, contract.events.forwarded);
}
const eventNames = (page) => page.evaluate(() => window.rolefitEvents.map(([name]) => name));

test("opened directly from a sub-path: a full run, and its share link reopened", async ({ page, browser }) => {
  const failed = noFailedRequests(page);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(widgetUrl);
  await page.getByRole("button", { name: ui.start }).click();
  await answerQuiz(page, { pick: picks.mixed });
  const mine = await fits(page);
  expect(mine).not.toEqual(["100", "0"]);
  await page.getByRole("button", { name: ui.share_copy }).click();
  await expect(page.getByRole("status")).toHaveText(ui.share_copied);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4176\/careers\/rolefit\/#r=[A-Za-z0-9_-]+$/);

  const context = await browser.newContext();
  const reader = await context.newPage();
  const readerFailed = noFailedRequests(reader);
  await reader.goto(link);
  await expect(reader.getByText(ui.shared_kicker)).toBeVisible();
  expect(await fits(reader)).toEqual(mine);
  await context.close();
  expect(failed).toEqual([]);
  expect(readerFailed).toEqual([]);
});

test("embedded from a sub-path on another origin: the same quiz, events, sizing and links", async ({ page, browser }) => {
  const failed = noFailedRequests(page);
  await recordEvents(page);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: "http://127.0.0.1:4176" });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: "http://127.0.0.1:4174" });
  await page.goto(hostPage);
  const w = page.frameLocator("iframe");
  await expect(w.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  // The host's own fallback content is out of the way while the widget shows.
  await expect(page.locator(".fallback")).toHaveCount(0);
  await w.getByRole("button", { name: ui.start }).click();
  await answerQuiz(w, { pick: picks.mixed });
  const mine = await fits(w);
  expect(await eventNames(page)).toEqual(["ready", "start", ...Array(total).fill("progress"), "complete"]);
  // Sized to its content: no inner scrollbar.
  const frame = page.frames().find((f) => f.url().startsWith(widgetUrl));
  await expect
    .poll(async () => {
      const outer = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
      return Math.abs(outer - Math.ceil(inner)) <= 2;
    })
    .toBe(true);

  await w.getByRole("button", { name: ui.share_copy }).click();
  await expect(w.getByRole("status")).toHaveText(ui.share_copied);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4174\/e2e\/pages\/subpath\.html#r=[A-Za-z0-9_-]+$/);
  const context = await browser.newContext();
  const reader = await context.newPage();
  await reader.goto(link);
  const shared = reader.frameLocator("iframe");
  await expect(shared.getByText(ui.shared_kicker)).toBeVisible();
  expect(await fits(shared)).toEqual(mine);
  await context.close();
  expect(failed).toEqual([]);
});

for (const [what, pattern] of [["wasm", "**/careers/rolefit/*.wasm"], ["words", "**/careers/rolefit/words/*"]]) {
  test(`when the widget's ${what} cannot load, the host page gets its fallback and a load-failed error`, async ({ page }) => {
    // The browser, and boot.js for the wasm, report why, for the host's developer.
    page.allowProblem(/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch/);
    await recordEvents(page);
    await page.route(pattern, (route) => route.abort("internetdisconnected"));
    await page.goto(hostPage);
    await expect(page.locator(".fallback")).toBeVisible();
    await expect(page.getByRole("link", { name: "take the self-assessment" })).toHaveAttribute("href", widgetUrl);
    await expect(page.locator("iframe")).toBeHidden();
    expect(await page.evaluate(() => window.rolefitEvents)).toEqual([["error", { code: "load-failed" }]]);
  });
}

test("when the widget's page is not there at all, the host page says so", async ({ page }) => {
  test.setTimeout(30_000);
  page.allowProblem(/404|Failed to load resource/);
  await recordEvents(page);
  // A wrong path: the frame's page is a 404 that never speaks. The element
  // is empty, so embed.js shows its own message with a link to the widget.
  await page.route(`${widgetUrl}?*`, (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto("http://127.0.0.1:4174/e2e/pages/subpath-bare.html");
  const link = page.getByRole("link", { name: "Open it in a new tab" });
  await expect(link).toBeVisible({ timeout: 15_000 });
  expect(await link.getAttribute("href")).toMatch(/^http:\/\/127\.0\.0\.1:4176\/careers\/rolefit\/\?/);
  await expect(page.getByText("The self-assessment could not be loaded here.")).toBeVisible();
  expect(await page.evaluate(() => window.rolefitEvents)).toEqual([["error", { code: "load-failed" }]]);
});
