// Starts the widget without inline script (strict CSP); see ARCHITECTURE.md.
// A classic deferred script, so Trunk minifies it; it finds the glue and the
// wasm in the <meta> tags Trunk writes (`pattern_script` in Trunk.toml).
// It tells an embedding page first that the widget's page is there and
// starting (`loading`: embed.js takes a frame that loads without it for a
// wrong address). If the glue or the wasm cannot be loaded, it shows the
// page's own message and tells the page (`error`, code "load-failed"), as
// the widget itself would.
(async () => {
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
