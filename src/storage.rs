//! Saved progress in `localStorage`, for resuming after a reload.
//!
//! Every failure (no window, storage blocked by the browser or the embedding
//! page, quota exceeded) is swallowed: the quiz then simply does not resume.
//! `gloo-storage` is not used here because its `LocalStorage` throws when
//! storage is blocked, and its typed API pulls `serde_json` into the wasm;
//! the progress code is a short string that needs neither.

const KEY: &str = "rolefit:progress";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The saved progress code, if there is one and storage can be read.
pub fn load() -> Option<String> {
    local()?.get_item(KEY).ok()?
}

/// Saves `code`, or does nothing if storage is unavailable or full.
pub fn save(code: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(KEY, code);
    }
}

/// Forgets saved progress, if storage can be reached.
pub fn clear() {
    if let Some(storage) = local() {
        let _ = storage.remove_item(KEY);
    }
}
