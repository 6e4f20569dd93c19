// Four languages: the reader's language decides, a switch changes it at any
// step without losing an answer, only the language in use is downloaded, and
// links carry no language.
import { test, expect } from "./fixtures.js";
import { answerQuiz, picks } from "./answer.js";
import { locale, fill, tags } from "./bank.js";

const en = locale("en-GB");
const de = locale("de-DE");
const total = en.items.length;


async function result(page) {
  return {
    fits: await page.locator(".rf-fit-number").allTextContents(),
    bars: await page.locator(".rf-dim-marker").evaluateAll((els) => els.map((e) => e.getAttribute("cx"))),
  };
}

test.describe("a German reader", () => {
  test.use({ locale: "de-DE" });

  test("takes the whole quiz in German and gets the same result as in English", async ({ page, browser }) => {
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: de.ui.app_title })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de-DE");
    expect(await page.title()).toBe(`${de.ui.app_title} · rolefit`);
    await expect(page.getByText(fill(de.ui.intro_questions, { count: total }))).toBeVisible();
    await page.getByRole("button", { name: de.ui.start }).click();
    await expect(page.locator(".rf-progress-text")).toHaveText(fill(de.ui.progress, { current: 1, total }));
    await answerQuiz(page, { words: de });
    await expect(page.getByRole("heading", { level: 2, name: de.ui.verdict_owner })).toBeVisible();
    await expect(page.getByRole("heading", { name: fill(de.ui.profile_heading, { role: de.profiles.owner.name }) })).toBeVisible();
    const german = await result(page);

    // The same answers in English: the identical numbers.
    const context = await browser.newContext({ locale: "en-GB" });
    const english = await context.newPage();
    await english.goto("./");
    await english.getByRole("button", { name: en.ui.start }).click();
    await answerQuiz(english, { words: en });
    await expect(english.getByRole("heading", { level: 2, name: en.ui.verdict_owner })).toBeVisible();
    expect(await result(english)).toEqual(german);
    expect(german.fits).toEqual(["100", "0"]);

    // A link made in German opens in English for an English reader.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: de.ui.share_copy }).click();
    await expect(page.getByRole("status")).toHaveText(de.ui.share_copied);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const reader = await context.newPage();
    await reader.goto(link);
    await expect(reader.getByText(en.ui.shared_kicker)).toBeVisible();
    await expect(reader.getByRole("heading", { level: 2, name: en.ui.shared_verdict_owner })).toBeVisible();
    expect(await result(reader)).toEqual(german);
    expect(await reader.evaluate(() => document.documentElement.lang)).toBe("en-GB");
    await context.close();
  });
});

test("the lang option wins over the browser's language, and links leave it out", async ({ page }) => {
  await page.goto("./?lang=de");
  await expect(page.getByRole("heading", { level: 1, name: de.ui.app_title })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de-DE");
  await page.getByRole("button", { name: de.ui.start }).click();
  await answerQuiz(page, { words: de });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: de.ui.share_copy }).click();
  await expect(page.getByRole("status")).toHaveText(de.ui.share_copied);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).search).toBe("");
});

test("switching language mid-quiz keeps every answer, and switching back too", async ({ page }) => {
  await page.goto("./");
  const languages = page.getByRole("navigation", { name: en.ui.language_label });
  await expect(languages.getByRole("button", { name: en.ui.language_name })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: en.ui.start }).click();
  for (let i = 0; i < 3; i++) {
    await page.getByRole("radio", { name: en.items[i].owner, exact: true }).check();
    await page.getByRole("button", { name: en.ui.next }).click();
  }
  await page.getByRole("radio", { name: en.items[3].manager, exact: true }).check();

  await languages.getByRole("button", { name: de.ui.language_name }).click();
  const german = page.getByRole("navigation", { name: de.ui.language_label });
  await expect(german.getByRole("button", { name: de.ui.language_name })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de-DE");
  await expect(page.getByRole("heading", { level: 2, name: de.items[3].text })).toBeVisible();
  await expect(page.getByRole("radio", { name: de.items[3].manager, exact: true })).toBeChecked();
  await expect(page.locator(".rf-progress-text")).toHaveText(fill(de.ui.progress, { current: 4, total }));
  for (let i = 2; i >= 0; i--) {
    await page.getByRole("button", { name: de.ui.back }).click();
    await expect(page.getByRole("radio", { name: de.items[i].owner, exact: true })).toBeChecked();
  }

  await german.getByRole("button", { name: en.ui.language_name }).click();
  await expect(page.getByRole("heading", { level: 2, name: en.items[0].text })).toBeVisible();
  await expect(page.getByRole("radio", { name: en.items[0].owner, exact: true })).toBeChecked();
  // A reload resumes the quiz, in the language picked last.
  await page.getByRole("button", { name: de.ui.language_name }).click();
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: de.items[0].text })).toBeVisible();
  await expect(page.getByRole("radio", { name: de.items[0].owner, exact: true })).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("de-DE");
});

