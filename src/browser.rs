//! The few browser APIs the shell needs beyond rendering: the URL fragment,
//! page options, the clipboard and the Web Share API. Every call tolerates a
//! missing or refusing API and reports that as a plain value.
//!
//! The two promise-returning APIs report through a callback rather than a
//! future: the widget awaits nothing else, and an executor for two calls
//! would cost the wasm about 1.8 KB gzip.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What a settled promise reports: its value, or why it was rejected.
type Settled = Box<dyn FnOnce(Result<JsValue, JsValue>)>;

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

/// Logs one warning to the console (for the page's developer, not the visitor).
pub fn warn(message: &str) {
    gloo_console::warn!(message);
}

fn navigator_member(path: &[&str]) -> Option<JsValue> {
    let mut value: JsValue = window()?.navigator().into();
    for key in path {
        value = Reflect::get(&value, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined() && !v.is_null())?;
    }
    Some(value)
}

/// Calls `method` on `this` and hands `done` the promise's outcome, once.
/// A call that throws, or returns no promise, counts as a rejection.
fn call(this: &JsValue, method: &JsValue, args: &[JsValue], done: Settled) {
    let promise = (|| -> Result<Promise, JsValue> {
        let function: &Function = method.dyn_ref().ok_or(JsValue::UNDEFINED)?;
        let array = args.iter().collect::<js_sys::Array>();
        function.apply(this, &array)?.dyn_into()
    })();
    let promise = match promise {
        Ok(promise) => promise,
        Err(error) => return done(Err(error)),
    };
    let done = Rc::new(Cell::new(Some(done)));
    let settle = move |result| {
        if let Some(done) = done.take() {
            done(result);
        }
    };
    let on_error = settle.clone();
    let fulfilled = Closure::once_into_js(move |value: JsValue| settle(Ok(value)));
    let rejected = Closure::once_into_js(move |error: JsValue| on_error(Err(error)));
    // `then` through JS: `once_into_js` functions free themselves when called.
    let then = Reflect::get(&promise, &JsValue::from_str("then")).ok().and_then(|t| t.dyn_into::<Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &fulfilled, &rejected);
    }
}

/// Copies `text` with the Clipboard API and tells `done` whether it did:
/// `false` when the API is missing or refuses (no permission, insecure
/// context, sandboxed frame).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let (Some(clipboard), Some(write)) =
        (navigator_member(&["clipboard"]), navigator_member(&["clipboard", "writeText"]))
    else {
        return done(false);
    };
    call(&clipboard, &write, &[JsValue::from_str(text)], Box::new(move |result| done(result.is_ok())));
}

/// Whether the browser offers the Web Share API.
pub fn can_share() -> bool {
    navigator_member(&["share"]).is_some()
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

/// Opens the system share sheet for a link and tells `done` how it ended.
pub fn share(title: &str, text: &str, url: &str, done: impl FnOnce(ShareOutcome) + 'static) {
    let (Some(navigator), Some(share)) = (navigator_member(&[]), navigator_member(&["share"])) else {
        return done(ShareOutcome::Failed);
    };
    let data = Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        let _ = Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let outcome = |result: Result<JsValue, JsValue>| match result {
        Ok(_) => ShareOutcome::Shared,
        Err(error) => {
            let name = Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") { ShareOutcome::Cancelled } else { ShareOutcome::Failed }
        }
    };
    call(&navigator, &share, &[data.into()], Box::new(move |result| done(outcome(result))));
}
