// Accessibility: axe-core on every screen in both themes (and, through the
// projects, at 360 and 1280 px), no horizontal scroll from 320 px or at 200 %
// zoom, and a result that prints on one A4 page.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.js";
import { answerQuiz } from "./answer.js";
import { items, ui, locale, tags, longest } from "./bank.js";

const de = locale("de-DE");
const long = locale(longest);
import { badLinks, staleLink } from "./links.js";

const total = items.length;
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function axe(page, what) {
  // Colours mid-transition (a button turning from disabled to enabled) are
  // not what anyone reads: measure the settled screen.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = results.violations.map((v) => `${what}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found).toEqual([]);
}

/** Starts and answers the whole quiz, calling `visit` on a choice question
 * before and after answering, on the first scale question and on the result. */
async function walk(page, visit, pick = (item, i) => (i === 3 ? item.manager : item.owner), words = locale("en-GB")) {
  await page.getByRole("button", { name: words.ui.start }).click();
  const firstScale = words.items.findIndex((item) => item.kind === "scale");
  await answerQuiz(page, {
    words,
    pick,
    visit: async (i, stage) => {
      if (i === 0) await visit(stage === "shown" ? "choice question, unanswered" : "choice question, answered");
      if (i === firstScale && stage === "answered") await visit("scale question");
    },
  });
  await visit("result");
}

for (const [label, colorScheme, query] of [
  ["light system theme", "light", ""],
  ["dark system theme", "dark", ""],
  ["dark theme option on a light system", "light", "?theme=dark"],
]) {
  test(`no axe violations on any screen: ${label}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await page.goto(`./${query}`);
    await expect(page.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
    await axe(page, "intro");
    await walk(page, (what) => axe(page, what));
    await page.getByRole("button", { name: ui.share_copy }).click();
    await expect(page.getByRole("textbox", { name: ui.share_link_label })).toBeVisible();
    await axe(page, "result with the link to copy");
    const code = new URL(await page.getByRole("textbox", { name: ui.share_link_label }).inputValue()).hash.slice(3);
    await page.goto(`./${query}#r=${code}`);
    await expect(page.getByText(ui.shared_kicker)).toBeVisible();
    await axe(page, "shared result");
    await page.goto(`./${query}#r=${badLinks().truncated}`);
    await expect(page.getByRole("heading", { name: ui.link_error_heading })).toBeVisible();
    await axe(page, "bad link");
    await page.goto(`./${query}#r=${staleLink.code}`);
    await expect(page.getByText(ui.stale_note)).toBeVisible();
    await axe(page, "shared result from older questions");
  });
}

// English, German (the longest words) and the longest language overall.
const layoutLanguages = [...new Set(["en-GB", "de-DE", longest])];
for (const tag of layoutLanguages) {
  test(`no horizontal scroll at 240 or 320 px, nor at 200 % zoom of a 1280 px window, in ${tag}`, async ({ page }) => {
    const words = locale(tag);
    for (const viewport of [{ width: 240, height: 640 }, { width: 320, height: 640 }, { width: 640, height: 400 }]) {
      await page.setViewportSize(viewport);
      await page.goto(`./?lang=${tag}`);
      const noScroll = async (what) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${what} at ${viewport.width} px in ${tag}`).toBeLessThanOrEqual(0);
      };
      await noScroll("intro");
      await walk(page, noScroll, undefined, words);
      await page.evaluate(() => [localStorage, sessionStorage].forEach((s) => s.clear()));
    }
  });
}

for (const tag of tags.filter((tag) => tag !== "en-GB")) {
  test(`no axe violations in ${tag}`, async ({ page }) => {
    const words = locale(tag);
    await page.goto(`./?lang=${tag}`);
    await expect(page.getByRole("heading", { level: 1, name: words.ui.app_title })).toBeVisible();
    await axe(page, `${tag} intro`);
    await walk(page, (what) => axe(page, `${tag} ${what}`), undefined, words);
  });
}

test("interactive targets are at least 24 by 24 CSS pixels", async ({ page }) => {
  await page.goto("./");
  await walk(page, async (what) => {
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, a, label.rf-option, input")]
        .map((el) => [el.outerHTML.slice(0, 60), el.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(([html]) => html),
    );
    expect(small, what).toEqual([]);
  });
});

test("the result prints on one A4 page", async ({ page, browserName }, info) => {
  test.skip(info.project.name !== "desktop", "printing does not depend on the window");
  // A clear result (one profile) and a tie (both profiles, the longest page),
  // in English, in German (the longest words) and in the longest language.
  const tie = (item, i) => (i % 2 ? item.manager : item.owner);
  const runs = [["", { items, ui }, undefined], ["", { items, ui }, tie], ["?lang=de-DE", de, tie]];
  if (longest !== "de-DE" && longest !== "en-GB") runs.push([`?lang=${longest}`, long, tie]);
  for (const [query, words, pick] of runs) {
    await page.emulateMedia({ media: "screen" });
    await page.goto(`./${query}`);
    await walk(page, async () => {}, pick, words);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: words.ui.retake })).toBeHidden();
    const pdf = await page.pdf({ format: "A4", printBackground: false });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.evaluate(() => [localStorage, sessionStorage].forEach((s) => s.clear()));
  }
});

test("reduced motion turns transitions off", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./");
  const start = page.getByRole("button", { name: ui.start });
  expect(await start.evaluate((b) => getComputedStyle(b).transitionDuration)).toBe("0s");
  // The guard against double-clicks moves nothing and stays.
  await start.click();
  expect(await page.locator(".rf-options").evaluate((l) => getComputedStyle(l).animationName)).toBe("rf-settle");
  await page.getByRole("button", { name: ui.back }).click();
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await start.evaluate((b) => getComputedStyle(b).transitionDuration)).not.toBe("0s");
});

test("the focus ring stands out at least 3:1 from the card in both themes", async ({ page }) => {
  const luminance = ([r, g, b]) => {
    const c = (v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
  };
  const rgb = (css) => css.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
  for (const colorScheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme });
    await page.goto("./");
    await expect(page.getByRole("button", { name: ui.start })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: ui.start })).toBeFocused();
    const [outline, card] = await page.getByRole("button", { name: ui.start }).evaluate((b) => [
      getComputedStyle(b).outlineColor,
      getComputedStyle(b.closest(".rf-card")).backgroundColor,
    ]);
    const [l1, l2] = [luminance(rgb(outline)), luminance(rgb(card))].sort((a, b) => b - a);
    expect((l1 + 0.05) / (l2 + 0.05), `${colorScheme}: ${outline} on ${card}`).toBeGreaterThanOrEqual(3);
  }
});
