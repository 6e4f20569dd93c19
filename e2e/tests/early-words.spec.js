// The first screen's words are requested beside the glue and the wasm, by
// boot.js, not after the wasm runs. boot.js applies the widget's language
// rule (the stored pick, the `lang` option, the browser's languages, the
// default) to the table the build writes into the page; the widget applies
// its own and decides. These tests hold the two rules to the same answers
// over a table of cases, and show that a wrong or failed early request costs
// time, never the language.
import { test, expect } from "./fixtures.js";
import { contract } from "./contract.js";
import { withHead, withPage, withSiteSettings } from "./site.js";

/** The language table the build writes into the page (minified). */
const TABLE = /<script id=rolefit-words[^>]*>[^<]*<\/script>/;
const file = (tag) => contract.languages.find((language) => language.tag === tag).file;
const tagOf = (url) => contract.languages.find((language) => url.endsWith(language.file))?.tag;

/** Every request for a words file, in order, by language tag. */
function wordsRequests(page) {
  const requests = [];
  page.on("request", (request) => {
    if (request.url().includes("/words/")) requests.push(tagOf(request.url()) ?? request.url());
  });
  return requests;
}

/**
 * Records each fetch() of a words file in the page, and whether boot.js
 * made it (before the glue defines `wasm_bindgen`) or the widget did.
 */
async function recordWordsFetches(page) {
  await page.addInitScript(() => {
    window.wordsFetches = [];
    const fetch = window.fetch;
    window.fetch = function (input, ...rest) {
      if (String(input).includes("words/")) {
        // The glue declares `wasm_bindgen` with `let`: a global, but not on window.
        window.wordsFetches.push({ file: String(input), by: typeof wasm_bindgen === "undefined" ? "boot.js" : "widget" });
      }
      return fetch.call(this, input, ...rest);
    };
  });
  return () => page.evaluate(() => window.wordsFetches);
}

/** The widget has started, in the language it chose. */
async function shownLanguage(page) {
  await expect(page.getByRole("button").first()).toBeVisible();
  return page.evaluate(() => document.documentElement.lang);
}

test.describe("on a slow network", () => {
  for (const { tag } of contract.languages) {
    test(`the ${tag} words are requested before the wasm has finished arriving`, async ({ page }) => {
      // A phone's bandwidth, so that the wasm takes a second to arrive.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 20,
        downloadThroughput: 1_600_000 / 8,
        uploadThroughput: 750_000 / 8,
      });
      const finished = new Map();
      page.on("requestfinished", (request) => finished.set(new URL(request.url()).pathname, request));
      const requests = wordsRequests(page);
      await page.goto(`./?lang=${tag}`);
      expect(await shownLanguage(page)).toBe(tag);
      expect(requests, "one request for the words, in the widget's language").toEqual([tag]);

      const words = [...finished.values()].find((request) => request.url().endsWith(file(tag)));
      const wasm = [...finished.values()].find((request) => request.url().endsWith(".wasm"));
      const wordsStart = words.timing().startTime;
      const { startTime: wasmStart, responseEnd } = wasm.timing();
      expect(responseEnd).toBeGreaterThan(0);
      // Well before: in the first three quarters of the wasm's download,
      // where a request made once the wasm runs comes just after its end.
      const wasmEnd = wasmStart + responseEnd;
      const before = `the words request starts ${Math.round(wasmEnd - wordsStart)} ms before the wasm's ${Math.round(responseEnd)} ms end`;
      expect(wordsStart, before).toBeLessThan(wasmEnd - responseEnd / 4);
    });
  }
});

/**
 * Cases for the language rule: how the page is set up, and the language the
 * widget must start in. Each runs in the page, and the test checks that the
 * early request and the widget agree: one words request, in that language.
 */
const cases = [
  { name: "the browser's language", languages: ["de-DE"], expected: "de-DE" },
  { name: "the browser's first language the widget speaks", languages: ["sv-SE", "de-AT", "fr-FR"], expected: "de-DE" },
  { name: "a browser language by its primary subtag only", languages: ["fr"], expected: "fr-FR" },
  { name: "no browser language the widget speaks: the default", languages: ["zh-CN", "sv"], expected: "en-GB" },
  { name: "the lang option over the browser's language", languages: ["de-DE"], query: "lang=es-ES", expected: "es-ES" },
  { name: "a lang option in another case, with white space", languages: ["de-DE"], query: "lang=%20FR-fr%0A", expected: "fr-FR" },
  { name: "a lang option with an underscore", languages: ["en-GB"], query: "lang=de_CH", expected: "de-DE" },
  { name: "a lang option the widget does not speak", languages: ["es-ES"], query: "lang=xx-YY", expected: "es-ES" },
  { name: "an empty lang option", languages: ["fr-FR"], query: "lang=", expected: "fr-FR" },
  { name: "the page's lang setting over the address's", languages: ["en-GB"], query: "lang=de-DE", site: { lang: "fr-FR" }, expected: "fr-FR" },
  { name: "a page setting the widget does not speak hides the address's", languages: ["es-ES"], query: "lang=de-DE", site: { lang: "xx" }, expected: "es-ES" },
  { name: "the stored pick over the lang option", languages: ["en-GB"], query: "lang=de-DE", stored: "es-ES", expected: "es-ES" },
  { name: "a stored pick by its primary subtag", languages: ["en-GB"], stored: "de", expected: "de-DE" },
  { name: "a stored pick the widget does not speak", languages: ["en-GB"], query: "lang=fr-FR", stored: "tlh", expected: "fr-FR" },
  { name: "a stored pick with white space around it", languages: ["en-GB"], stored: " fr-FR\t", expected: "fr-FR" },
  { name: "blocked storage", languages: ["es-ES"], blocked: true, expected: "es-ES" },
  { name: "an empty page setting hides the address's", languages: ["es-ES"], query: "lang=de-DE", site: { lang: "" }, expected: "es-ES" },
  { name: "a page setting without content leaves the address's", languages: ["es-ES"], query: "lang=de-DE", meta: '<meta name="rolefit:lang">', expected: "de-DE" },
  { name: "a browser that lists no languages", languages: [], expected: "en-GB" },
];

