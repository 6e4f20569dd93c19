// The one way the specs answer the quiz, as a person does: wait for each
// question, pick an answer by its label, press Next (See my result on the
// last). Works on a page or on an embed's frame locator, in any language.
import { expect } from "@playwright/test";
import { locale } from "./bank.js";

const en = locale("en-GB");

/** Picks for `answerQuiz`: the option pointing most to one role, or a mix. */
export const picks = {
  owner: (item) => item.owner,
  manager: (item) => item.manager,
  /** Mostly owner, every third toward manager: a result that is neither 0 nor 100. */
  mixed: (item, i) => (i % 3 === 0 ? item.manager : item.owner),
};

/**
 * Answers questions `from` up to `to` (exclusive) in `target`.
 * - `words`: the language on screen (`locale(tag)`), English by default;
 * - `pick(item, i)`: the label to choose, `picks.owner` by default;
 * - `visit(i, stage)`: awaited on each question, with stage "shown" and then
 *   "answered", for checks along the way;
 * - `next`: whether to press Next after the last question answered (so a
 *   partial run can stop on a question).
 * After a full run it waits for the result screen.
 */
export async function answerQuiz(target, { words = en, pick = picks.owner, from = 0, to, visit, next = true } = {}) {
  const total = words.items.length;
  const end = to ?? total;
  for (let i = from; i < end; i++) {
    await expect(target.getByRole("heading", { level: 2, name: words.items[i].text })).toBeVisible();
    // A new question's options ignore the pointer for a moment (the
    // double-click guard); a reader takes longer than that anyway. Waiting
    // for it to end, rather than retrying the click, keeps runs short.
    await target.locator(".rf-options").evaluate((list) => Promise.all(list.getAnimations().map((a) => a.finished)));
    if (visit) await visit(i, "shown");
    await target.getByRole("radio", { name: pick(words.items[i], i), exact: true }).check();
    if (visit) await visit(i, "answered");
    if (i < end - 1 || next) {
      await target.getByRole("button", { name: i === total - 1 ? words.ui.see_result : words.ui.next }).click();
    }
  }
  if (end === total && next) await expect(target.getByRole("button", { name: words.ui.retake })).toBeVisible();
}

/** A real result link: the quiz answered with `pick` on the widget's own
 * page in a page of its own, and the link its Copy button gives. */
export async function makeLink(browser, pick) {
  const maker = await browser.newPage();
  await maker.goto("http://127.0.0.1:4173/");
  await maker.getByRole("button", { name: en.ui.start }).click();
  await answerQuiz(maker, { pick });
  await maker.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await maker.getByRole("button", { name: en.ui.share_copy }).click();
  const link = await maker.evaluate(() => navigator.clipboard.readText());
  await maker.close();
  return link;
}

/** Presses Copy link on a result in `words`' language (English unless
 * given) and returns the link copied. */
export async function copyLink(page, { ui } = en) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: ui.share_copy }).click();
  await expect(page.getByRole("status")).toHaveText(ui.share_copied);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens a result link in a fresh browser the size of `page`'s (phone or
 * desktop), in `tag`'s language, as whoever it was sent to would; close its
 * `context()` when done. */
export async function openElsewhere(browser, page, link, tag) {
  const context = await browser.newContext({ viewport: page.viewportSize() });
  const other = await context.newPage();
  const url = new URL(link);
  url.search = `?lang=${tag}`;
  await other.goto(url.href);
  return other;
}
