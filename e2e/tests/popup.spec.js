// The popup mode: a button with data-rolefit-popup opens the
// widget in an accessible modal dialog.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.js";
import { answerQuiz, picks } from "./answer.js";
import { items, locale, ui } from "./bank.js";
import { hostPage } from "./pasted.js";

const spa = "http://127.0.0.1:4174/e2e/pages/spa.html";
const dialog = (page) => page.locator("dialog");
const widget = (page) => page.frameLocator("dialog iframe");
// Inside the dialog (or the widget in it), or out in the browser's own
// controls (the body has focus then), which a modal dialog allows; never on
// the page behind.
const focusInDialog = (page) =>
  page.evaluate(() => document.activeElement === document.body || document.querySelector("dialog").contains(document.activeElement));

test("the popup opens by keyboard, keeps focus in, closes on Esc and gives focus back", async ({ page }) => {
  await page.goto(spa);
  await page.locator("#open-popup").focus();
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toBeVisible();
  await expect(widget(page).getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  // Focus moved in: to the dialog's first control.
  await expect(page.getByRole("button", { name: "Close" })).toBeFocused();
  // The page behind is inert and does not scroll.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe("hidden");
  expect(await page.evaluate(() => document.querySelector("#open-popup").matches(":modal, :modal *"))).toBe(false);
  // Tab goes round the dialog and the widget inside it, never back to the page.
  let reachedWidget = false;
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInDialog(page)).toBe(true);
    reachedWidget ||= await page.evaluate(() => document.activeElement.tagName === "IFRAME");
  }
  expect(reachedWidget).toBe(true);
  // Esc closes it from the dialog's own controls (from inside the widget's
  // frame, and a click on the backdrop: popup-close.spec.js).
  await page.getByRole("button", { name: "Close" }).focus();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator("#open-popup")).toBeFocused();
  // The page scrolls again once the dialog's close event has run.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe("hidden");
});

test("the popup has a visible close button, and keeps progress across close and reopen", async ({ page }) => {
  await page.goto(spa);
  await page.locator("#open-popup").click();
  const w = widget(page);
  await w.getByRole("button", { name: ui.start }).click();
  await answerQuiz(w, { pick: picks.owner, to: 3, next: true });
  await expect(w.getByRole("heading", { level: 2, name: items[3].text })).toBeVisible();
  await page.getByRole("button", { name: "Close" }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator("#open-popup")).toBeFocused();
  await page.locator("#open-popup").click();
  await expect(w.getByRole("heading", { level: 2, name: items[3].text })).toBeVisible();
  await expect(page.locator("dialog iframe")).toHaveCount(1);
});

test("the popup fills a phone's screen and sits centred on a desktop, with no axe violations", async ({ page }, info) => {
  await page.goto(spa);
  await page.locator("#open-popup").click();
  await expect(widget(page).getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  const box = await dialog(page).boundingBox();
  const viewport = page.viewportSize();
  if (info.project.name === "phone") {
    expect(Math.round(box.width)).toBe(viewport.width);
    expect(Math.round(box.height)).toBe(viewport.height);
  } else {
    expect(box.width).toBeLessThan(viewport.width);
    expect(Math.abs(box.x - (viewport.width - box.x - box.width))).toBeLessThanOrEqual(2);
  }
  const results = await new AxeBuilder({ page }).include("dialog").analyze();
  expect(results.violations).toEqual([]);
});

test("window.rolefit.popup() opens and closes from script", async ({ page }) => {
  await page.goto(spa);
  await page.evaluate(() => { window.pop = window.rolefit.popup({ lang: "de-DE", closeLabel: "Schließen" }); window.pop.open(); });
  await expect(dialog(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Schließen" })).toBeVisible();
  await page.evaluate(() => window.pop.close());
  await expect(dialog(page)).toBeHidden();
});

test("quick open() and close() pairs leave the page able to scroll", async ({ page }) => {
  await page.goto(spa);
  await page.evaluate(() => { window.pop = window.rolefit.popup(); window.pop.open(); });
  await expect(dialog(page)).toBeVisible();
  await page.evaluate(() => window.pop.close());
  await expect(dialog(page)).toBeHidden();
  // Each close event arrives after the next open().
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i++) { window.pop.open(); window.pop.close(); }
    await new Promise((resolve) => setTimeout(resolve, 0));
    window.pop.open();
    window.pop.close();
  });
  await expect(dialog(page)).toBeHidden();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe("hidden");
});

/** A careers page with a popup button, under the Content Security Policy `policy` (if any). */
async function policyPage(page, info, policy) {
  const meta = policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}" />` : "";
  await page.goto(hostPage(info, "popup.html", `<!doctype html><html lang="en-GB">${meta}<title>Careers</title><link rel="icon" href="/examples/favicon.svg" /><main>
    <button type="button" data-rolefit-popup data-lang="de-DE" data-owner-cta-label="Stellen" data-owner-cta-url="https://careers.example.com/po">Which product role suits you?</button>
    </main><script src="http://127.0.0.1:4173/embed.js" async></script></html>`));
}

test("under Trusted Types the popup opens as a dialog", async ({ page }, info) => {
  await policyPage(page, info, "require-trusted-types-for 'script'");
  await page.getByRole("button", { name: "Which product role suits you?" }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(widget(page).getByRole("heading", { level: 1, name: locale("de-DE").ui.app_title })).toBeVisible();
});

for (const [where, prepare] of [
  ["a policy allows none of its own", (page, info) => policyPage(page, info, "require-trusted-types-for 'script'; trusted-types 'none'")],
  ["the browser has no <dialog>", async (page, info) => {
    await page.addInitScript(() => { delete HTMLDialogElement.prototype.showModal; });
    await policyPage(page, info, null);
  }],
]) {
  test(`where ${where}, the popup opens in a new tab with its options`, async ({ page }, info) => {
    page.allowProblem(/Trusted/);
    await prepare(page, info);
    const [tab] = await Promise.all([
      page.context().waitForEvent("page"),
      page.getByRole("button", { name: "Which product role suits you?" }).click(),
    ]);
    await expect.poll(() => tab.url()).toContain("lang=de-DE");
    const params = new URL(tab.url()).searchParams;
    expect(params.get("owner-cta-label")).toBe("Stellen");
    expect(params.get("owner-cta-url")).toBe("https://careers.example.com/po");
    await expect(tab.getByRole("heading", { level: 1, name: locale("de-DE").ui.app_title })).toBeVisible();
  });
}
