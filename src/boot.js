// Starts the widget without inline script (strict CSP); see ARCHITECTURE.md.
// If its files cannot be loaded, shows the page's own message and tells an
// embedding page (`error`, code "load-failed"), as the widget itself would.
const tag = document.querySelector("script[data-rolefit-js]");
try {
  await new Promise((onload, onerror) =>
    document.head.append(Object.assign(document.createElement("script"), { src: tag.dataset.rolefitJs, onload, onerror })),
  );
  // The classic-script glue defines `wasm_bindgen`; tests read `rolefitWasm`.
  window.rolefitWasm = await wasm_bindgen({ module_or_path: tag.dataset.rolefitWasm });
} catch (error) {
  document.getElementById("rf-unavailable").hidden = false;
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
