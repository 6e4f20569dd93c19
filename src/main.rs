//! Boots the widget into the page.

/// Talc's WebAssembly allocator, smaller in the module than the default
/// dlmalloc; it grows the wasm memory as needed.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    rolefit::shell::crash::install();
    wasm_bindgen_futures::spawn_local(rolefit::shell::page::start());
}
