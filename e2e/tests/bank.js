// Reads the same `questions/` files the widget is built from, so the tests
// know which answer points to which role without hard-coding any text.
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { contract } from "./contract.js";

const read = (name) => parse(readFileSync(new URL(`../../questions/${name}`, import.meta.url), "utf8"));

const bank = read("bank.toml");

/** The words of one language, as the widget shows them: `ui` strings and,
 * for each item, its text and the option texts pointing most to each role. */
export function locale(tag) {
  const ui = read(`${tag}/ui.toml`);
  const texts = read(`${tag}/items.toml`);
  const profiles = read(`${tag}/profiles.toml`);
  const scale = [ui.scale_strongly_disagree, ui.scale_disagree, ui.scale_neutral, ui.scale_agree, ui.scale_strongly_agree];
  const items = bank.item.map((item) => {
    const text = texts.item[item.id].text;
    if (item.kind === "scale") {
      const agree = scale[4];
      const disagree = scale[0];
      return {
        text,
        kind: "scale",
        owner: item.leans === "owner" ? agree : disagree,
        manager: item.leans === "owner" ? disagree : agree,
        middle: scale[2],
      };
    }
    const best = (role, other) =>
      texts.item[item.id].option[[...item.option].sort((a, b) => b[role] - a[role] || a[other] - b[other])[0].id];
    return { text, kind: "choice", owner: best("owner", "manager"), manager: best("manager", "owner") };
  });
  return { tag, ui, items, profiles };
}

/** Every language the widget speaks, in the order the switch lists them. */
export const tags = contract.languages.map((language) => language.tag);

/** The language whose words take the most room: the one to test layout with. */
export const longest = tags
  .map((tag) => {
    const { ui, items, profiles } = locale(tag);
    const length = JSON.stringify([ui, items, profiles]).length;
    return { tag, length };
  })
  .sort((a, b) => b.length - a.length)[0].tag;

const en = locale("en-GB");
export const ui = en.ui;
export const items = en.items;

export const fill = (template, values) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{${key}}`, String(value)), template);
