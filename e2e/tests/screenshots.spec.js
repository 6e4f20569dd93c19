// Screenshots for the README and for looking at every screen. Runs only with
// SCREENSHOTS=1 (`cargo xtask screenshots`), so `cargo xtask test` never
// rewrites tracked files.
import { test, expect } from "./fixtures.js";
import { answerQuiz } from "./answer.js";
import { locale, tags } from "./bank.js";

test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to write docs/screenshots");

const shot = (page, project, name) =>
  page.screenshot({ path: `../docs/screenshots/${project}-${name}.png`, fullPage: true, animations: "disabled" });

// English in both themes, then every other language (named by its first
// part, `de-`) in the light one.
const runs = [["light", tags[0], ""], ["dark", tags[0], ""]];
for (const tag of tags.slice(1)) runs.push(["light", tag, `${tag.split("-")[0]}-`]);

for (const [scheme, tag, prefix] of runs) test(`screens, ${prefix}${scheme}`, async ({ page }, info) => {
  const { items, ui } = locale(tag);
  const project = `${info.project.name}-${prefix}${scheme}`;
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`./?lang=${tag}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await shot(page, project, "intro");
  await page.getByRole("button", { name: ui.start }).click();
  const firstScale = items.findIndex((item) => item.kind === "scale");
  await answerQuiz(page, {
    words: locale(tag),
    pick: (item, i) => (i === 0 || i === 12 ? item.manager : item.owner),
    visit: async (i, stage) => {
      if (stage !== "answered") return;
      if (i === 0) await shot(page, project, "choice");
      if (i === firstScale) await shot(page, project, "scale");
    },
  });
  await shot(page, project, "result");
  // The same result as a friend who opens its link sees it.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: ui.share_copy }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto(link.replace("#", `?lang=${tag}#`));
  await expect(page.getByText(ui.shared_kicker)).toBeVisible();
  await shot(page, project, "shared");
});
