// Embedding from a single-page app: the JavaScript API, calls
// queued before embed.js arrives, elements added and removed after load
// with nothing left behind, several widgets with their own events and sizes,
// and result links on the host page (damaged ones, ones pasted after load).
import { test, expect } from "./fixtures.js";
import { answerQuiz, makeLink, picks } from "./answer.js";
import { ui, locale } from "./bank.js";
import { contract } from "./contract.js";

const host = "http://127.0.0.1:4174";
const page_ = `${host}/e2e/pages/spa.html`;
const frames = (page) => page.locator("iframe");

/** Adds `<div data-rolefit>` with `id` to the app, as a framework would render it. */
const addWidget = (page, id) =>
  page.evaluate((id) => {
    const el = document.createElement("div");
    el.id = id;
    el.setAttribute("data-rolefit", "");
    document.getElementById("app").appendChild(el);
  }, id);

/** How many listeners the page has on window, by type (Chrome DevTools Protocol). */
async function windowListeners(page) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
  const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
  await cdp.detach();
  const count = {};
  for (const l of listeners) count[l.type] = (count[l.type] ?? 0) + 1;
  return count;
}

test("a call queued before embed.js loaded mounts its widget with its options and handlers, even on a [data-rolefit] element", async ({ page }) => {
  await page.goto(page_);
  const frame = page.frameLocator("#early iframe");
  await expect(frame.getByRole("heading", { level: 1, name: locale("de-DE").ui.app_title })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.queuedEvents.length)).toBe(1);
  // mount() on a mounted element returns the same widget, not a second one.
  await page.evaluate(() => window.rolefit.mount(document.getElementById("early")));
  await expect(page.locator("#early iframe")).toHaveCount(1);
});

test("widgets added and removed 50 times leave no frame and no listener behind", async ({ page }) => {
  await page.goto(page_);
  await expect(frames(page)).toHaveCount(1);
  const before = await windowListeners(page);
  for (let i = 0; i < 50; i++) {
    await page.evaluate(() => {
      const el = document.createElement("div");
      el.setAttribute("data-rolefit", "");
      el.className = "added";
      document.getElementById("app").appendChild(el);
    });
    await expect(page.locator(".added iframe")).toHaveCount(1);
    await page.evaluate(() => document.querySelector(".added").remove());
    await expect(page.locator(".added")).toHaveCount(0);
  }
  // The observer runs after each removal; give it that turn.
  await expect(frames(page)).toHaveCount(1);
  const after = await windowListeners(page);
  expect(after).toEqual(before);
  console.log(`window listeners after 50 add/remove cycles: ${JSON.stringify(after)}`);
});

test("mount() returns a handle whose on() and destroy() clean up after themselves", async ({ page }) => {
  await page.goto(page_);
  await expect(frames(page)).toHaveCount(1);
  const before = await windowListeners(page);
  const seen = await page.evaluate(async () => {
    const el = document.createElement("section");
    el.innerHTML = "<p>Take the self-assessment on our site.</p>";
    document.getElementById("app").appendChild(el);
    const events = [];
    const handle = window.rolefit.mount(el, { theme: "dark", ownerCtaLabel: "See roles", "owner-cta-url": "https://example.com/jobs" });
    handle.on("ready", () => events.push("ready"));
    await new Promise((resolve) => el.addEventListener("rolefit:ready", resolve, { once: true }));
    const src = el.querySelector("iframe").src;
    handle.destroy();
    handle.destroy();
    return { events, src, left: el.innerHTML, mounted: el.hasAttribute("data-rolefit-mounted") };
  });
  expect(seen.events).toEqual(["ready"]);
  const params = new URL(seen.src).searchParams;
  expect(params.get("theme")).toBe("dark");
  expect(params.get("owner-cta-label")).toBe("See roles");
  expect(params.get("owner-cta-url")).toBe("https://example.com/jobs");
  // The element is as it was: its own content back, no frame, no marker.
  expect(seen.left).toBe("<p>Take the self-assessment on our site.</p>");
  expect(seen.mounted).toBe(false);
  expect(await windowListeners(page)).toEqual(before);
});

