// Starts the widget without inline script (strict CSP); see ARCHITECTURE.md.
// A classic deferred script, so Trunk minifies it; it finds the glue and the
// wasm in the <meta> tags Trunk writes (`pattern_script` in Trunk.toml).
// It tells an embedding page first that the widget's page is there and
// starting (`loading`: embed.js takes a frame that loads without it for a
// wrong address). If the glue or the wasm cannot be loaded, it shows the
// page's own message and tells the page (`error`, code "load-failed"), as
// the widget itself would.
(async () => {
  // Asks for the words of the language the widget will start in, so they
  // download beside the glue and the wasm rather than after them, and
  // leaves the request where the widget takes it (`rolefitWords`, see
  // src/shell/words.rs). The rule is the widget's (`languages_to_try` in
  // src/shell/page.rs): the stored pick, the `lang` option (the page's
  // <meta>, else the address), the browser's languages, then the first
  // language. The build writes the languages, their files and the widget's
  // deadline into the page (`/*contract:words*/`); the end-to-end tests hold
  // this rule to the widget's over a table of cases. A wrong guess or a
  // failed request costs time, never the language: the widget decides, and
  // asks for its words itself if this request was not for them or failed.
  const requestWords = () => {
    const { languages, timeout } = JSON.parse(document.getElementById("rolefit-words").textContent);
    // The widget's trim (`text::trim`): Unicode's White_Space and U+FEFF.
    const trim = (text) => text.replace(/^[\p{White_Space}\uFEFF]+|[\p{White_Space}\uFEFF]+$/gu, "");
    const primary = (tag) => tag.split(/[-_]/)[0].toLowerCase();
    const find = (given) => {
      const tag = trim(given ?? "");
      return (
        languages.find(([known]) => known.toLowerCase() === tag.toLowerCase()) ??
        languages.find(([known]) => tag !== "" && primary(known) === primary(tag))
      );
    };
    let picked = null;
    try {
      picked = localStorage.getItem("rolefit:language");
    } catch {
      // Storage blocked: the widget finds no pick either.
    }
    const option =
      document.querySelector('meta[name="rolefit:lang"]')?.getAttribute("content") ??
      new URLSearchParams(location.search).get("lang");
    const [, file] = [picked, option, ...(navigator.languages ?? [])].map(find).find(Boolean) ?? languages[0];
    const controller = new AbortController();
    const response = fetch(file, { signal: controller.signal });
    // The widget reads the outcome; a failure before it does is not an error.
    response.catch(() => {});
    window.rolefitWords = {
      file,
      // The widget's deadline, body included, runs from when it takes the
      // request, as for a request of its own: the wasm may arrive long after
      // the words on a slow line.
      take() {
        setTimeout(() => controller.abort(new DOMException("The words took too long to arrive.", "TimeoutError")), timeout);
        return response;
      },
    };
  };
  const asset = (name) => document.querySelector(`meta[name="${name}"]`).content;
  const tell = (name, detail) => {
    if (parent === window) return;
    const origin = new URLSearchParams(location.search).get("origin");
    try {
      parent.postMessage({ type: `rolefit:v1:${name}`, detail }, origin || "*");
    } catch {
      // An origin the browser cannot parse: the widget would ignore it too.
    }
  };
  tell("loading", {});
  try {
    requestWords();
  } catch {
    // A page without its language table: the widget fetches its own words.
  }
  try {
    await new Promise((onload, onerror) =>
      document.head.append(Object.assign(document.createElement("script"), { src: asset("rolefit-js"), onload, onerror })),
    );
    // The classic-script glue defines `wasm_bindgen`.
    await wasm_bindgen({ module_or_path: asset("rolefit-wasm") });
  } catch (error) {
    document.getElementById("rf-unavailable")?.removeAttribute("hidden");
    tell("error", { code: "load-failed" });
    throw error;
  }
})();
