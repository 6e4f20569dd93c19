// The cross-engine tier, WebKit (Safari's engine): the release build in
// WebKitGTK's MiniBrowser, driven by WebKitWebDriver over plain W3C WebDriver
// (Playwright's WebKit needs a download this machine cannot make). Run by
// `cargo xtask test` under `xvfb-run`.
// Usage: node engines/webkit.mjs [MiniBrowser path]
//
// What this engine cannot do here, the tests state and check the fallback:
// classic WebDriver reports no console messages, so each page's console.error
// and console.warn and its uncaught errors are recorded by a script the test
// installs once the page has loaded.
import { spawn } from "node:child_process";
import { locale } from "../tests/bank.js";
import { runChecks } from "./runner.mjs";

const binary = process.argv[2] ?? process.env.MINIBROWSER_PATH ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
// WebKitWebDriver holds one session at a time: a second driver serves the
// fresh session that opens a shared link.
const driverPorts = [4444, 4445];
const widget = "http://127.0.0.1:4283/";
const host = "http://127.0.0.1:4284";
const en = locale("en-GB");
const total = en.items.length;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const children = [
  spawn("node", ["serve.mjs", "../dist", "4283", "--csp"], { stdio: "ignore" }),
  spawn("node", ["serve.mjs", "..", "4284", "--rewrite", `https://widgets.example.com/rolefit/=${widget}`], { stdio: "ignore" }),
  ...driverPorts.map((port) => spawn("WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" })),
];
await sleep(800);

async function call(method, path, body, port = driverPorts[0]) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  if (json.value?.error) throw new Error(`${path}: ${json.value.error}: ${json.value.message}`);
  return json.value;
}

const ELEMENT = "element-6066-11e4-a52f-4d51d3abb200";

/** One browser session (a fresh profile) and what the tests need of it. */
async function session(port = driverPorts[0]) {
  const call_ = (method, path, body) => call(method, path, body, port);
  const created = await call_("POST", "/session", {
    capabilities: {
      alwaysMatch: { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary, args: ["--automation"] } },
    },
  });
  const id = created.sessionId;
  const s = (path) => `/session/${id}${path}`;
  const run = (fn, ...args) => call_("POST", s("/execute/sync"), { script: `return (${fn}).apply(null, arguments)`, args });
  const page = {
    async goto(url) {
      await call_("POST", s("/url"), { url });
      await page.watchConsole();
    },
    async reload() {
      await call_("POST", s("/refresh"), {});
      await page.watchConsole();
    },
    run,
    // Installed after each load: classic WebDriver has no console events.
    watchConsole: () =>
      run(() => {
        window.engineProblems = window.engineProblems || [];
        for (const level of ["error", "warn"]) {
          const original = console[level];
          console[level] = (...args) => {
            window.engineProblems.push(`console ${level}: ${args.join(" ")}`);
            original.apply(console, args);
          };
        }
        window.addEventListener("error", (e) => window.engineProblems.push(`page error: ${e.message}`));
      }),
    problems: () => run(() => window.engineProblems || []),
    /** A real (WebDriver) click on the first `selector` whose text is `text`. */
    async click(selector, text) {
      // A screen that is still settling can refuse a click for a moment.
      return until(`a click on ${selector} ${text ?? ""}`, async () => {
        const elements = await call_("POST", s("/elements"), { using: "css selector", value: selector });
        for (const element of elements) {
          const id = element[ELEMENT] ?? Object.values(element)[0];
          if (text === undefined || (await call_("GET", s(`/element/${id}/text`))).trim() === text) {
            await call_("POST", s(`/element/${id}/click`), {});
            return true;
          }
        }
        return null;
      }, 3000);
    },
    async press(key) {
      const value = { Tab: "\uE004", Enter: "\uE007", Space: "\uE00D" }[key] ?? key;
      await call_("POST", s("/actions"), {
        actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value }, { type: "keyUp", value }] }],
      });
    },
    async frame(selector) {
      const element = await call_("POST", s("/element"), { using: "css selector", value: selector });
      await call_("POST", s("/frame"), { id: element });
    },
    top: () => call_("POST", s("/frame"), { id: null }),
    /** A click through the DOM (`element.click()`), for content inside frames. */
    domClick: (selector, text) =>
      run(
        (selector, text) => {
          const element = [...document.querySelectorAll(selector)].find((e) => e.textContent.trim() === text);
          element.click();
          return true;
        },
        selector,
        text,
      ),
    close: () => call_("DELETE", s("")),
  };
  return page;
}

