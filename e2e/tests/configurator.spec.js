// The configurator: a page in dist/ for recruiters. It checks
// options with the widget's rules and messages, updates a live preview, and
// writes snippets that work when pasted into a page.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.js";
import { locale } from "./bank.js";
import { hostPage } from "./pasted.js";
import { contract } from "./contract.js";

const configurator = "http://127.0.0.1:4173/configurator/";



// Options the widget warns about, and some it takes silently.
const cases = [
  { lang: "xx" },
  { lang: "de" },
  { theme: "purple" },
  { accent: "red" },
  { accent: "#ffff00" },
  { accent: "#000080", theme: "dark" },
  { accent: "#777777", theme: "auto" },
  { accent: "#0a6e5c" },
  { intro: "maybe" },
  { "share-base": "javascript:alert(1)" },
  { "share-base": "https://careers.example.com/a`b" },
  { "owner-cta-label": "   ", "owner-cta-url": "https://jobs.example.com" },
  { "owner-cta-label": "x".repeat(201), "owner-cta-url": "https://jobs.example.com" },
  { "owner-cta-label": "Jobs", "owner-cta-url": "ftp://jobs.example.com" },
  { "manager-cta-url": "https://jobs.example.com" },
  { "manager-cta-label": "Jobs" },
  { lang: "\uFEFFde\u0085" },
  { accent: "\u0085#0a6e5c\uFEFF", theme: "light" },
  // Around a label, each character that either language calls white space
  // (JavaScript's trim and \s, Unicode's White_Space that Rust trims), and
  // invisible ones that neither does: the two must trim the same.
  ...Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i))
    .filter((c) => /^[\s\p{White_Space}\u180e\u200b\u2060]$/u.test(c))
    .map((c) => ({ "manager-cta-label": `${c}Jobs${c}` })),
];

test("the configurator gives, for every option, the message the widget itself logs", async ({ page, browser }) => {
  await page.goto(configurator);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const context = await browser.newContext();
  const widget = await context.newPage();
  for (const options of cases) {
    const ours = await page.evaluate((o) => window.rolefitRules.check((name) => (name in o ? o[name] : null)).warnings, options);
    const logged = [];
    const listen = (message) => message.text().startsWith("rolefit: ") && logged.push(message.text());
    widget.on("console", listen);
    // In a frame, as an embedding page passes options (on its own page the
    // widget takes some from its <meta> tags only, and says so instead).
    await widget.setContent(`<iframe src="http://127.0.0.1:4173/?${new URLSearchParams(options)}"></iframe>`);
    await expect(widget.frameLocator("iframe").getByRole("heading", { level: 1, name: /./ })).toBeAttached();
    widget.off("console", listen);
    expect(ours, JSON.stringify(options)).toEqual(logged);
  }
  await context.close();
});

test("the language list is every language the widget speaks, each in its own name", async ({ page }) => {
  await page.goto(configurator);
  const options = page.getByLabel("Language of the widget").locator("option");
  await expect(options).toHaveText(["The visitor's browser language", ...contract.languages.map((l) => l.name)]);
  for (const [i, { tag }] of contract.languages.entries()) {
    await expect(options.nth(i + 1)).toHaveAttribute("value", tag);
    await expect(options.nth(i + 1)).toHaveAttribute("lang", tag);
  }
});

test("each option updates the preview and the snippets, and a bad one shows the widget's message", async ({ page }) => {
  // The preview widget logs the contrast adjustment it makes, as the page says too.
  page.allowProblem(/adjusted for contrast/);
  await page.goto(configurator);
  const frame = () => page.locator("#preview iframe");
  await expect(frame()).toHaveCount(1);
  const src = async () => new URL(await frame().getAttribute("src")).searchParams;
  const snippet = (name) => page.locator("#snippets section", { has: page.getByRole("heading", { name }) }).locator("pre");

  await page.getByLabel("Language of the widget").selectOption("fr-FR");
  await expect.poll(async () => (await src()).get("lang")).toBe("fr-FR");
  await expect(snippet("In the page")).toContainText('data-lang="fr-FR"');

  await page.getByLabel("Dark").check();
  await expect.poll(async () => (await src()).get("theme")).toBe("dark");

  await page.getByLabel(/Accent colour/).fill("#0a6e5c");
  await page.getByLabel(/Accent colour/).press("Tab");
  await expect.poll(async () => (await src()).get("accent")).toBe("#0a6e5c");
  await expect(page.getByRole("status")).toContainText('option accent="#0a6e5c" adjusted for contrast');
  await expect(snippet("JavaScript API")).toContainText('"accent": "#0a6e5c"');

  await page.getByLabel("Start with the introduction").uncheck();
  await expect.poll(async () => (await src()).get("intro")).toBe("false");

  await page.getByLabel("Button on a product owner result").fill("See our roles");
  await page.getByLabel("Its link (http or https)").first().fill("https://careers.example.com/po");
  await page.getByLabel("Its link (http or https)").first().press("Tab");
  await expect.poll(async () => (await src()).get("owner-cta-url")).toBe("https://careers.example.com/po");
  await expect(snippet("Plain iframe")).toContainText("owner-cta-label=See+our+roles");

  await page.getByLabel(/Page that shared results open on/).fill("javascript:alert(1)");
  await page.getByLabel(/Page that shared results open on/).press("Tab");
  await expect(page.getByRole("status")).toContainText('ignoring option share-base="javascript:alert(1)": it must be an http or https URL');
  await expect(snippet("In the page")).not.toContainText("share-base");

  await page.getByLabel("In a popup from a button").check();
  await expect(snippet("Popup button")).toContainText("data-rolefit-popup");
  await page.getByRole("button", { name: "Open the popup" }).click();
  await expect(page.locator("dialog")).toBeVisible();
  await page.getByRole("button", { name: "Close" }).click();

  const results = await new AxeBuilder({ page }).exclude("#preview").analyze();
  expect(results.violations).toEqual([]);
});

