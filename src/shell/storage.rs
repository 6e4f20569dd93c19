//! `localStorage` and `sessionStorage` behind a guard: the records that let
//! a reload resume (what to keep is decided in [`crate::core::saved`]), and
//! the language a person picked with the switch.
//!
//! Every failure (no window, storage blocked by the browser or the embedding
//! page, quota exceeded) is swallowed: the quiz then simply does not resume.
//! `gloo-storage` is not used here because its `LocalStorage` throws when
//! storage is blocked, and its typed API pulls `serde_json` into the wasm;
//! the records are short strings that need neither.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

use crate::core::saved::{Keys, Stored, Tab};

const LANGUAGE_KEY: &str = "rolefit:language";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn get(storage: Option<web_sys::Storage>, key: &str) -> Option<String> {
    storage?.get_item(key).ok()?
}

/// Sets `key` to `value`, or removes it for `None`.
fn put(storage: Option<web_sys::Storage>, key: &str, value: Option<&str>) {
    if let Some(storage) = storage {
        let _ = match value {
            Some(value) => storage.set_item(key, value),
            None => storage.remove_item(key),
        };
    }
}

/// The slot's shared records, as far as storage can be read.
pub fn load(keys: &Keys) -> Stored {
    Stored::read(get(local(), &keys.progress), get(local(), &keys.result))
}

/// Makes the slot's shared records `next`, as far as storage allows. Each
/// key is compared as it is stored, so a result that an earlier version kept
/// under the progress key moves to its own.
pub fn save(keys: &Keys, next: &Stored) {
    for (key, value) in [(&keys.progress, &next.progress), (&keys.result, &next.result)] {
        if get(local(), key) != *value {
            put(local(), key, value.as_deref());
        }
    }
}

/// What this tab showed before a reload, if its session storage knows.
pub fn load_tab(keys: &Keys) -> Option<Tab> {
    get(session(), &keys.tab).as_deref().and_then(Tab::decode)
}

/// Remembers what this tab shows, for a reload.
pub fn save_tab(keys: &Keys, tab: &Tab) {
    put(session(), &keys.tab, Some(&tab.encode()));
}

/// Calls `changed` whenever another tab changes the slot's shared records
/// (the browser tells every tab but the one that wrote).
pub fn on_change(keys: &Keys, changed: impl Fn() + 'static) -> Option<EventListener> {
    let keys = keys.clone();
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let key = event.dyn_ref::<web_sys::StorageEvent>().map(web_sys::StorageEvent::key);
        // No key: the whole storage was cleared.
        if key.is_none_or(|key| key.is_none_or(|key| key == keys.progress || key == keys.result)) {
            changed();
        }
    }))
}

/// The language tag the person last picked with the switch, if any.
pub fn load_language() -> Option<String> {
    get(local(), LANGUAGE_KEY)
}

/// Remembers the language the person picked, if storage allows.
pub fn save_language(tag: &str) {
    put(local(), LANGUAGE_KEY, Some(tag));
}
