// A person's whole path through the release build: start, answer, back,
// reload, result, retake, keyboard only.
import { test, expect } from "./fixtures.js";
import { answerQuiz, picks } from "./answer.js";
import { items, ui, fill } from "./bank.js";

const total = items.length;

async function start(page) {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await page.getByRole("button", { name: ui.start }).click();
}


test("the intro says what it is, how long it takes and that it is private", async ({ page }) => {
  await page.goto("./");
  await expect(page).toHaveTitle(/Product owner or product manager/);
  await expect(page.getByText(fill(ui.intro_questions, { count: total }))).toBeVisible();
  await expect(page.getByText(/About \d+ minutes/)).toBeVisible();
  await expect(page.getByText(ui.intro_private)).toBeVisible();
});

test("a consistent owner gets a strong product owner verdict", async ({ page }) => {
  await start(page);
  await answerQuiz(page, { pick: picks.owner });
  await expect(page.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeFocused();
  await expect(page.getByText(ui.strength_strong, { exact: true })).toBeVisible();
  await expect(page.locator(".rf-fit[data-role=owner]")).toContainText("100");
  await expect(page.locator(".rf-fit[data-role=manager]")).toContainText("0");
  await expect(page.getByRole("img", { name: /leans product owner, 100 to 0/ })).toHaveCount(3);
  await expect(page.getByRole("heading", { name: fill(ui.profile_heading, { role: "Product owner" }) })).toBeVisible();
  // The deciding answers are folded away until opened.
  await expect(page.getByText(ui.drivers_none)).toBeHidden();
  await page.getByText(ui.drivers_heading).click();
  await expect(page.getByText(ui.drivers_none)).toBeVisible();
});

test("a consistent manager gets a strong product manager verdict", async ({ page }) => {
  await start(page);
  await answerQuiz(page, { pick: picks.manager });
  await expect(page.getByRole("heading", { level: 2, name: ui.verdict_manager })).toBeVisible();
  await expect(page.getByText(ui.strength_strong, { exact: true })).toBeVisible();
  await expect(page.locator(".rf-fit[data-role=manager]")).toContainText("100");
  await expect(page.getByRole("heading", { name: fill(ui.profile_heading, { role: "Product manager" }) })).toBeVisible();
});

test("a mixed answerer is told both roles fit", async ({ page }) => {
  await start(page);
  await answerQuiz(page, { pick: (item, i) => (i % 2 === 0 ? item.owner : item.manager) });
  await expect(page.getByRole("heading", { level: 2, name: ui.verdict_both })).toBeVisible();
  await expect(page.getByText(ui.strength_tie, { exact: true })).toBeVisible();
  // Alternating roles contradicts the paired statements, so it is flagged too.
  await expect(page.getByText(ui.low_consistency)).toBeVisible();
  // Both profiles are offered, whatever the verdict.
  await expect(page.locator(".rf-profile")).toHaveCount(2);
  // Deciding answers are listed on both sides.
  await expect(page.locator(".rf-drivers-list[data-role=owner] li")).toHaveCount(3);
  await expect(page.locator(".rf-drivers-list[data-role=manager] li")).toHaveCount(3);
});

test("Next waits for an answer; Back keeps and lets you change it", async ({ page }) => {
  await start(page);
  await expect(page.locator(".rf-progress-text")).toHaveText(fill(ui.progress, { current: 1, total }));
  await expect(page.getByRole("progressbar", { name: ui.progress_label })).toHaveAttribute("aria-valuetext", fill(ui.progress, { current: 1, total }));
  const next = page.getByRole("button", { name: ui.next });
  await expect(next).toBeDisabled();
  await page.getByRole("radio", { name: items[0].owner, exact: true }).check();
  await expect(next).toBeEnabled();
  await next.click();
  await expect(page.locator(".rf-progress-text")).toHaveText(fill(ui.progress, { current: 2, total }));
  await page.getByRole("button", { name: ui.back }).click();
  await expect(page.getByRole("radio", { name: items[0].owner, exact: true })).toBeChecked();
  await page.getByRole("radio", { name: items[0].manager, exact: true }).check();
  await page.getByRole("button", { name: ui.next }).click();
  await answerQuiz(page, { from: 1 });
  await expect(page.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  // The changed answer is now the one that pointed to product manager.
  await expect(page.locator(".rf-drivers-list[data-role=manager]")).toContainText(items[0].manager);
  await expect(page.locator(".rf-fit[data-role=owner] .rf-fit-number")).not.toHaveText("100");
});

test("without the intro, the first question has no Back, and Back from the second stops there", async ({ page }) => {
  await page.goto("./?intro=false");
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
  await expect(page.getByRole("button", { name: ui.back })).toHaveCount(0);
  await answerQuiz(page, { to: 1 });
  await page.getByRole("button", { name: ui.back }).click();
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeFocused();
  await expect(page.getByRole("button", { name: ui.back })).toHaveCount(0);
  // A reload resumes where the person was, still without the intro.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
  await expect(page.getByRole("button", { name: ui.start })).toHaveCount(0);
});

test("going back through every question shows each earlier answer, one checked radio per question", async ({ page }) => {
  await start(page);
  // Alternate the roles so that neighbouring questions of the same kind have
  // their answers on different radios.
  const pick = (i) => (i % 3 === 1 ? items[i].manager : items[i].owner);
  await answerQuiz(page, { pick: (item, i) => pick(i), to: total - 1 });
  for (let i = total - 2; i >= 0; i--) {
    await page.getByRole("button", { name: ui.back }).click();
    await expect(page.getByRole("heading", { level: 2, name: items[i].text })).toBeVisible();
    await expect(page.getByRole("radio", { name: pick(i), exact: true })).toBeChecked();
    await expect(page.locator("input[type=radio]:checked")).toHaveCount(1);
  }
});

test("a double-click on Start or Next never answers the question that appears under it", async ({ page }) => {
  await page.goto("./");
  // The second click lands on the first question, wherever its options are.
  for (const delay of [80, 250]) {
    await page.getByRole("button", { name: ui.start }).dblclick({ delay });
    await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeVisible();
    // Once the pointer is still, a real click still answers.
    await page.waitForTimeout(400);
    await expect(page.locator("input:checked")).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem("rolefit:progress"))).toBeNull();
    await page.getByRole("button", { name: ui.back }).click();
  }
  await page.getByRole("button", { name: ui.start }).click();
  await page.getByRole("radio", { name: items[0].owner, exact: true }).check();
  // Clicking Next twice: the second click is on question 2 at once.
  const next = page.getByRole("button", { name: ui.next });
  const box = await next.boundingBox();
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2, { delay: 100 });
  await expect(page.getByRole("heading", { level: 2, name: items[1].text })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.locator("input:checked")).toHaveCount(0);
});