for (const [mode, snippet] of [["inline", "In the page"], ["popup", "Popup button"], ["inline", "JavaScript API"]]) {
  test(`the ${mode} snippet "${snippet}", pasted into a fresh page, works`, async ({ page, context }) => {
    await page.goto(configurator);
    if (mode === "popup") await page.getByLabel("In a popup from a button").check();
    await page.getByLabel("Language of the widget").selectOption("de-DE");
    const pre = page.locator("#snippets section", { has: page.getByRole("heading", { name: snippet }) }).locator("pre");
    await expect(pre).toContainText("de-DE");
    const code = await pre.textContent();

    // A careers page on another origin with nothing but the snippet, pasted
    // in as a content editor would (its scripts run as they would on load).
    const fresh = await context.newPage();
    await fresh.goto("http://127.0.0.1:4174/e2e/pages/blank.html");
    await fresh.evaluate(async (code) => {
      const main = document.querySelector("main");
      main.innerHTML = code;
      // In order, each external script loaded before the next runs, as the
      // page's parser would.
      for (const pasted of main.querySelectorAll("script")) {
        const script = document.createElement("script");
        for (const attribute of pasted.attributes) script.setAttribute(attribute.name, attribute.value);
        script.textContent = pasted.textContent;
        const loaded = script.src && !script.hasAttribute("async") && new Promise((resolve) => (script.onload = resolve));
        pasted.replaceWith(script);
        await loaded;
      }
    }, code);
    if (mode === "popup") await fresh.getByRole("button", { name: "Which product role suits you?" }).click();
    const widget = fresh.frameLocator("iframe");
    await expect(widget.getByRole("button", { name: locale("de-DE").ui.start })).toBeVisible();
    expect(new URL(await fresh.locator("iframe").getAttribute("src")).searchParams.get("lang")).toBe("de-DE");
  });
}

// Labels that would end or break what holds them if a snippet wrote them as
// they are: a script ("</script>", a comment that swallows the page after it,
// line ends older browsers see in strings) or an attribute (a quote, entities).
const hostile = [
  ["</script><script>alert('snippet-xss')</script>", "<!--<script>"],
  ['"><img src=x onerror=alert(1)>', "a\u2028b\u2029c & &amp; </SCRIPT > ${x}"],
];

for (const [mode, snippet] of [
  ["inline", "In the page"], ["inline", "JavaScript API"], ["inline", "Plain iframe"],
  ["popup", "Popup button"], ["popup", "JavaScript API"], ["popup", "Plain iframe"],
]) {
  test(`the ${mode} snippet "${snippet}" carries any label as text, never as markup or script`, async ({ page, context }, info) => {
    await page.goto(configurator);
    if (mode === "popup") await page.getByLabel("In a popup from a button").check();
    const pre = page.locator("#snippets section", { has: page.getByRole("heading", { name: snippet }) }).locator("pre");
    const links = page.getByLabel("Its link (http or https)");
    for (const [n, [owner, manager]] of hostile.entries()) {
      await page.getByLabel("Button on a product owner result").fill(owner);
      await links.first().fill("https://careers.example.com/po");
      await page.getByLabel("Button on a product manager result").fill(manager);
      await links.nth(1).fill(`https://careers.example.com/pm${n}`);
      await links.nth(1).press("Tab");
      await expect(pre).toContainText(`pm${n}`);
      const code = await pre.textContent();

      // A careers page on another origin with the snippet pasted into its
      // HTML, and content after it.
      const url = hostPage(info, `pasted-${n}.html`,
        `<!doctype html><html lang="en-GB"><title>Careers</title><link rel="icon" href="/examples/favicon.svg" /><main>${code}</main><p id="after">After the snippet</p></html>`);
      const fresh = await context.newPage();
      const dialogs = [];
      fresh.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss();
      });
      await fresh.goto(url);
      await expect(fresh.locator("#after")).toHaveText("After the snippet");
      if (snippet === "Popup button") await fresh.getByRole("button", { name: "Which product role suits you?" }).click();
      // The snippet's own `const popup`.
      if (mode === "popup" && snippet === "JavaScript API") await fresh.evaluate(() => popup.open());
      const params = new URL(await fresh.locator("iframe").getAttribute("src")).searchParams;
      expect(params.get("owner-cta-label"), code).toBe(owner);
      expect(params.get("manager-cta-label"), code).toBe(manager);
      expect(dialogs, code).toEqual([]);
      await fresh.close();
    }
  });
}