test("two widgets keep their own events and their own heights", async ({ page }) => {
  await page.goto(page_);
  await page.evaluate(() => {
    for (const id of ["one", "two"]) {
      const el = document.createElement("div");
      el.id = id;
      el.setAttribute("data-rolefit", "");
      document.getElementById("app").appendChild(el);
      window[id] = [];
      el.addEventListener("rolefit:start", () => window[id].push("start"));
      el.addEventListener("rolefit:progress", (e) => window[id].push(e.detail.current));
    }
  });
  const one = page.frameLocator("#one iframe");
  await one.getByRole("button", { name: ui.start }).click();
  await answerQuiz(one, { pick: picks.owner, to: 2, next: true });
  await expect.poll(() => page.evaluate(() => window.one.length)).toBeGreaterThan(1);
  expect(await page.evaluate(() => window.two)).toEqual([]);
  // Each frame has its own content's height: the intro and a question differ.
  const heights = await page.evaluate(() => ["#one", "#two"].map((s) => document.querySelector(`${s} iframe`).style.height));
  expect(heights[0]).not.toBe(heights[1]);
});

test("a damaged result link on the host page reaches the widget, which says so", async ({ page }) => {
  await page.addInitScript(() => {
    window.hostErrors = [];
    document.addEventListener("rolefit:error", (e) => window.hostErrors.push(e.detail));
  });
  await page.goto(`${page_}#r=AvQX0I0SZAAKAB%00QBBCQ==`);
  const frame = page.frameLocator("#early iframe");
  await expect(frame.getByRole("heading", { level: 1, name: locale("de-DE").ui.link_error_heading })).toBeVisible();
  // And the host hears about it.
  await expect.poll(() => page.evaluate(() => window.hostErrors)).toEqual([{ code: "bad-link" }]);
  await expect.poll(() => page.evaluate(() => document.querySelector("#early iframe").src)).toContain("#r=");
});

test("a result link pasted into the open page opens in the widget", async ({ page, browser }) => {
  const link = await makeLink(browser, picks.manager);

  await page.goto(page_);
  const frame = page.frameLocator("#early iframe");
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await expect(frame.getByRole("heading", { level: 2, name: locale("de-DE").ui.shared_verdict_manager })).toBeVisible();
});

test("a host address the widget would refuse as a share base falls back to the page without its query", async ({ page }) => {
  await page.goto(`${page_}?utm=${"x".repeat(2100)}`);
  const src = await page.locator("#early iframe").getAttribute("src");
  expect(new URL(src).searchParams.get("share-base")).toBe(page_);
  await page.goto(`${page_}?q=a\`b`);
  const src2 = await page.locator("#early iframe").getAttribute("src");
  expect(new URL(src2).searchParams.get("share-base")).toBe(page_);
});