test("reloading mid-quiz resumes at the same question with the same answers", async ({ page }) => {
  await start(page);
  await answerQuiz(page, { to: 5 });
  await page.getByRole("radio", { name: items[5].manager, exact: true }).check();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: items[5].text })).toBeVisible();
  await expect(page.locator(".rf-progress-text")).toHaveText(fill(ui.progress, { current: 6, total }));
  await expect(page.getByRole("radio", { name: items[5].manager, exact: true })).toBeChecked();
  await page.getByRole("button", { name: ui.back }).click();
  await expect(page.getByRole("radio", { name: items[4].owner, exact: true })).toBeChecked();
});

test("finishing keeps only the result link, a reload shows the result, and Retake starts afresh", async ({ page }) => {
  await start(page);
  await answerQuiz(page, { pick: picks.owner });
  await expect(page.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  // The result as its link's fragment: nothing a result link does not hold.
  expect(await page.evaluate(() => localStorage.getItem("rolefit:result"))).toMatch(/^r=[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => localStorage.getItem("rolefit:progress"))).toBeNull();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  await page.getByRole("button", { name: ui.retake }).click();
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeFocused();
  await expect(page.getByRole("radio", { name: items[0].owner, exact: true })).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
});

test("garbage in storage means a fresh start, not a crash", async ({ page }) => {
  await page.goto("./");
  for (const junk of ["{not json", "1.ffff.3.0000", "1.0.99999999999999999999.--", "\u0000\u{1F600}"]) {
    await page.evaluate((value) => localStorage.setItem("rolefit:progress", value), junk);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  }
});

test("blocked storage still lets a person finish", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
  });
  await start(page);
  await answerQuiz(page, { pick: picks.manager });
  await expect(page.getByRole("heading", { level: 2, name: ui.verdict_manager })).toBeVisible();
});

test("the whole quiz works with the keyboard only", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: ui.start })).toBeFocused();
  await page.keyboard.press("Enter");
  for (let i = 0; i < total; i++) {
    // Focus lands on the question's heading; Tab enters the radio group.
    await expect(page.getByRole("heading", { level: 2, name: items[i].text })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(page.getByRole("radio").first()).toBeChecked();
    if (i % 2 === 1) {
      // Arrow keys move the choice within the group.
      await page.keyboard.press("ArrowDown");
      await expect(page.getByRole("radio").nth(1)).toBeChecked();
    }
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(page.getByRole("heading", { level: 2 })).toContainText(/fit/);
  // Retake is reachable by Tab and works with Enter.
  const retake = page.getByRole("button", { name: ui.retake });
  for (let presses = 0; presses < 40 && !(await retake.evaluate((b) => b === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(retake).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: items[0].text })).toBeFocused();
});
