// Starts the widget without inline script (strict CSP); see ARCHITECTURE.md.
// A classic deferred script, so Trunk minifies it; it finds the glue and the
// wasm in the <meta> tags Trunk writes (`pattern_script` in Trunk.toml).
// If they cannot be loaded, it shows the page's own message and tells an
// embedding page (`error`, code "load-failed"), as the widget itself would.
(async () => {
  const asset = (name) => document.querySelector(`meta[name="${name}"]`).content;
  try {
    await new Promise((onload, onerror) =>
      document.head.append(Object.assign(document.createElement("script"), { src: asset("rolefit-js"), onload, onerror })),
    );
    // The classic-script glue defines `wasm_bindgen`.
    await wasm_bindgen({ module_or_path: asset("rolefit-wasm") });
  } catch (error) {
    document.getElementById("rf-unavailable")?.removeAttribute("hidden");
    if (parent !== window) {
      const origin = new URLSearchParams(location.search).get("origin");
      try {
        parent.postMessage({ type: "rolefit:v1:error", detail: { code: "load-failed" } }, origin || "*");
      } catch {
        // An origin the browser cannot parse: the widget would ignore it too.
      }
    }
    throw error;
  }
})();