for (const { name, languages, query, site, meta, stored, blocked, expected } of cases) {
  test(`boot.js and the widget choose the same language: ${name}`, async ({ page }) => {
    page.allowProblem(/ignoring option lang=/);
    await page.addInitScript(
      ({ languages, stored, blocked }) => {
        Object.defineProperty(Navigator.prototype, "languages", { get: () => languages });
        Object.defineProperty(Navigator.prototype, "language", { get: () => languages[0] });
        if (blocked) {
          Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
        } else if (stored !== undefined && !sessionStorage.getItem("stored")) {
          // Once, before the page's scripts: a later save by the widget stays.
          sessionStorage.setItem("stored", "1");
          localStorage.setItem("rolefit:language", stored);
        }
      },
      { languages, stored, blocked },
    );
    if (site) await withSiteSettings(page, site);
    if (meta) await withHead(page, meta);
    const fetches = await recordWordsFetches(page);
    const requests = wordsRequests(page);
    await page.goto(`./${query ? `?${query}` : ""}`);
    expect(await shownLanguage(page)).toBe(expected);
    expect(await fetches(), "boot.js asked early for the widget's language, and the widget asked nothing more").toEqual([
      { file: file(expected), by: "boot.js" },
    ]);
    expect(requests).toEqual([expected]);
  });
}

test("an early request that fails is made again: the widget still starts in its language", async ({ page }) => {
  page.allowProblem(/Failed to load resource/);
  const requests = wordsRequests(page);
  let failed = false;
  await page.route("**/words/de-DE-*", (route) => {
    if (failed) return route.continue();
    failed = true;
    return route.abort("connectionreset");
  });
  const fetches = await recordWordsFetches(page);
  await page.goto("./?lang=de-DE");
  expect(await shownLanguage(page)).toBe("de-DE");
  expect(requests).toEqual(["de-DE", "de-DE"]);
  expect((await fetches()).map(({ by }) => by)).toEqual(["boot.js", "widget"]);
  await expect(page.locator(".rf-lang-status")).toBeEmpty();
});

test("an early request that never answers gives way to the next language once the widget's deadline passes", async ({ page }) => {
  page.allowProblem(/Failed to load resource/);
  await page.route("**/words/de-DE-*", () => {});
  const requests = wordsRequests(page);
  await page.goto("./?lang=de-DE");
  // The early request has the widget's deadline; it is not asked again.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 8_000 });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-GB");
  expect(requests).toEqual(["de-DE", "en-GB"]);
});

test("an early request for a language the widget would not pick changes nothing but the time", async ({ page }) => {
  // A page whose table (written by an older build, say) leads boot.js to French.
  await withPage(page, (text) => {
    const edited = text.replace(TABLE, () => {
      const table = JSON.stringify({ languages: [["fr-FR", file("fr-FR")]], timeout: contract.words.timeout });
      return `<script id=rolefit-words type=application/json>${table}</script>`;
    });
    expect(edited).toContain(file("fr-FR"));
    return edited;
  });
  const requests = wordsRequests(page);
  const fetches = await recordWordsFetches(page);
  await page.goto("./?lang=de-DE");
  expect(await shownLanguage(page)).toBe("de-DE");
  expect(requests).toEqual(["fr-FR", "de-DE"]);
  expect(await fetches()).toEqual([
    { file: file("fr-FR"), by: "boot.js" },
    { file: file("de-DE"), by: "widget" },
  ]);
});

test("words that arrive long before the wasm are not timed out: the deadline starts when the widget waits", async ({ page }) => {
  // A slow line: the wasm arrives after the words' deadline has passed since
  // boot.js asked for them.
  await page.route("**/*.wasm", async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    await route.fulfill({ response });
  });
  const requests = wordsRequests(page);
  await page.goto("./?lang=de-DE");
  await expect(page.getByRole("button").first()).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de-DE");
  await expect(page.locator(".rf-lang-status")).toBeEmpty();
  expect(requests).toEqual(["de-DE"]);
});

test("a page without its language table still starts, in its language", async ({ page }) => {
  await withPage(page, (text) => {
    const edited = text.replace(TABLE, "");
    expect(edited).not.toContain("rolefit-words");
    return edited;
  });
  const requests = wordsRequests(page);
  const fetches = await recordWordsFetches(page);
  await page.goto("./?lang=es-ES");
  expect(await shownLanguage(page)).toBe("es-ES");
  expect(requests).toEqual(["es-ES"]);
  expect(await fetches()).toEqual([{ file: file("es-ES"), by: "widget" }]);
});
