// The cross-engine tier, Gecko: the release build in Debian's Firefox ESR,
// driven over WebDriver BiDi by puppeteer-core (Playwright's Firefox needs a
// download this machine cannot make). Run by `cargo xtask test`.
// Usage: node engines/firefox.mjs [firefox path]
import { spawn } from "node:child_process";
import puppeteer from "puppeteer-core";
import { locale } from "../tests/bank.js";
import { runChecks } from "./runner.mjs";

const executablePath = process.argv[2] ?? process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
const widget = "http://127.0.0.1:4273/";
const host = "http://127.0.0.1:4274";
const en = locale("en-GB");
const total = en.items.length;

function serve(args) {
  const child = spawn("node", ["serve.mjs", ...args], { stdio: "ignore" });
  return new Promise((resolve) => setTimeout(() => resolve(child), 400));
}

const servers = [
  await serve(["../dist", "4273", "--csp"]),
  await serve(["..", "4274", "--rewrite", `https://widgets.example.com/rolefit/=${widget}`]),
];
const browser = await puppeteer.launch({ browser: "firefox", executablePath, headless: true });

const until = async (what, check, timeout = 10_000) => {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** A fresh private session with one page; every console error or warning fails the test. */
async function session() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warn", "warning"].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems };
}

const textOf = (page, selector) => page.$eval(selector, (e) => e.textContent.trim()).catch(() => null);
const heading = (page) => textOf(page, "h2");

/** Clicks the option labelled `label` (the whole row is the target). */
async function choose(page, label) {
  const options = await page.$$("label.rf-option");
  for (const option of options) {
    if ((await option.evaluate((e) => e.textContent.trim())) === label) {
      // New questions ignore the pointer for a moment (the double-click guard).
      await new Promise((r) => setTimeout(r, 350));
      return option.click();
    }
  }
  throw new Error(`no option labelled ${label}`);
}

async function next(page, i) {
  const name = i === total - 1 ? en.ui.see_result : en.ui.next;
  await page.$$eval("button", (buttons, name) => buttons.find((b) => b.textContent.trim() === name).click(), name);
}

async function answer(page, from = 0, to = total, pick = (item) => item.owner) {
  for (let i = from; i < to; i++) {
    await until(`question ${i + 1}`, async () => (await heading(page)) === en.items[i].text);
    await choose(page, pick(en.items[i], i));
    await next(page, i);
  }
}

async function clickButton(page, name) {
  await until(`button ${name}`, () => page.$$eval("button", (b, n) => b.some((x) => x.textContent.trim() === n), name));
  await page.$$eval("button", (b, n) => b.find((x) => x.textContent.trim() === n).click(), name);
}

