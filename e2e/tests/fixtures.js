// Every test fails if the page logs a console error or throws, except for
// what a test says it expects (`page.allowProblem(/…/)`, such as the
// browser's own report of a request the test made fail on purpose).
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    const allowed = [];
    page.allowProblem = (pattern) => allowed.push(pattern);
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await use(page);
    const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
    expect(unexpected, "console errors, warnings and page errors").toEqual([]);
  },
});

export { expect };
