// Sharing a result: copy, share, open elsewhere, bad links, old links, and
// the promise that opening a link never touches a quiz in progress.
import { test, expect } from "./fixtures.js";
import { answerQuiz, copyLink, picks } from "./answer.js";
import { items, ui } from "./bank.js";
import { badLinks, codeOf, staleLink } from "./links.js";

const total = items.length;

async function finish(page, pick = (item, i) => (i % 3 === 0 ? item.manager : item.owner), url = "./") {
  await page.goto(url);
  await page.getByRole("button", { name: ui.start }).click();
  await answerQuiz(page, { pick });
}

/** Everything a result shows, as text, to compare two renderings. */
async function resultText(page) {
  return {
    verdict: await page.locator(".rf-verdict").getAttribute("data-verdict"),
    strength: await page.locator(".rf-strength").textContent(),
    fits: await page.locator(".rf-fit-number").allTextContents(),
    bars: await page.getByRole("img").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label"))),
    drivers: await page.locator(".rf-drivers").textContent(),
    profiles: await page.locator(".rf-profile h3").allTextContents(),
  };
}

function watchErrors(page, problems) {
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
}

test("a copied link opens the identical result in a fresh browser", async ({ page, browser }) => {
  await finish(page);
  const mine = await resultText(page);
  const link = await copyLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#r=[A-Za-z0-9_-]+$/);
  expect(codeOf(link).length + 2).toBeLessThanOrEqual(60);

  const context = await browser.newContext();
  const other = await context.newPage();
  const problems = [];
  watchErrors(other, problems);
  await other.goto(link);
  await expect(other.getByText(ui.shared_kicker)).toBeVisible();
  expect(await resultText(other)).toEqual(mine);
  await expect(other.getByRole("button", { name: ui.retake })).toHaveCount(0);
  await expect(other.getByRole("button", { name: ui.share_copy })).toHaveCount(0);
  await other.getByRole("button", { name: ui.take_it_yourself }).click();
  await expect(other.getByRole("heading", { level: 1, name: ui.app_title })).toBeFocused();
  expect(new URL(other.url()).hash).toBe("");
  expect(problems).toEqual([]);
  await context.close();
});

test("a link with extra query parameters still works", async ({ page }) => {
  await finish(page);
  const mine = await resultText(page);
  const link = await copyLink(page);
  await page.goto(`/?utm_source=newsletter&ref=abc#r=${codeOf(link)}`);
  await expect(page.getByText(ui.shared_kicker)).toBeVisible();
  expect(await resultText(page)).toEqual(mine);
});

test("a link as chat apps pass it on, #r%3D… or #R=…, opens the result", async ({ page }) => {
  await finish(page);
  const mine = await resultText(page);
  const code = codeOf(await copyLink(page));
  for (const [n, fragment] of [`r%3D${code}`, `R=${code}`].entries()) {
    await page.goto(`/?from=chat${n}#${fragment}`);
    await expect(page.getByText(ui.shared_kicker), fragment).toBeVisible();
    expect(await resultText(page)).toEqual(mine);
  }
});

test("without the Clipboard API the link is shown selected in a read-only field", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
  await finish(page);
  await page.getByRole("button", { name: ui.share_copy }).click();
  const field = page.getByRole("textbox", { name: ui.share_link_label });
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();
  expect(await field.evaluate((f) => f.readOnly)).toBe(true);
  const value = await field.inputValue();
  expect(value).toMatch(/#r=[A-Za-z0-9_-]+$/);
  expect(await field.evaluate((f) => [f.selectionStart, f.selectionEnd])).toEqual([0, value.length]);
});

test("Share uses the Web Share API where the browser offers it", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.share = async (data) => {
      window.sharedData = data;
    };
  });
  await finish(page);
  await page.getByRole("button", { name: ui.share_native }).click();
  await expect(page.getByRole("status")).toHaveText(ui.share_done);
  const data = await page.evaluate(() => window.sharedData);
  expect(data.url).toMatch(/#r=[A-Za-z0-9_-]+$/);
  expect(data.title).toBe(ui.share_title);
});

