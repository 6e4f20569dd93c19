// The plain iframe's height, which the configurator writes, comes from
// src/configurator/heights.json: per language, the tallest result (each
// verdict, with both calls to action, sections folded) in a frame 360 px
// wide. Each stored figure must hold what the real widget measures.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.js";
import { answerQuiz } from "./answer.js";
import { locale, tags } from "./bank.js";
import { hostPage } from "./pasted.js";

const stored = JSON.parse(readFileSync(new URL("../../src/configurator/heights.json", import.meta.url), "utf8"));

// Every answer toward one role, every one toward the other, and alternating
// (both fit, flagged as inconsistent): each verdict's result.
const verdicts = {
  owner: (item) => item.owner,
  manager: (item) => item.manager,
  both: (item, i) => (i % 2 === 0 ? item.owner : item.manager),
};

test("heights.json has a figure for every language, at the width it says", () => {
  expect(Object.keys(stored.heights).sort()).toEqual([...tags].sort());
  expect(stored.width).toBe(360);
});

for (const tag of tags) {
  test(`${tag}: the stored plain-iframe height holds the tallest result measured at 360 px`, async ({ page }, info) => {
    test.skip(info.project.name !== "phone", "measured at a phone's width only");
    test.setTimeout(180_000);
    const words = locale(tag);
    const options = new URLSearchParams({
      lang: tag,
      theme: "light",
      intro: "false",
      "owner-cta-label": "See our open product owner roles",
      "owner-cta-url": "https://careers.example.com/jobs?role=po",
      "manager-cta-label": "See our open product manager roles",
      "manager-cta-url": "https://careers.example.com/jobs?role=pm",
    });
    const measured = {};
    for (const [verdict, pick] of Object.entries(verdicts)) {
      // A fresh frame each time, 360 px wide, with a storage slot of its own (no saved run).
      await page.goto(hostPage(info, `heights-${verdict}.html`, `<!doctype html><html lang="${tag}"><meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Careers</title><link rel="icon" href="/examples/favicon.svg" /><body style="margin:0">
        <iframe src="http://127.0.0.1:4173/?${options}&slot=${verdict}" title="Quiz" style="display:block;border:0;width:${stored.width}px;height:600px"></iframe></body></html>`));
      const frame = page.frameLocator("iframe");
      await answerQuiz(frame, { words, pick });
      const role = frame.getByRole("link", { name: /See our open product/ });
      await expect(role).toHaveCount(verdict === "both" ? 2 : 1);
      measured[verdict] = await page.frames()[1].evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    }
    const tallest = Math.max(...Object.values(measured));
    console.log(`${tag}: ${JSON.stringify(measured)}`);
    expect(stored.heights[tag], `measured ${JSON.stringify(measured)}`).toBeGreaterThanOrEqual(tallest);
  });
}
