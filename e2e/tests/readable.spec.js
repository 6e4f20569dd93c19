// Readable and easy to tap on every screen, in English and French: every
// summary is a tap target of at least 44 px, no text is smaller than 14 px
// (intro, a question, the result, a shared result), and the last question
// keeps Back and "See my result" on one row at a phone's width, where the
// French label is the longest.
import { test, expect } from "./fixtures.js";
import { answerQuiz, copyLink, openElsewhere, picks } from "./answer.js";
import { locale } from "./bank.js";

async function start(page, tag) {
  await page.goto(`./?lang=${tag}`);
  await page.getByRole("button", { name: locale(tag).ui.start }).click();
}

/** Opens every folded section of the result. */
async function unfold(page) {
  await page.locator("details.rf-fold").evaluateAll((folds) => folds.forEach((fold) => (fold.open = true)));
}

/** Every rendered text's font size in px, with where it is, below 14. */
const smallText = (page) =>
  page.evaluate(() => {
    const small = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || !element || element.closest(".rf-sr-only, noscript, script, style")) continue;
      if (!element.getClientRects().length || getComputedStyle(element).visibility === "hidden") continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 14) small.push(`${size}px: ${element.className || element.tagName} “${node.textContent.trim().slice(0, 40)}”`);
    }
    return small;
  });

for (const tag of ["en-GB", "fr-FR"]) {
  const words = locale(tag);
  const { ui, items } = words;

  test(`${tag}: every summary is at least 44 px tall`, async ({ page }) => {
    await start(page, tag);
    await answerQuiz(page, { words, pick: picks.mixed });
    const summaries = page.locator("summary");
    await expect(summaries.first()).toBeVisible();
    expect(await summaries.count()).toBeGreaterThan(1);
    for (const summary of await summaries.all()) {
      const box = await summary.boundingBox();
      expect(box.height, await summary.textContent()).toBeGreaterThanOrEqual(44);
    }
  });

  test(`${tag}: no text smaller than 14 px on the intro, a question, the result and a shared result`, async ({ page, browser }) => {
    await page.goto(`./?lang=${tag}`);
    await expect(page.getByRole("button", { name: ui.start })).toBeVisible();
    expect(await smallText(page), "intro").toEqual([]);
    await page.getByRole("button", { name: ui.start }).click();
    await answerQuiz(page, { words, pick: picks.mixed, to: 1, next: false });
    expect(await smallText(page), "question").toEqual([]);
    await page.getByRole("button", { name: ui.next }).click();
    await answerQuiz(page, { words, pick: picks.mixed, from: 1 });
    await unfold(page);
    expect(await smallText(page), "result").toEqual([]);
    const link = await copyLink(page, words);
    // A fresh browser the size of this project's (phone or desktop).
    const other = await openElsewhere(browser, page, link, tag);
    await expect(other.getByText(ui.shared_kicker)).toBeVisible();
    await unfold(other);
    expect(await smallText(other), "shared result").toEqual([]);
    await other.context().close();
  });

  test(`${tag}: the last question keeps Back and See my result on one row`, async ({ page }) => {
    await start(page, tag);
    await answerQuiz(page, { words, to: items.length, next: false });
    const back = await page.getByRole("button", { name: ui.back }).boundingBox();
    const see = await page.getByRole("button", { name: ui.see_result }).boundingBox();
    expect(Math.abs(back.y - see.y), "same row").toBeLessThan(1);
    expect(see.x, "See my result after Back").toBeGreaterThan(back.x + back.width);
  });
}