const tests = {
  "a full run by mouse ends on the owner verdict": async ({ page }) => {
    await page.goto(widget);
    await clickButton(page, en.ui.start);
    await answer(page);
    await until("the verdict", async () => (await heading(page)) === en.ui.verdict_owner);
  },

  "the words are asked for once, early, in the widget's language": async ({ page }) => {
    await page.goto(`${widget}?lang=de-DE`);
    await until("Start", () => page.$(".rf-intro button"));
    // boot.js's early request, answered once and used by the widget.
    const words = await page.evaluate(() =>
      performance.getEntriesByType("resource").filter((e) => e.name.includes("/words/")).map((e) => e.name.split("/").pop()),
    );
    if (words.length !== 1 || !words[0].startsWith("de-DE-")) throw new Error(`words requests: ${words.join(", ")}`);
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== "de-DE") throw new Error(`the widget is in ${lang}`);
  },

  "a full run by keyboard": async ({ page }) => {
    await page.goto(widget);
    await until("Start", () => page.$(".rf-intro button"));
    await page.keyboard.press("Tab");
    await until("Start focused", () => page.evaluate(() => document.activeElement?.classList.contains("rf-btn")));
    await page.keyboard.press("Enter");
    for (let i = 0; i < total; i++) {
      await until(`heading ${i + 1} focused`, () =>
        page.evaluate((text) => document.activeElement?.textContent.trim() === text, en.items[i].text),
      );
      await page.keyboard.press("Tab");
      await page.keyboard.press(" ");
      await until("an answer", () => page.$("input:checked"));
      await page.keyboard.press("Enter");
    }
    await until("the result", () => page.$(".rf-result"));
  },

  "Back keeps an answer and lets it change": async ({ page }) => {
    await page.goto(`${widget}?intro=false`);
    await answer(page, 0, 2);
    await until("question 3", async () => (await heading(page)) === en.items[2].text);
    await clickButton(page, en.ui.back);
    await until("question 2", async () => (await heading(page)) === en.items[1].text);
    const checked = await page.$eval("input:checked", (i) => i.closest("label").textContent.trim());
    if (checked !== en.items[1].owner) throw new Error(`question 2 shows ${checked}`);
    await choose(page, en.items[1].manager);
    await next(page, 1);
    await clickButton(page, en.ui.back);
    await until("the changed answer", async () =>
      (await page.$eval("input:checked", (i) => i.closest("label").textContent.trim())) === en.items[1].manager,
    );
  },

  "a reload resumes at the same question with the same answers": async ({ page }) => {
    await page.goto(`${widget}?intro=false`);
    await answer(page, 0, 4);
    await until("question 5", async () => (await heading(page)) === en.items[4].text);
    await page.reload();
    // Without the intro, the quiz resumes straight at the question.
    await until("question 5 again", async () => (await heading(page)) === en.items[4].text);
    const answered = await page.evaluate(() => localStorage.getItem("rolefit:progress"));
    if (!/\.\d{4}-{14}$/.test(answered ?? "")) throw new Error(`saved progress ${answered}`);
  },

  "a share link opens the same result in a fresh session": async ({ page }) => {
    await page.goto(`${widget}?intro=false`);
    await answer(page, 0, total, (item, i) => (i % 3 === 0 ? item.manager : item.owner));
    await clickButton(page, en.ui.share_copy);
    // Headless Firefox does not grant the Clipboard API to a page: the link
    // then shows, selected, in a field (the fallback this checks).
    const link = await until("the link", async () =>
      (await page.$eval("#rf-share-link", (f) => f.value).catch(() => null)) ||
      (await page.evaluate(() => navigator.clipboard?.readText?.().catch(() => null))),
    );
    const fits = await page.$$eval(".rf-fit-number", (n) => n.map((e) => e.textContent));
    const reader = await session();
    try {
      await reader.page.goto(link);
      await until("the shared result", async () => (await textOf(reader.page, ".rf-kicker")) === en.ui.shared_kicker);
      const shared = await reader.page.$$eval(".rf-fit-number", (n) => n.map((e) => e.textContent));
      if (JSON.stringify(shared) !== JSON.stringify(fits)) throw new Error(`shared ${shared} vs own ${fits}`);
      if (reader.problems.length) throw new Error(reader.problems.join("\n"));
    } finally {
      await reader.context.close();
    }
  },

  "the embed on another origin is sized to its content, with no inner scroll": async ({ page }) => {
    await page.goto(`${host}/examples/career-page.html`);
    const frameElement = await until("the frame", () => page.$("iframe"));
    const frame = await until("its document", () => frameElement.contentFrame());
    await until("Start in the frame", () => frame.$(".rf-intro button"));
    const fitted = async () => {
      const outer = await frameElement.evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => ({
        height: Math.ceil(document.body.getBoundingClientRect().height),
        scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
      }));
      return Math.abs(outer - inner.height) <= 2 && !inner.scrolls;
    };
    await until("the frame fitted to the intro", fitted);
    await frame.$eval(".rf-intro button", (b) => b.click());
    await answer(frame);
    await until("the result", () => frame.$(".rf-result"));
    await until("the frame fitted to the result", fitted);
  },
};

const ok = await runChecks("firefox", tests, {
  open: session,
  problems: (s) => s.problems,
  close: (s) => s.context.close(),
});
await browser.close();
for (const server of servers) server.kill();
process.exit(ok ? 0 : 1);
