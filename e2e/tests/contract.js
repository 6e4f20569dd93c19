// The contract the widget's Rust code writes out (src/contract.rs): its
// languages, option names, events, warning words and share links, with link
// fixtures made and checked by the real codec. Nothing here copies them by
// hand. The first import in a run writes it afresh to
// e2e/generated/contract.json (ignored by git); Playwright's workers, started
// after that with the runner's environment, read the same file.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const file = fileURLToPath(new URL("../generated/contract.json", import.meta.url));

if (process.env.ROLEFIT_CONTRACT !== file) {
  const json = execFileSync("cargo", ["run", "--quiet", "--example", "contract"], {
    cwd: fileURLToPath(new URL("../../", import.meta.url)),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  mkdirSync(fileURLToPath(new URL("../generated/", import.meta.url)), { recursive: true });
  writeFileSync(file, json);
  process.env.ROLEFIT_CONTRACT = file;
}

export const contract = JSON.parse(readFileSync(file, "utf8"));
