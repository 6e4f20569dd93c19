// The widget is served with a strict Content Security Policy in every test
// (see playwright.config.js); this test makes the promise explicit.
import { test, expect } from "./fixtures.js";
import { answerQuiz, picks } from "./answer.js";
import { items, ui } from "./bank.js";

test("a whole run under the strict CSP reports no violation", async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto("./?theme=dark&accent=%23ffd700");
  expect(response.headers()["content-security-policy"]).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  );
  await page.getByRole("button", { name: ui.start }).click();
  await answerQuiz(page);
  await expect(page.getByRole("heading", { level: 2, name: ui.verdict_owner })).toBeVisible();
  // The accent was applied through the CSSOM, which the policy allows.
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--rf-accent-dark"));
  expect(accent.trim()).toBe("#ffd700");
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});
