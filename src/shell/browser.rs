//! The few browser APIs the shell needs beyond rendering: the URL fragment,
//! page options, the clipboard and the Web Share API. Every call tolerates a
//! missing or refusing API and reports that as a plain value.
//!
//! The two promise-returning APIs are `async` functions over
//! `wasm-bindgen-futures`, which also fetches the words.

use js_sys::Reflect;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The element of the page with `id`, if there is one of type `T`.
pub fn element_by_id<T: JsCast>(id: &str) -> Option<T> {
    window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// The current URL fragment, with its `#`, or an empty string.
pub fn fragment() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The page's URL without its fragment.
pub fn page_url() -> String {
    let href = window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The reader's preferred languages, most preferred first
/// (`navigator.languages`); empty where the browser does not say.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Vec::new() };
    navigator.languages().iter().filter_map(|l| l.as_string()).collect()
}

/// Drops the fragment from the address bar without reloading or adding a
/// history entry.
pub fn clear_fragment() {
    if let Some(w) = window()
        && let Ok(history) = w.history()
    {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&page_url()));
    }
}

/// A query parameter of the page's own URL.
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// The page's own setting of the option `name`, from
/// `<meta name="rolefit:<name>" content="…">` in the widget's HTML.
pub fn page_setting(name: &str) -> Option<String> {
    let selector = ["meta[name=\"rolefit:", name, "\"]"].concat();
    window()?.document()?.query_selector(&selector).ok()??.get_attribute("content")
}

/// Logs one warning to the console (for the page's developer, not the visitor).
pub fn warn(message: &str) {
    gloo_console::warn!(message);
}

/// `navigator[name]`, if the browser has it (`clipboard` is missing outside
/// secure contexts, `share` in most desktop browsers).
fn navigator_member(name: &str) -> Option<JsValue> {
    let navigator = window()?.navigator();
    Reflect::get(&navigator, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// Copies `text` with the Clipboard API: `false` when the API is missing or
/// refuses (no permission, insecure context, sandboxed frame).
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = navigator_member("clipboard") else { return false };
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Whether the browser offers the Web Share API.
pub fn can_share() -> bool {
    navigator_member("share").is_some()
}

/// How a share attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareOutcome {
    /// The share sheet reported success.
    Shared,
    /// The person closed the sheet.
    Cancelled,
    /// The API is missing or failed.
    Failed,
}

/// Opens the system share sheet for a link.
pub async fn share(title: &str, text: &str, url: &str) -> ShareOutcome {
    let Some(navigator) = window().map(|w| w.navigator()).filter(|_| can_share()) else {
        return ShareOutcome::Failed;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    match JsFuture::from(navigator.share_with_data(&data)).await {
        Ok(_) => ShareOutcome::Shared,
        Err(error) if error.dyn_ref::<web_sys::DomException>().is_some_and(|e| e.name() == "AbortError") => {
            ShareOutcome::Cancelled
        }
        Err(_) => ShareOutcome::Failed,
    }
}
