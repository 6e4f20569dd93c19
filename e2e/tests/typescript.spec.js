// Every script snippet in the README type-checks under `--strict` against
// src/embed.d.ts, with the TypeScript pinned in package.json: the API, the
// events listener, the queue line (each inline <script> of an html block)
// and React (tsx). The Vue block is left out: it needs Vue's own types.
// Runs in Node alone (the "types" project), no browser.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect } from "@playwright/test";
import ts from "typescript";

const root = fileURLToPath(new URL("../../", import.meta.url));
const typesFile = `${root}src/embed.d.ts`;

/** The README's script snippets: `{ name, kind: "ts" | "tsx", code }`, each with the line it starts on. */
function snippets() {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const found = [];
  const fence = /^( *)```(\w*)\n([\s\S]*?)^\1```$/gm;
  for (const [whole, indent, lang, body] of readme.matchAll(fence)) {
    const line = readme.slice(0, readme.indexOf(whole)).split("\n").length;
    const code = body.replace(new RegExp(`^${indent}`, "gm"), "");
    if (lang === "js" || lang === "ts") found.push({ name: `README line ${line} (${lang})`, kind: "ts", code });
    else if (lang === "jsx" || lang === "tsx") found.push({ name: `README line ${line} (${lang})`, kind: "tsx", code });
    else if (lang === "html") {
      for (const [, attributes, script] of code.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/\bsrc=/.test(attributes) && script.trim()) found.push({ name: `README line ${line} (html <script>)`, kind: "ts", code: script });
      }
    }
  }
  return found;
}

// What a snippet may take from the page around it: an analytics object, and
// React's hooks and JSX as React's own types declare them (React is not a
// dependency of the tests).
const prelude = `
declare const analytics: { track(event: string, properties?: object): void };
declare function useRef<T>(initialValue: T): { current: T };
declare function useRef<T>(initialValue: T | null): { current: T | null };
declare function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
declare namespace JSX {
  interface Element {}
  interface IntrinsicElements { div: { ref?: { current: HTMLDivElement | null } } }
}
`;

/** The diagnostics of each `{ code, kind }` (a .ts or .tsx script), as "line: message" strings. */
function check(scripts) {
  const files = { "/readme/prelude.d.ts": prelude };
  // Each its own module, so top-level names of two snippets never meet.
  const names = scripts.map(({ code, kind }, i) => {
    files[`/readme/snippet${i}.${kind}`] = `${code}\nexport {};\n`;
    return `/readme/snippet${i}.${kind}`;
  });
  const options = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.Preserve,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name in files ? ts.createSourceFile(name, files[name], version) : read(name, version);
  host.fileExists = ((exists) => (name) => name in files || exists(name))(host.fileExists.bind(host));
  host.readFile = ((readFile) => (name) => files[name] ?? readFile(name))(host.readFile.bind(host));
  const program = ts.createProgram([typesFile, ...Object.keys(files)], options, host);
  const text = (d) => {
    const where = d.file ? `line ${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : "";
    return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  };
  // Whatever is wrong outside the snippets (embed.d.ts itself, the prelude) counts against each.
  const common = [...program.getGlobalDiagnostics(), ...program.getOptionsDiagnostics(),
    ...[typesFile, "/readme/prelude.d.ts"].flatMap((f) => ts.getPreEmitDiagnostics(program, program.getSourceFile(f)))].map(text);
  return names.map((name) => [...common, ...ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map(text)]);
}

test("the README's script snippets are all found: the API, the events listener, the queue line and React", () => {
  const found = snippets();
  expect(found.some((s) => /window\.rolefit\.mount\(/.test(s.code) && /\.popup\(/.test(s.code))).toBe(true);
  expect(found.some((s) => /addEventListener\("rolefit:complete"/.test(s.code))).toBe(true);
  expect(found.filter((s) => /\.q\.push\(/.test(s.code))).toHaveLength(2);
  expect(found.some((s) => s.kind === "tsx" && /useRef/.test(s.code))).toBe(true);
});

test("every script snippet in the README type-checks under --strict against embed.d.ts", () => {
  expect(ts.version).toBe(JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).devDependencies.typescript);
  const found = snippets();
  const diagnostics = check(found);
  for (const [i, { name, code }] of found.entries()) expect.soft(diagnostics[i], `${name}:\n${code}`).toEqual([]);
});

test("the types refuse what the widget refuses, say a queued call returns nothing, and know every option and event", () => {
  const wrong = [
    // A theme the widget does not know.
    `window.rolefit.version && window.rolefit.mount(document.body, { theme: "purple" });`,
    // An event that does not exist.
    `window.rolefit.version && window.rolefit.mount(document.body).on("finish", () => {});`,
    // Through the queue, mount() returns nothing: its result may be undefined.
    `const handle = window.rolefit.mount(document.body); handle.destroy();`,
    // Before embed.js has loaded there is no popup().
    `window.rolefit.popup();`,
    // A possibly missing element.
    `window.rolefit.mount(document.querySelector("#quiz"));`,
  ];
  const right = [
    `if (window.rolefit.version) window.rolefit.popup().open();`,
    `if (window.rolefit.version) window.rolefit.mount(document.body, {
      ownerCtaLabel: "Open roles", ownerCtaUrl: "/jobs", title: "Product owner or product manager?",
      on: { complete: (e) => e.detail.verdict === "both", error: (e) => e.detail.code },
    }).on("progress", (e) => e.detail.current / e.detail.total);`,
    `document.addEventListener("rolefit:complete", (e) => e.detail.ownerFit);`,
  ];
  const diagnostics = check([...wrong, ...right].map((code) => ({ code, kind: "ts" })));
  for (const [i, code] of wrong.entries()) expect.soft(diagnostics[i].length, code).toBeGreaterThan(0);
  for (const [i, code] of right.entries()) expect.soft(diagnostics[wrong.length + i], code).toEqual([]);
});
