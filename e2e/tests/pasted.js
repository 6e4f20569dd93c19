// A host page written by a test: the HTML is saved among the test's output
// and served by the host-page server (another origin than the widget), so
// the browser parses it as it would a real careers page, headers and all.
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Saves `html` as a page for this test and returns its address on the host origin. */
export function hostPage(info, name, html) {
  const file = info.outputPath(name);
  writeFileSync(file, html);
  return `http://127.0.0.1:4174/${relative(root, file).split("\\").join("/")}`;
}
