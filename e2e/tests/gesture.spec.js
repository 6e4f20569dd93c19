// One gesture, one control: the second and third click (or tap) of a
// gesture act only on the control its first one acted on, never on what a
// screen change put under the pointer in the meantime.
import { test, expect } from "./fixtures.js";
import { answerQuiz } from "./answer.js";
import { items, ui, locale } from "./bank.js";

async function centre(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** `clicks` clicks of one gesture on the spot where `locator` is at first,
 * `gap` ms apart, counted as the browser counts them (`detail` 1, 2, 3). */
async function multiClick(page, locator, clicks, gap) {
  const [x, y] = await centre(locator);
  await page.mouse.move(x, y);
  for (let count = 1; count <= clicks; count++) {
    if (count > 1) await page.waitForTimeout(gap);
    await page.mouse.down({ clickCount: count });
    await page.mouse.up({ clickCount: count });
  }
}

async function expectFirstQuestionUnanswered(page) {
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
  await expect(page.locator("input:checked")).toHaveCount(0);
  await expect(page.getByRole("button", { name: ui.next })).toBeDisabled();
  expect(await page.evaluate(() => localStorage.getItem("rolefit:progress"))).toBeNull();
}

// Slower than the 0.3 s for which a new question's options take no pointer.
for (const [gesture, clicks, gap] of [["a slow double-click", 2, 400], ["a triple-click", 3, 200]]) {
  test(`${gesture} on Start leaves question 1 unanswered`, async ({ page }) => {
    await page.goto("./");
    await multiClick(page, page.getByRole("button", { name: ui.start }), clicks, gap);
    await expectFirstQuestionUnanswered(page);
  });

  test(`${gesture} on Retake leaves question 1 unanswered`, async ({ page }) => {
    await page.goto("./?intro=false");
    await answerQuiz(page);
    await multiClick(page, page.getByRole("button", { name: ui.retake }), clicks, gap);
    await expectFirstQuestionUnanswered(page);
  });
}

test("a double tap on Next goes one question on and picks no language", async ({ page }, info) => {
  test.skip(!info.project.use.hasTouch, "a touch screen's gesture");
  await page.goto("./");
  await page.getByRole("button", { name: ui.start }).click();
  await answerQuiz(page, { to: 1, next: false });
  const [x, y] = await centre(page.getByRole("button", { name: ui.next }));
  await page.touchscreen.tap(x, y);
  await page.touchscreen.tap(x, y);
  await expect(page.getByRole("heading", { level: 2, name: items[1].text })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => localStorage.getItem("rolefit:language"))).toBeNull();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-GB");
  await expect(page.getByRole("button", { name: locale("en-GB").ui.language_name })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("input:checked")).toHaveCount(0);
});

test("clicks that are not a gesture's second still act: a double-click on an option, Back twice, keys", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: ui.start }).click();
  await answerQuiz(page, { to: 2 });
  // Both clicks on the same option: it is chosen.
  await expect(page.getByRole("heading", { level: 2, name: items[2].text })).toBeVisible();
  await page.locator(".rf-options").evaluate((list) => Promise.all(list.getAnimations().map((a) => a.finished)));
  await page.getByRole("radio", { name: items[2].manager, exact: true }).dblclick();
  await expect(page.getByRole("radio", { name: items[2].manager, exact: true })).toBeChecked();
  // The same Back button, twice in one gesture: two steps back.
  await multiClick(page, page.getByRole("button", { name: ui.back }), 2, 100);
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
  // Keys click with no pointer at all.
  await page.getByRole("button", { name: ui.next }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: items[1].text })).toBeVisible();
  await page.getByRole("button", { name: ui.back }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
});
