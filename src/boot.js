// Starts the widget. An external module rather than Trunk's inline script, so
// the page runs under `script-src 'self' 'wasm-unsafe-eval'` with no inline
// script. Trunk's `pattern_script` (Trunk.toml) fills in the hashed names.
const tag = document.querySelector("script[data-rolefit-js]");
const { default: init } = await import(tag.dataset.rolefitJs);
const wasm = await init({ module_or_path: tag.dataset.rolefitWasm });
// For diagnostics (the memory test reads `memory.buffer.byteLength`).
window.rolefitWasm = wasm;
