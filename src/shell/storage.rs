//! Saved progress in `localStorage`, for resuming after a reload, and the
//! language a person picked with the switch.
//!
//! Every failure (no window, storage blocked by the browser or the embedding
//! page, quota exceeded) is swallowed: the quiz then simply does not resume.
//! `gloo-storage` is not used here because its `LocalStorage` throws when
//! storage is blocked, and its typed API pulls `serde_json` into the wasm;
//! the progress code is a short string that needs neither.

const KEY: &str = "rolefit:progress";
const LANGUAGE_KEY: &str = "rolefit:language";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?
}

fn set(key: &str, value: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(key, value);
    }
}

/// The saved progress code, if there is one and storage can be read.
pub fn load() -> Option<String> {
    get(KEY)
}

/// Saves `code`, or does nothing if storage is unavailable or full.
pub fn save(code: &str) {
    set(KEY, code);
}

/// The language tag the person last picked with the switch, if any.
pub fn load_language() -> Option<String> {
    get(LANGUAGE_KEY)
}

/// Remembers the language the person picked, if storage allows.
pub fn save_language(tag: &str) {
    set(LANGUAGE_KEY, tag);
}

/// Forgets saved progress, if storage can be reached.
pub fn clear() {
    if let Some(storage) = local() {
        let _ = storage.remove_item(KEY);
    }
}