test("the result screen switches language in place", async ({ page }) => {
  await page.goto("./?intro=false");
  await answerQuiz(page, { words: en });
  await expect(page.getByRole("heading", { level: 2, name: en.ui.verdict_owner })).toBeVisible();
  const before = await result(page);
  await page.getByRole("button", { name: de.ui.language_name }).click();
  await expect(page.getByRole("heading", { level: 2, name: de.ui.verdict_owner })).toBeVisible();
  await expect(page.getByRole("heading", { name: de.ui.dimensions_heading })).toBeVisible();
  expect(await result(page)).toEqual(before);
});

test("a stored language that is garbage or unknown is ignored quietly", async ({ page }) => {
  for (const stored of ["<img src=x onerror=alert(1)>", "sv-SE", ""]) {
    await page.addInitScript((value) => localStorage.setItem("rolefit:language", value), stored);
    await page.goto("./");
    await expect(page.getByRole("heading", { level: 1, name: en.ui.app_title })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-GB");
  }
});

test("the same answers give identical fits and bars in every language", async ({ page }) => {
  // A whole run per language.
  test.setTimeout(20_000 * tags.length);
  const results = {};
  for (const tag of tags) {
    const words = locale(tag);
    await page.goto(`./?lang=${tag}&intro=false`);
    // A mixed answerer: a result with numbers that are neither 0 nor 100.
    await answerQuiz(page, { words, pick: picks.mixed });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(tag);
    results[tag] = await result(page);
    await page.evaluate(() => [localStorage, sessionStorage].forEach((s) => s.clear()));
  }
  for (const tag of tags) expect(results[tag], tag).toEqual(results["en-GB"]);
  expect(results["en-GB"].fits).not.toEqual(["100", "0"]);
});

test("the switch names every language in its own name", async ({ page }) => {
  await page.goto("./");
  const languages = page.getByRole("navigation", { name: en.ui.language_label }).getByRole("button");
  await expect(languages).toHaveText(tags.map((tag) => locale(tag).ui.language_name));
  for (const [i, tag] of tags.entries()) await expect(languages.nth(i)).toHaveAttribute("lang", tag);
});

test("only the language in use is downloaded, each once, and only when picked", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes("/words/")) fetched.push(path.split("/").pop().replace(/-[0-9a-f]+\.txt$/, ""));
  });
  await page.goto("./?lang=fr");
  const fr = locale("fr-FR");
  await expect(page.getByRole("heading", { level: 1, name: fr.ui.app_title })).toBeVisible();
  expect(fetched).toEqual(["fr-FR"]);
  // Someone who never switches makes no request after the first load.
  await page.getByRole("button", { name: fr.ui.start }).click();
  await page.getByRole("radio", { name: fr.items[0].owner, exact: true }).check();
  expect(fetched).toEqual(["fr-FR"]);

  const es = locale("es-ES");
  await page.getByRole("button", { name: es.ui.language_name }).click();
  await expect(page.getByRole("heading", { level: 2, name: es.items[0].text })).toBeVisible();
  await expect(page.getByRole("radio", { name: es.items[0].owner, exact: true })).toBeChecked();
  await page.getByRole("button", { name: fr.ui.language_name }).click();
  await expect(page.getByRole("heading", { level: 2, name: fr.items[0].text })).toBeVisible();
  await page.getByRole("button", { name: es.ui.language_name }).click();
  await expect(page.getByRole("heading", { level: 2, name: es.items[0].text })).toBeVisible();
  expect(fetched, "each language once, however often the person switches").toEqual(["fr-FR", "es-ES"]);
});

test("a switch that cannot download stays in the current language and says so, in it", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: en.ui.start }).click();
  await page.getByRole("radio", { name: en.items[0].manager, exact: true }).check();
  await page.getByRole("button", { name: en.ui.next }).click();

  // Offline, as far as German's words are concerned.
  page.allowProblem(/ERR_INTERNET_DISCONNECTED/);
  await page.route("**/words/de-DE-*", (route) => route.abort("internetdisconnected"));
  await page.getByRole("button", { name: de.ui.language_name }).click();
  const status = page.locator(".rf-lang-status");
  await expect(status).toHaveText(fill(en.ui.language_failed, { language: de.ui.language_name }));
  await expect(status).toHaveAttribute("aria-live", "polite");
  await expect(page.getByRole("heading", { level: 2, name: en.items[1].text })).toBeVisible();
  await expect(page.getByRole("button", { name: en.ui.language_name })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-GB");
  expect(await page.evaluate(() => localStorage.getItem("rolefit:language"))).toBeNull();
  await page.getByRole("button", { name: en.ui.back }).click();
  await expect(page.getByRole("radio", { name: en.items[0].manager, exact: true })).toBeChecked();

  // Back online: the same button works, and the message goes.
  await page.unroute("**/words/de-DE-*");
  await page.getByRole("button", { name: de.ui.language_name }).click();
  await expect(page.getByRole("heading", { level: 2, name: de.items[0].text })).toBeVisible();
  await expect(page.getByRole("radio", { name: de.items[0].manager, exact: true })).toBeChecked();
  await expect(status).toBeEmpty();
});

