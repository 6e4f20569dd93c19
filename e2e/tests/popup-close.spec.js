// The popup's ways out: a Close button that stays in view however far the
// result is scrolled, and a click on the backdrop (never one inside the
// dialog); each gives focus back to the button that opened it. In English
// and in German.
import { test, expect } from "./fixtures.js";
import { answerQuiz, picks } from "./answer.js";
import { locale } from "./bank.js";
import { hostPage } from "./pasted.js";

const languages = [
  { tag: "en-GB", close: "Close", opener: "Which product role suits you?" },
  { tag: "de-DE", close: "Schließen", opener: "Welche Produktrolle passt zu dir?" },
];

/** A careers page in `tag`'s language with a popup button, in `theme` if given. */
async function careersPage(page, info, { tag, close, opener }, theme) {
  const themed = theme ? ` data-theme="${theme}"` : "";
  await page.goto(hostPage(info, `popup-${tag}.html`, `<!doctype html><html lang="${tag}"><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Careers</title><link rel="icon" href="/examples/favicon.svg" /><main><h1>Careers</h1>
    <p><button type="button" data-rolefit-popup data-lang="${tag}" data-close-label="${close}"${themed}
      data-owner-cta-label="Jobs" data-owner-cta-url="https://careers.example.com/po"
      data-manager-cta-label="Jobs" data-manager-cta-url="https://careers.example.com/pm">${opener}</button></p>
    </main><div style="height: 3000px"></div><script src="http://127.0.0.1:4173/embed.js" async></script></html>`));
}

const dialog = (page) => page.locator("dialog");
const widget = (page) => page.frameLocator("dialog iframe");
const widgetFrame = (page) => page.frames().find((frame) => frame.url().startsWith("http://127.0.0.1:4173/"));

/** Opens the popup with its button and waits for the widget's first screen. */
async function open(page, language) {
  await page.getByRole("button", { name: language.opener }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(widget(page).getByRole("button", { name: locale(language.tag).ui.start })).toBeVisible();
}

/** Where Close is against the viewport, and whether it is what a tap at its centre would hit. */
const closePlace = (page, name) =>
  page.getByRole("button", { name }).evaluate((button) => {
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { top: box.top, bottom: box.bottom, height: window.innerHeight, onTop: hit === button };
  });

for (const language of languages) {
  test(`${language.tag}: Close stays in view at the top of the popup however far the result is scrolled`, async ({ page }, info) => {
    await careersPage(page, info, language);
    await open(page, language);
    const words = locale(language.tag);
    const w = widget(page);
    await w.getByRole("button", { name: words.ui.start }).click();
    await answerQuiz(w, { words, pick: picks.owner });
    // The result is longer than the dialog: it scrolls (once the frame has
    // taken the result's height, which the widget reports as it renders).
    await expect
      .poll(() => dialog(page).evaluate((d) => d.scrollHeight / d.clientHeight))
      .toBeGreaterThan(1.5);
    for (const to of [0.5, 1]) {
      await dialog(page).evaluate((d, to) => { d.scrollTop = (d.scrollHeight - d.clientHeight) * to; }, to);
      await expect.poll(() => dialog(page).evaluate((d) => d.scrollTop)).toBeGreaterThan(0);
      const place = await closePlace(page, language.close);
      expect(place.top, `scrolled to ${to}`).toBeGreaterThanOrEqual(0);
      expect(place.bottom, `scrolled to ${to}`).toBeLessThanOrEqual(place.height);
      expect(place.onTop, `scrolled to ${to}: nothing covers Close`).toBe(true);
    }
    await page.getByRole("button", { name: language.close }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole("button", { name: language.opener })).toBeFocused();
  });

  test(`${language.tag}: a click on the backdrop closes the popup, a click inside it does not`, async ({ page }, info) => {
    await careersPage(page, info, language);
    await open(page, language);
    const box = await dialog(page).boundingBox();
    // Inside: the bar's empty part, left of Close.
    await page.mouse.click(box.x + 10, box.y + 10);
    await expect(dialog(page)).toBeVisible();
    // A press inside dragged out to the backdrop (a text selection) is no click on it.
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 5 > page.viewportSize().width ? 2 : box.x + box.width + 5, 2);
    await page.mouse.up();
    await expect(dialog(page)).toBeVisible();
    if (info.project.name === "phone") {
      // On a phone the dialog fills the screen: there is no backdrop to click.
      expect(Math.round(box.width)).toBe(page.viewportSize().width);
      return;
    }
    await page.mouse.click(5, 5);
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByRole("button", { name: language.opener })).toBeFocused();
  });
}

// Screenshots of the popup on a scrolled result, light and dark, to look at
// (in the test's output folder).
for (const theme of ["light", "dark"]) {
  test(`the popup's Close bar on a scrolled result, ${theme}`, async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: theme });
    await careersPage(page, info, languages[1], "auto");
    await open(page, languages[1]);
    const words = locale("de-DE");
    const w = widget(page);
    await w.getByRole("button", { name: words.ui.start }).click();
    await answerQuiz(w, { words, pick: picks.mixed });
    await dialog(page).evaluate((d) => { d.scrollTop = (d.scrollHeight - d.clientHeight) / 2; });
    // The bar's surface follows the widget's theme ("auto": the system's).
    const dark = await page.locator("dialog > div").first().evaluate((bar) => getComputedStyle(bar).backgroundColor);
    expect(dark === "rgb(255, 255, 255)").toBe(theme === "light");
    await page.screenshot({ path: info.outputPath(`popup-${theme}.png`) });
  });
}

test("a long Close label wraps inside the screen rather than running off it", async ({ page }, info) => {
  const long = "Schließen".repeat(8);
  await careersPage(page, info, { ...languages[1], close: long });
  await open(page, languages[1]);
  const box = await page.getByRole("button", { name: long }).boundingBox();
  const width = await page.evaluate(() => window.innerWidth);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
});