test("no Share button where the browser has no Web Share API", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "share", { get: () => undefined }));
  await finish(page);
  await expect(page.getByRole("button", { name: ui.share_copy })).toBeVisible();
  await expect(page.getByRole("button", { name: ui.share_native })).toHaveCount(0);
});

test("every class of bad link shows a clear message and a way on", async ({ page }) => {
  await finish(page);
  const expected = {
    truncated: ui.link_damaged,
    "edited character": ui.link_damaged,
    "random text": ui.link_unreadable,
    "very long": ui.link_unreadable,
    "not base64": ui.link_unreadable,
    "unknown version": ui.link_newer,
    "version 0": ui.link_damaged,
    "wrong number of answers": ui.link_damaged,
    "out-of-range answer": ui.link_damaged,
    "trailing data": ui.link_damaged,
    "fits that do not add up": ui.link_damaged,
  };
  expect(Object.keys(badLinks()).sort()).toEqual(Object.keys(expected).sort());
  for (const [what, bad] of Object.entries(badLinks())) {
    await page.goto(`/#r=${bad}`);
    await expect(page.getByRole("heading", { level: 1, name: ui.link_error_heading }), what).toBeVisible();
    await expect(page.getByText(expected[what]), what).toBeVisible();
  }
  await page.getByRole("button", { name: ui.take_quiz }).click();
  // This tab had finished a quiz, so it starts afresh.
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeFocused();
  await page.goto(`/?fresh=1#r=${badLinks()["very long"]}`);
  await page.getByRole("button", { name: ui.take_quiz }).click();
  await expect(page.getByRole("heading", { level: 1, name: ui.app_title })).toBeFocused();
  expect(new URL(page.url()).hash).toBe("");
});

test("a link made with other questions shows only what it recorded, and says so", async ({ page }) => {
  await finish(page, (item) => item.owner);
  // Another fingerprint, a manager result, and the answers of a longer old bank.
  const { code, ownerFit, managerFit } = staleLink;
  expect(ownerFit).toBeLessThan(managerFit);
  await page.goto(`/#r=${code}`);
  await expect(page.getByRole("heading", { level: 2, name: ui.shared_verdict_manager })).toBeVisible();
  await expect(page.locator(".rf-fit-number")).toHaveText([String(ownerFit), String(managerFit)]);
  await expect(page.getByText(ui.stale_note)).toBeVisible();
  await expect(page.getByRole("heading", { name: ui.dimensions_heading })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: ui.drivers_heading })).toHaveCount(0);
  // No strength word it could not vouch for, and Take it yourself first.
  await expect(page.locator(".rf-strength")).toHaveCount(0);
  const takeFirst = await page.evaluate(() =>
    document.querySelector(".rf-nav--start button").compareDocumentPosition(document.querySelector(".rf-profile")) & Node.DOCUMENT_POSITION_FOLLOWING);
  expect(takeFirst).toBeTruthy();
});

test("opening someone's link leaves a quiz in progress alone", async ({ page, browser }) => {
  // Someone else's link.
  const context = await browser.newContext();
  const theirs = await context.newPage();
  await finish(theirs, (item) => item.manager);
  const link = await copyLink(theirs);
  await context.close();

  // My quiz, three answers in.
  await page.goto("./");
  await page.getByRole("button", { name: ui.start }).click();
  for (let i = 0; i < 3; i++) {
    await page.getByRole("radio", { name: items[i].owner, exact: true }).check();
    await page.getByRole("button", { name: ui.next }).click();
  }
  const saved = await page.evaluate(() => localStorage.getItem("rolefit:progress"));
  expect(saved).not.toBeNull();

  // A full page load of the link, as when it is opened from a message.
  await page.goto(`/?opened=link${new URL(link).hash}`);
  await expect(page.getByRole("heading", { level: 2, name: ui.shared_verdict_manager })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("rolefit:progress"))).toBe(saved);
  await page.getByRole("button", { name: ui.take_it_yourself }).click();
  await expect(page.getByRole("heading", { level: 2, name: items[3].text })).toBeFocused();
  await page.getByRole("button", { name: ui.back }).click();
  await expect(page.getByRole("radio", { name: items[2].owner, exact: true })).toBeChecked();
});

