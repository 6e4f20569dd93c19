// Starts the widget without inline script (strict CSP); see ARCHITECTURE.md.
const tag = document.querySelector("script[data-rolefit-js]");
await new Promise((onload, onerror) =>
  document.head.append(Object.assign(document.createElement("script"), { src: tag.dataset.rolefitJs, onload, onerror })),
);
// The classic-script glue defines `wasm_bindgen`; tests read `rolefitWasm`.
window.rolefitWasm = await wasm_bindgen({ module_or_path: tag.dataset.rolefitWasm });