test("the single-page demo switches views and the widget comes and goes with its view", async ({ page }) => {
  await page.goto(`${host}/examples/single-page.html`);
  const frame = page.frameLocator("#view iframe");
  await expect(frame.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await page.getByRole("button", { name: "Open roles" }).click();
  await expect(page.locator("iframe")).toHaveCount(0);
  await page.getByRole("button", { name: "Which role suits me?" }).click();
  await expect(frame.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(1);
});

test("embed.d.ts is served next to embed.js and types every event the widget sends", async ({ request }) => {
  const types = await (await request.get("http://127.0.0.1:4173/embed.d.ts")).text();
  for (const name of contract.events.forwarded) {
    expect(types).toContain(`"rolefit:${name}": CustomEvent<RolefitEventDetails["${name}"]>`);
  }
  for (const api of ["mount(element: Element", "popup(options?", "destroy(): void", "on<Name extends RolefitEventName>"]) {
    expect(types).toContain(api);
  }
});

test("an element detached and put back gets its widget back", async ({ page }) => {
  await page.goto(page_);
  await expect(frames(page)).toHaveCount(1);
  await addWidget(page, "moved");
  await expect(page.locator("#moved iframe")).toHaveCount(1);
  await page.evaluate(async () => {
    const el = document.getElementById("moved");
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.getElementById("app").appendChild(el);
  });
  await expect(page.locator("#moved iframe")).toHaveCount(1);
  await expect(page.frameLocator("#moved iframe").getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
});

test("popup buttons that come and go leave no dialog behind", async ({ page }) => {
  await page.goto(page_);
  // embed.js has arrived (it mounts the page's own widget).
  await expect(frames(page)).toHaveCount(1);
  for (let i = 0; i < 5; i++) {
    await page.evaluate(() => {
      const button = document.createElement("button");
      button.className = "temporary";
      button.setAttribute("data-rolefit-popup", "");
      button.textContent = "Open";
      document.getElementById("app").appendChild(button);
    });
    await page.locator(".temporary").click();
    await expect(page.locator("dialog")).toBeVisible();
    await page.getByRole("button", { name: "Close" }).click();
    await page.evaluate(() => document.querySelector(".temporary").remove());
    await expect(page.locator("dialog")).toHaveCount(0);
  }
  await expect(frames(page)).toHaveCount(1);
});

test("embed.js loaded twice serves once", async ({ page }) => {
  await page.goto(page_);
  await expect(frames(page)).toHaveCount(1);
  await page.evaluate(() => new Promise((resolve) => {
    const again = document.createElement("script");
    again.src = "http://127.0.0.1:4173/embed.js"; // where the page's own copy comes from
    again.onload = resolve;
    document.body.appendChild(again);
  }));
  await addWidget(page, "after");
  await expect(page.locator("#after iframe")).toHaveCount(1);
  await expect(page.locator("#early iframe")).toHaveCount(1);
  await page.locator("#open-popup").click();
  await expect(page.locator("dialog")).toHaveCount(1);
});

test("a widget mounted from script on an element attached later, or detached and put back, is there with its handlers", async ({ page }) => {
  await page.goto(page_);
  await expect(frames(page)).toHaveCount(1);
  await page.evaluate(async () => {
    window.laterReady = 0;
    const el = document.createElement("div");
    el.id = "later";
    window.rolefit.mount(el, { on: { ready: () => window.laterReady++ } });
    // Meanwhile the page changes elsewhere.
    document.getElementById("app").appendChild(document.createElement("p"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.getElementById("app").appendChild(el);
  });
  const later = page.frameLocator("#later iframe");
  await expect(later.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.laterReady)).toBe(1);
  await page.evaluate(async () => {
    const el = document.getElementById("later");
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.getElementById("app").appendChild(el);
  });
  await expect(later.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.laterReady)).toBe(2);
});

test("a [data-rolefit] element detached and put back keeps its handle: on() still hears it, destroy() still works", async ({ page }) => {
  await page.goto(page_);
  await expect(frames(page)).toHaveCount(1);
  // Added and given its handler in one task, as an app would: a handler
  // added later may come after the widget is ready (it loads quickly).
  await page.evaluate(() => {
    const el = document.createElement("div");
    el.id = "moved";
    el.setAttribute("data-rolefit", "");
    document.getElementById("app").appendChild(el);
    window.movedReady = 0;
    window.moved = window.rolefit.mount(el).on("ready", () => window.movedReady++);
  });
  await expect.poll(() => page.evaluate(() => window.movedReady)).toBe(1);
  await page.evaluate(async () => {
    const el = document.getElementById("moved");
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.getElementById("app").appendChild(el);
  });
  await expect.poll(() => page.evaluate(() => window.movedReady)).toBe(2);
  await page.evaluate(() => window.moved.destroy());
  await expect(page.locator("#moved iframe")).toHaveCount(0);
  // Destroyed by the page: the observer does not bring it back.
  await page.evaluate(() => document.getElementById("app").appendChild(document.createElement("p")));
  await page.waitForTimeout(100);
  await expect(page.locator("#moved iframe")).toHaveCount(0);
  expect(await page.locator("#moved").getAttribute("data-rolefit-mounted")).toBeNull();
});

test("mount() again with new handlers replaces the old ones instead of adding to them", async ({ page }) => {
  await page.goto(page_);
  await expect(frames(page)).toHaveCount(1);
  const calls = await page.evaluate(async () => {
    const el = document.createElement("div");
    document.getElementById("app").appendChild(el);
    const calls = [];
    for (let i = 0; i < 3; i++) window.rolefit.mount(el, { on: { ready: () => calls.push(i) } });
    await new Promise((resolve) => el.addEventListener("rolefit:ready", () => setTimeout(resolve, 100), { once: true }));
    return calls;
  });
  expect(calls).toEqual([2]);
});

test("mount() refuses a bad handler before it changes anything, and refuses the page's own <body>", async ({ page }) => {
  await page.goto(page_);
  await expect(frames(page)).toHaveCount(1);
  const bad = await page.evaluate(() => {
    const el = document.createElement("div");
    el.innerHTML = "<p>Our own content</p>";
    document.getElementById("app").appendChild(el);
    let error = null;
    try {
      window.rolefit.mount(el, { on: { ready: "not a function" } });
    } catch (e) {
      error = e.name;
    }
    return { error, html: el.innerHTML, mounted: el.hasAttribute("data-rolefit-mounted") };
  });
  expect(bad).toEqual({ error: "TypeError", html: "<p>Our own content</p>", mounted: false });
  const body = await page.evaluate(() => {
    try {
      window.rolefit.mount(document.body);
      return "mounted";
    } catch (e) {
      return e.name;
    }
  });
  expect(body).toBe("TypeError");
  await expect(page.getByRole("heading", { level: 1, name: "Product roles" })).toBeVisible();
  await expect(frames(page)).toHaveCount(1);
});