test("a page whose words cannot load says so, with a way to try again", async ({ page }) => {
  page.allowProblem(/ERR_INTERNET_DISCONNECTED/);
  await page.route("**/words/**", (route) => route.abort("internetdisconnected"));
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("could not be loaded");
  await expect(page.getByRole("alert").getByRole("link", { name: "try again" })).toBeVisible();
});

const fr = locale("fr-FR");

/** Ways a language's words can fail to arrive, as a route handler each. */
const broken = {
  "not found (404)": (route) => route.fulfill({ status: 404, body: "not found" }),
  "a server error (500)": (route) => route.fulfill({ status: 500, body: "server error" }),
  "from another build": async (route) => {
    const text = await (await route.fetch()).text();
    await route.fulfill({ contentType: "text/plain", body: `${text}a line this build does not have\n` });
  },
  truncated: async (route) => {
    const text = await (await route.fetch()).text();
    await route.fulfill({ contentType: "text/plain", body: text.slice(0, text.length / 2) });
  },
  empty: (route) => route.fulfill({ contentType: "text/plain", body: "" }),
  "2 MB": async (route) => {
    const text = await (await route.fetch()).text();
    await route.fulfill({ contentType: "text/plain", body: text + "x\n".repeat(1 << 20) });
  },
  "never answered": () => {},
};

for (const [failure, serve] of Object.entries(broken)) {
  test(`a remembered language whose words are ${failure} gives way to the next, which says so`, async ({ page }) => {
    page.allowProblem(/Failed to load resource/);
    await page.goto("./");
    await page.evaluate(() => localStorage.setItem("rolefit:language", "fr-FR"));
    await page.route("**/words/fr-FR-*", serve);
    await page.reload();
    // Within the words' timeout, for a request that hangs.
    await expect(page.getByRole("heading", { level: 1, name: en.ui.app_title })).toBeVisible({ timeout: 8_000 });
    const status = page.locator(".rf-lang-status");
    await expect(status).toHaveText(fill(en.ui.language_fallback, { language: fr.ui.language_name }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-GB");
    await expect(page.getByRole("button", { name: en.ui.language_name })).toHaveAttribute("aria-pressed", "true");
    // The person's pick stays theirs: a passing failure does not undo it.
    expect(await page.evaluate(() => localStorage.getItem("rolefit:language"))).toBe("fr-FR");
    await page.getByRole("button", { name: en.ui.start }).click();
    await expect(page.getByRole("heading", { level: 2, name: en.items[0].text })).toBeVisible();

    // Once the words can be had, the switch brings them, and the line goes.
    await page.unroute("**/words/fr-FR-*");
    await page.getByRole("button", { name: fr.ui.language_name }).click();
    await expect(page.getByRole("heading", { level: 2, name: fr.items[0].text })).toBeVisible();
    await expect(status).toBeEmpty();
  });
}

test("after a fallback, picking the language shown makes it the pick and ends the message", async ({ page }) => {
  page.allowProblem(/Failed to load resource/);
  await page.goto("./");
  await page.evaluate(() => localStorage.setItem("rolefit:language", "fr-FR"));
  await page.route("**/words/fr-FR-*", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.reload();
  const status = page.locator(".rf-lang-status");
  await expect(status).toHaveText(fill(en.ui.language_fallback, { language: fr.ui.language_name }));
  await page.getByRole("button", { name: en.ui.language_name }).click();
  await expect(status).toBeEmpty();
  expect(await page.evaluate(() => localStorage.getItem("rolefit:language"))).toBe("en-GB");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: en.ui.app_title })).toBeVisible();
  await expect(status).toBeEmpty();
});

test.describe("a German reader on a page set to French", () => {
  test.use({ locale: "de-DE" });

  test("gets German when the French words cannot be loaded, and is told so in German", async ({ page }) => {
    page.allowProblem(/Failed to load resource/);
    await page.route("**/words/fr-FR-*", (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto("./?lang=fr");
    await expect(page.getByRole("heading", { level: 1, name: de.ui.app_title })).toBeVisible();
    await expect(page.locator(".rf-lang-status")).toHaveText(fill(de.ui.language_fallback, { language: fr.ui.language_name }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("de-DE");
    expect(await page.evaluate(() => localStorage.getItem("rolefit:language"))).toBeNull();
  });
});

test("words that never arrive leave no blank page: it says it could not load, within seconds", async ({ page }) => {
  await page.route("**/words/**", () => {});
  await page.goto("./");
  await expect(page.getByRole("alert")).toContainText("could not be loaded", { timeout: 8_000 });
});

test("a browser without AbortSignal.timeout still loads its words and switches language", async ({ page }) => {
  // Chrome before 103, Firefox before 100, Safari before 16.
  await page.addInitScript(() => { delete AbortSignal.timeout; });
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: en.ui.app_title })).toBeVisible();
  await page.getByRole("navigation", { name: en.ui.language_label }).getByRole("button", { name: de.ui.language_name }).click();
  await expect(page.getByRole("heading", { level: 1, name: de.ui.app_title })).toBeVisible();
});
