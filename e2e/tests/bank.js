// Reads the same `questions/` files the widget is built from, so the tests
// know which answer points to which role without hard-coding any text.
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

const read = (name) => parse(readFileSync(new URL(`../../questions/${name}`, import.meta.url), "utf8"));

export const ui = read("ui.toml");
const bank = read("bank.toml");

const scale = [ui.scale_strongly_disagree, ui.scale_disagree, ui.scale_neutral, ui.scale_agree, ui.scale_strongly_agree];

/** For each item: its text, and the option text that points most to each role. */
export const items = bank.item.map((item) => {
  if (item.kind === "scale") {
    const agree = scale[4];
    const disagree = scale[0];
    return {
      text: item.text,
      kind: "scale",
      owner: item.leans === "owner" ? agree : disagree,
      manager: item.leans === "owner" ? disagree : agree,
      middle: scale[2],
    };
  }
  const best = (role, other) =>
    [...item.option].sort((a, b) => b[role] - a[role] || a[other] - b[other])[0].text;
  return { text: item.text, kind: "choice", owner: best("owner", "manager"), manager: best("manager", "owner") };
});

export const fill = (template, values) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, String(value)), template);
