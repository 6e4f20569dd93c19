// End-to-end tests against the release build in `../dist`, served locally,
// in Debian's Chromium (Playwright cannot download its own browser here).
import { defineConfig } from "@playwright/test";

const port = 4173;
const hostPort = 4174;

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  // Several tests answer the whole quiz more than once, and each new question
  // ignores the pointer for its first 0.3 s (the double-click guard), as a
  // person reading it would not notice: allow a minute per test.
  timeout: 60_000,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "phone", testIgnore: "typescript.spec.js", use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } },
    { name: "desktop", testIgnore: "typescript.spec.js", use: { viewport: { width: 1280, height: 800 } } },
    // The README's snippets against embed.d.ts: Node alone, once.
    { name: "types", testMatch: "typescript.spec.js" },
  ],
  webServer: [
    // The widget, under the strict Content Security Policy it promises to
    // work with: any violation shows up as a console error and fails a test.
    {
      command: `node serve.mjs ../dist ${port} --csp`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    // A debug build, whose `?debug-panic` trigger tests the panic hook.
    {
      command: `node serve.mjs ../target/dist-debug 4175 --csp`,
      url: `http://127.0.0.1:4175/`,
      reuseExistingServer: false,
    },
    // The same release build under a sub-path, as a career site would host it.
    {
      command: `node serve.mjs ../dist 4176 --csp --mount /careers/rolefit/`,
      url: `http://127.0.0.1:4176/careers/rolefit/`,
      reuseExistingServer: false,
    },
    // Host pages on another origin that embed it: examples/ and e2e/pages/.
    {
      command: `node serve.mjs .. ${hostPort} --rewrite https://widgets.example.com/rolefit/=http://127.0.0.1:${port}/`,
      url: `http://127.0.0.1:${hostPort}/examples/career-page.html`,
      reuseExistingServer: false,
    },
  ],
});
