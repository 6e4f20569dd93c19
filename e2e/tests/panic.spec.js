// A panic replaces the widget with an apology and a reload button, and tells
// an embedding page. The trigger (`?debug-panic`) exists only in debug builds,
// which the tests serve on port 4175.
import { test as plain, expect } from "@playwright/test";
import { test } from "./fixtures.js";
import { ui } from "./bank.js";

const debug = "http://127.0.0.1:4175/";

plain("a panic shows an apology and a reload button instead of a dead page", async ({ page }) => {
  await page.goto(`${debug}?debug-panic`);
  await expect(page.getByRole("heading", { level: 1, name: ui.crash_heading })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(ui.crash_body)).toBeVisible();
  const reload = page.getByRole("button", { name: ui.crash_reload });
  await expect(reload).toBeFocused();
  await Promise.all([page.waitForEvent("load"), reload.click()]);
  await expect(page.getByRole("heading", { level: 1, name: ui.crash_heading })).toBeVisible({ timeout: 30_000 });
});

plain("an embedding page hears about the panic through the error event", async ({ page }) => {
  await page.goto("http://127.0.0.1:4174/e2e/pages/panic.html");
  // A debug build's wasm is large and slow to compile: allow it time.
  await expect.poll(() => page.evaluate(() => window.received), { timeout: 30_000 }).toContainEqual({ type: "rolefit:v1:error", detail: { code: "panic" } });
});

test("the release build has no panic trigger", async ({ page }) => {
  await page.goto("./?debug-panic");
  await expect(page.getByRole("heading", { level: 1, name: ui.app_title })).toBeVisible();
});
