// Who may put a button on the widget's own page: the site that hosts it (in
// the page's <meta> tags) or a page that embeds it, never a stranger's link.
import { test, expect } from "./fixtures.js";
import { answerQuiz, copyLink, picks } from "./answer.js";
import { ui } from "./bank.js";
import { withSiteSettings } from "./site.js";

const strangersLink =
  "./?owner-cta-label=Verify+your+account&owner-cta-url=https://evil.example/login" +
  "&manager-cta-label=Claim+your+prize&manager-cta-url=https://evil.example/prize" +
  "&owner%2Dcta%2Dlabel=Verify+again&share-base=https://evil.example/&slot=x&theme=dark";

/** Takes the quiz on the widget's page opened at `url`, answering with `pick`. */
async function finish(page, url, pick) {
  await page.goto(url);
  await page.getByRole("button", { name: ui.start }).click();
  await answerQuiz(page, { pick });
}

for (const pick of ["owner", "manager"]) {
  test(`a stranger's link shows none of its buttons on a ${pick} result, and its share link carries no option`, async ({ page }) => {
    page.allowProblem(/rolefit: ignoring option ((owner|manager)-cta-(label|url)|share-base|slot) in the address/);
    await finish(page, strangersLink, picks[pick]);
    await expect(page.locator(".rf-verdict")).toHaveAttribute("data-verdict", pick);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.getByRole("link", { name: /Verify|Claim/ })).toHaveCount(0);
    await expect(page.locator("a[href*='evil.example']")).toHaveCount(0);
    const link = await copyLink(page);
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#r=[A-Za-z0-9_-]+$/);
    // The person's result is kept where their own page keeps it, not under the link's slot.
    expect(await page.evaluate(() => Object.keys(localStorage).sort())).toContain("rolefit:result");
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(":x")))).toEqual([]);
  });
}

test("the site's own page sets its buttons and share base in <meta> tags, over any link", async ({ page }) => {
  page.allowProblem(/rolefit: ignoring option (manager-cta-(label|url)|slot) in the address/);
  await withSiteSettings(page, {
    "owner-cta-label": "Our product owner roles",
    "owner-cta-url": "https://careers.example.com/jobs?role=po",
    "share-base": "https://careers.example.com/quiz",
  });
  await finish(page, strangersLink, picks.owner);
  const cta = page.getByRole("link", { name: "Our product owner roles" });
  await expect(cta).toHaveAttribute("href", "https://careers.example.com/jobs?role=po");
  await expect(page.getByRole("link", { name: /Verify|Claim/ })).toHaveCount(0);
  expect(await copyLink(page)).toMatch(/^https:\/\/careers\.example\.com\/quiz#r=[A-Za-z0-9_-]+$/);
});

test("an invalid share base in the page's settings is ignored with one warning naming it", async ({ page }) => {
  page.allowProblem(/ignoring option share-base="javascript:alert\(1\)": it must be an http or https URL/);
  await withSiteSettings(page, { "share-base": "javascript:alert(1)" });
  await finish(page, "./?job=42", picks.owner);
  expect(await copyLink(page)).toMatch(/^http:\/\/127\.0\.0\.1:4173\/\?job=42#r=[A-Za-z0-9_-]+$/);
});