async function until(what, check, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const heading = (page) => page.run(() => document.querySelector("h2")?.textContent.trim() ?? null);
const checkedLabel = (page) => page.run(() => document.querySelector("input:checked")?.closest("label").textContent.trim() ?? null);

async function answer(page, from = 0, to = total, pick = (item) => item.owner, click = page.click) {
  for (let i = from; i < to; i++) {
    await until(`question ${i + 1}`, async () => (await heading(page)) === en.items[i].text);
    // New questions ignore the pointer for a moment (the double-click guard).
    await sleep(350);
    await click("label.rf-option", pick(en.items[i], i));
    await click("button", i === total - 1 ? en.ui.see_result : en.ui.next);
  }
}

const tests = {
  "a full run by mouse ends on the owner verdict": async (page) => {
    await page.goto(widget);
    await until("Start", () => page.run(() => !!document.querySelector(".rf-intro button")));
    await page.click("button", en.ui.start);
    await answer(page);
    await until("the verdict", async () => (await heading(page)) === en.ui.verdict_owner);
  },

  "the words are asked for once, early, in the widget's language": async (page) => {
    await page.goto(`${widget}?lang=de-DE`);
    await until("Start", () => page.run(() => !!document.querySelector(".rf-intro button")));
    // boot.js's early request, answered once and used by the widget.
    const words = await page.run(() =>
      performance.getEntriesByType("resource").filter((e) => e.name.includes("/words/")).map((e) => e.name.split("/").pop()),
    );
    if (words.length !== 1 || !words[0].startsWith("de-DE-")) throw new Error(`words requests: ${words.join(", ")}`);
    const lang = await page.run(() => document.documentElement.lang);
    if (lang !== "de-DE") throw new Error(`the widget is in ${lang}`);
  },

  "a full run by keyboard": async (page) => {
    await page.goto(widget);
    await until("Start", () => page.run(() => !!document.querySelector(".rf-intro button")));
    await page.run(() => document.querySelector(".rf-intro button").focus());
    await page.press("Enter");
    for (let i = 0; i < total; i++) {
      await until(`heading ${i + 1} focused`, () =>
        page.run((text) => document.activeElement?.textContent.trim() === text, en.items[i].text),
      );
      await page.press("Tab");
      await page.press("Space");
      await until("an answer", async () => (await checkedLabel(page)) !== null);
      await page.press("Enter");
    }
    await until("the result", () => page.run(() => !!document.querySelector(".rf-result")));
  },

  "Back keeps an answer and lets it change": async (page) => {
    await page.goto(`${widget}?intro=false`);
    await answer(page, 0, 2);
    await until("question 3", async () => (await heading(page)) === en.items[2].text);
    await page.click("button", en.ui.back);
    await until("question 2 with its answer", async () => (await checkedLabel(page)) === en.items[1].owner);
    await sleep(350);
    await page.click("label.rf-option", en.items[1].manager);
    await page.click("button", en.ui.next);
    await until("question 3", async () => (await heading(page)) === en.items[2].text);
    await page.click("button", en.ui.back);
    await until("the changed answer", async () => (await checkedLabel(page)) === en.items[1].manager);
  },

  "a reload resumes at the same question with the same answers": async (page) => {
    await page.goto(`${widget}?intro=false`);
    await answer(page, 0, 4);
    await until("question 5", async () => (await heading(page)) === en.items[4].text);
    await page.reload();
    await until("question 5 again", async () => (await heading(page)) === en.items[4].text);
    await page.click("button", en.ui.back);
    await until("question 4's answer", async () => (await checkedLabel(page)) === en.items[3].owner);
  },

  "a share link opens the same result in a fresh session": async (page) => {
    await page.goto(`${widget}?intro=false`);
    await answer(page, 0, total, (item, i) => (i % 3 === 0 ? item.manager : item.owner));
    await until("the result", () => page.run(() => !!document.querySelector(".rf-share")));
    // MiniBrowser has no Web Share API: only Copy link is offered.
    const share = await page.run(() => typeof navigator.share);
    if (share !== "undefined") throw new Error("expected no Web Share API in MiniBrowser");
    const buttons = await page.run(() => [...document.querySelectorAll(".rf-share button")].map((b) => b.textContent.trim()));
    if (JSON.stringify(buttons) !== JSON.stringify([en.ui.share_copy])) throw new Error(`share buttons ${buttons}`);
    // WebKit lets the page write the clipboard but not read it back, so the
    // test records what the widget writes; where writing is refused, the link
    // shows selected in a field instead.
    await page.run(() => {
      const write = navigator.clipboard?.writeText?.bind(navigator.clipboard);
      if (write) navigator.clipboard.writeText = (text) => ((window.copiedLink = text), write(text));
    });
    await page.click("button", en.ui.share_copy);
    const link = await until("the link", async () => {
      const field = await page.run(() => document.querySelector("#rf-share-link")?.value ?? null);
      if (field) return field;
      const copied = await page.run(
        (text) => document.querySelector(".rf-share [role=status]")?.textContent.trim() === text,
        en.ui.share_copied,
      );
      return copied ? page.run(() => window.copiedLink) : null;
    });
    const fits = await page.run(() => [...document.querySelectorAll(".rf-fit-number")].map((e) => e.textContent));
    const reader = await session(driverPorts[1]);
    try {
      await reader.goto(link);
      await until("the shared result", () =>
        reader.run((kicker) => document.querySelector(".rf-kicker")?.textContent.trim() === kicker, en.ui.shared_kicker),
      );
      const shared = await reader.run(() => [...document.querySelectorAll(".rf-fit-number")].map((e) => e.textContent));
      if (JSON.stringify(shared) !== JSON.stringify(fits)) throw new Error(`shared ${shared} vs own ${fits}`);
      const problems = await reader.problems();
      if (problems.length) throw new Error(problems.join("\n"));
    } finally {
      await reader.close();
    }
  },

  "the embed on another origin is sized to its content, with no inner scroll": async (page) => {
    await page.goto(`${host}/examples/career-page.html`);
    await until("the frame", () => page.run(() => !!document.querySelector("iframe")));
    const fitted = async () => {
      const outer = await page.run(() => document.querySelector("iframe").getBoundingClientRect().height);
      await page.frame("iframe");
      const inner = await page.run(() => ({
        height: Math.ceil(document.body.getBoundingClientRect().height),
        scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
        ready: !!document.querySelector(".rf-card"),
      }));
      await page.top();
      return inner.ready && Math.abs(outer - inner.height) <= 2 && !inner.scrolls;
    };
    await until("the frame fitted to the intro", fitted);
    await page.frame("iframe");
    // Inside the frame, clicks go through the DOM: WebKitWebDriver does not
    // place pointer clicks in a frame the host page has scrolled. (Real
    // pointer clicks are covered by the tests above.)
    await page.domClick("button", en.ui.start);
    await answer(page, 0, total, (item) => item.owner, page.domClick);
    await until("the result", () => page.run(() => !!document.querySelector(".rf-result")));
    await page.top();
    await until("the frame fitted to the result", fitted);
  },
};

const ok = await runChecks("webkit", tests, {
  open: session,
  // Problems are recorded in the top document.
  problems: async (page) => (await page.top(), page.problems()),
  close: (page) => page.close(),
});
for (const child of children) child.kill();
process.exit(ok ? 0 : 1);
