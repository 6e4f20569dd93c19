// What the result says and how it reads: a shared result in the
// third person with "Take it yourself" first, sections folded away until
// opened, both profiles offered, numbers that add up, a progress bar that
// counts answers and a hint that leaves no gap, in every language.
import { test, expect } from "./fixtures.js";
import { answerQuiz, openElsewhere } from "./answer.js";
import { locale, tags, fill } from "./bank.js";

for (const tag of tags) {
  const words = locale(tag);
  const { ui, items, profiles } = words;
  const total = items.length;

  test(`${tag}: progress counts answered questions and the hint leaves no gap`, async ({ page }) => {
    await page.goto(`./?lang=${tag}`);
    await page.getByRole("button", { name: ui.start }).click();
    const bar = page.getByRole("progressbar", { name: ui.progress_label });
    await expect(bar).toHaveAttribute("value", "0");
    await expect(page.locator(".rf-progress-text")).toHaveText(fill(ui.progress, { current: 1, total }));
    const next = page.getByRole("button", { name: ui.next });
    await expect(next).toBeDisabled();
    await expect(page.getByText(ui.choose_hint)).toBeVisible();
    // Where Next sits on the page (not in the viewport, which scrolls to the radio).
    const place = () => next.evaluate((b) => { const r = b.getBoundingClientRect(); return [r.left + scrollX, r.top + scrollY]; });
    const before = await place();
    await page.getByRole("radio", { name: items[0].owner, exact: true }).check();
    await expect(next).toBeEnabled();
    // The hint goes, and Next stays where it was.
    await expect(page.getByText(ui.choose_hint)).toBeHidden();
    expect(await place()).toEqual(before);
    await expect(bar).toHaveAttribute("value", "1");
    await next.click();
    await answerQuiz(page, { words, from: 1, to: total, next: false });
    // Every question answered, the last one still on screen: now the bar is full.
    await expect(page.locator(".rf-progress-text")).toHaveText(fill(ui.progress, { current: total, total }));
    await expect(bar).toHaveAttribute("value", String(total));
    await page.getByRole("button", { name: ui.back }).click();
    // One question back: still all answered, and the text names the question.
    await expect(page.locator(".rf-progress-text")).toHaveText(fill(ui.progress, { current: total - 1, total }));
  });

  test(`${tag}: a shared result reads in the third person, with Take it yourself first`, async ({ page, browser }) => {
    await page.goto(`./?lang=${tag}`);
    await page.getByRole("button", { name: ui.start }).click();
    // Owner on three answers in four: fits that are not round numbers.
    await answerQuiz(page, { words, pick: (item, i) => (i % 4 === 3 ? item.manager : item.owner), next: false });
    await page.getByRole("button", { name: ui.see_result }).click();
    await expect(page.locator(".rf-verdict")).toBeFocused();
    const verdict = await page.locator(".rf-verdict").getAttribute("data-verdict");
    expect(verdict).not.toBe("manager");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: ui.share_copy }).click();
    await expect(page.getByRole("status")).toHaveText(ui.share_copied);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // Numbers that add up, next to their labels, in this language.
    const fits = (await page.locator(".rf-fit-number").allTextContents()).map(Number);
    expect(fits[0] + fits[1]).toBe(100);
    for (const axis of await page.locator(".rf-dim-axis").all()) {
      const [left, right] = await axis.locator("span").allTextContents();
      expect(left).toContain(ui.axis_owner);
      expect(right).toContain(ui.axis_manager);
      expect(Number(left.replace(/\D/g, "")) + Number(right.replace(/\D/g, ""))).toBe(100);
    }
    // Both profiles and the deciding answers are folded away, each opened by its summary.
    await expect(page.locator("details.rf-fold")).toHaveCount(3);
    await expect(page.locator("details[open]")).toHaveCount(0);
    for (const profile of [profiles.owner, profiles.manager]) {
      const summary = page.getByRole("heading", { name: fill(ui.profile_heading, { role: profile.name }) });
      await expect(summary).toBeVisible();
      await expect(page.getByText(profile.summary)).toBeHidden();
    }
    // A summary opens with the keyboard.
    await expect(page.getByText(ui.drivers_owner)).toBeHidden();
    await page.locator("details.rf-fold summary").first().focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText(ui.drivers_owner)).toBeVisible();

    // A fresh browser the size of this project's (phone or desktop).
    const other = await openElsewhere(browser, page, link, tag);
    await expect(other.getByText(ui.shared_kicker)).toBeVisible();
    await expect(other.getByRole("heading", { level: 2, name: ui[`shared_verdict_${verdict}`] })).toBeVisible();
    await expect(other.getByText(ui[`verdict_${verdict}`], { exact: true })).toHaveCount(0);
    // "Take it yourself" comes straight after the verdict, before the bars.
    const order = await other.evaluate(() => {
      const take = document.querySelector(".rf-nav--start button");
      const bars = document.querySelector(".rf-dimensions");
      return take && bars ? take.compareDocumentPosition(bars) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await expect(other.getByRole("button", { name: ui.take_it_yourself })).toHaveCount(1);
    await other.context().close();
  });
}
