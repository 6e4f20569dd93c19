// What the configurator's snippets carry: the theme as chosen (including
// "Follow the visitor's system"), the frame title and the popup's Close
// label (as text, never markup), and a plain-iframe height that holds the
// tallest measured result for the chosen languages; and a preview that
// follows the chosen theme.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.js";
import { locale } from "./bank.js";
import { hostPage } from "./pasted.js";

const configurator = "http://127.0.0.1:4173/configurator/";
const stored = JSON.parse(readFileSync(new URL("../../src/configurator/heights.json", import.meta.url), "utf8")).heights;

const snippet = (page, name) => page.locator("#snippets section", { has: page.getByRole("heading", { name }) }).locator("pre");
const themes = [["light", "Light"], ["dark", "Dark"], ["auto", "Follow the visitor's system"]];

/** Whether the widget in `frame` (a Frame) shows dark: light text on its page. */
const isDark = (frame) =>
  frame.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).color.match(/\d+/g).map(Number);
    return r + g + b > 384;
  });

/** `code` pasted into a fresh careers page on another origin, as a content editor would. */
async function paste(context, info, code, tag, name) {
  const fresh = await context.newPage();
  await fresh.goto(hostPage(info, name, `<!doctype html><html lang="${tag}"><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Careers</title><link rel="icon" href="/examples/favicon.svg" /><main>${code}</main></html>`));
  return fresh;
}

for (const tag of ["en-GB", "de-DE"]) {
  test(`${tag}: every snippet carries the theme as chosen, "Follow the visitor's system" too, and a pasted one shows it`, async ({ page, context }, info) => {
    await page.goto(configurator);
    await page.getByLabel("Language of the widget").selectOption(tag);
    for (const mode of ["inline", "popup"]) {
      await page.getByRole("radio", { name: mode === "popup" ? "In a popup from a button" : "In the page" }).check();
      for (const [value, label] of themes) {
        await page.getByLabel(label, { exact: true }).check();
        await expect(snippet(page, mode === "popup" ? "Popup button" : "In the page")).toContainText(`data-theme="${value}"`);
        await expect(snippet(page, "JavaScript API")).toContainText(`"theme": "${value}"`);
        await expect(snippet(page, "Plain iframe")).toContainText(`theme=${value}`);
      }
    }
    // "auto" pasted into a page opened on a dark system: the widget is dark.
    await page.getByRole("radio", { name: "In the page" }).check();
    await expect(snippet(page, "In the page")).toContainText('data-theme="auto"');
    const fresh = await paste(context, info, await snippet(page, "In the page").textContent(), tag, "auto.html");
    await fresh.emulateMedia({ colorScheme: "dark" });
    const frame = fresh.frameLocator("iframe");
    await expect(frame.getByRole("button", { name: locale(tag).ui.start })).toBeVisible();
    expect(new URL(await fresh.locator("iframe").getAttribute("src")).searchParams.get("theme")).toBe("auto");
    expect(await isDark(fresh.frames()[1])).toBe(true);
    await fresh.emulateMedia({ colorScheme: "light" });
    await expect.poll(() => isDark(fresh.frames()[1])).toBe(false);
  });
}

// A frame title and a Close label that would break what holds them if
// written as they are.
for (const [tag, title, close] of [
  ["en-GB", 'Which role? "Quiz" </script><b>bold</b> & more', "Close </button><i>x</i>"],
  ["de-DE", "Produktrolle: eine kurze Selbsteinschätzung <!-- & \"", "Schließen \u2028 </script>"],
]) {
  test(`${tag}: the frame title and the Close label reach every snippet as text`, async ({ page, context }, info) => {
    await page.goto(configurator);
    await page.getByLabel("Language of the widget").selectOption(tag);
    await page.getByLabel(/^Frame title/).fill(title);
    await page.getByLabel("In a popup from a button").check();
    await page.getByLabel(/The popup's close button/).fill(close);
    await page.getByLabel(/The popup's close button/).press("Tab");
    await expect(snippet(page, "Popup button")).toContainText("data-close-label=");

    // The popup button: the dialog's name is the title, its button the label.
    const popupPage = await paste(context, info, await snippet(page, "Popup button").textContent(), tag, "popup.html");
    await popupPage.locator("[data-rolefit-popup]").click();
    await expect(popupPage.getByRole("dialog", { name: title })).toBeVisible();
    await expect(popupPage.getByRole("button", { name: close.trim() })).toBeFocused();
    await expect(popupPage.locator("dialog iframe")).toHaveAttribute("title", title);
    await popupPage.close();

    // The popup through the API: the same.
    const apiPopup = await paste(context, info, await snippet(page, "JavaScript API").textContent(), tag, "api-popup.html");
    await expect.poll(() => apiPopup.evaluate(() => typeof popup)).toBe("object");
    await apiPopup.evaluate(() => popup.open());
    await expect(apiPopup.getByRole("dialog", { name: title })).toBeVisible();
    await expect(apiPopup.getByRole("button", { name: close.trim() })).toBeVisible();
    await apiPopup.close();

    // In the page, the JavaScript API and the plain iframe: the frame's title (no Close label there).
    await page.getByRole("radio", { name: "In the page" }).check();
    await expect(snippet(page, "In the page")).not.toContainText("close-label");
    for (const [name, file] of [["In the page", "inline.html"], ["JavaScript API", "api.html"], ["Plain iframe", "plain.html"]]) {
      const fresh = await paste(context, info, await snippet(page, name).textContent(), tag, file);
      await expect(fresh.locator("iframe")).toHaveAttribute("title", title);
      await expect(fresh.frameLocator("iframe").getByRole("button", { name: locale(tag).ui.start })).toBeVisible();
      expect(await fresh.locator("b, i").count(), name).toBe(0);
      await fresh.close();
    }
  });
}

test("the plain iframe's height is the tallest stored result of the chosen language, or of all of them", async ({ page }) => {
  await page.goto(configurator);
  const height = async () => Number(/height="(\d+)"/.exec(await snippet(page, "Plain iframe").textContent())[1]);
  const tallest = Math.max(...Object.values(stored));
  await expect.poll(height).toBe(tallest);
  await expect(page.locator("#snippets section", { has: page.getByRole("heading", { name: "Plain iframe" }) }))
    .toContainText(`Its height, ${tallest} px, holds the tallest result in any of its languages`);
  for (const tag of Object.keys(stored)) {
    await page.getByLabel("Language of the widget").selectOption(tag);
    await expect.poll(height, tag).toBe(stored[tag]);
  }
  // Never the old fixed guess.
  expect(Object.values(stored).every((h) => h > 900)).toBe(true);
});

for (const system of ["dark", "light"]) {
  test(`the preview follows the chosen theme on a ${system} system`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: system });
    await page.goto(configurator);
    const preview = () => page.frames().find((f) => f.url().startsWith("http://127.0.0.1:4173/?"));
    for (const [value, label] of themes) {
      await page.getByLabel(label, { exact: true }).check();
      await expect.poll(async () => new URL(await page.locator("#preview iframe").getAttribute("src")).searchParams.get("theme")).toBe(value);
      await expect(page.frameLocator("#preview iframe").getByRole("heading", { level: 1 })).toBeVisible();
      const dark = value === "auto" ? system === "dark" : value === "dark";
      await expect.poll(() => isDark(preview()), `${label} on a ${system} system`).toBe(dark);
    }
  });
}
