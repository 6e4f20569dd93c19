//! Fetching a language's words (`words/<tag>-<hash>.txt`, see
//! [`rolefit_bank::words`]) and keeping each language once it has arrived,
//! so switching back and forth downloads nothing twice.
//!
//! The fetch goes through `fetch()` with a URL relative to the page, so the
//! widget works from any path; decoding is the core's. A fetch that takes
//! longer than [`TIMEOUT_MS`] is given up, and a file larger than
//! [`words::MAX_LEN`] is refused before it reaches the wasm's memory.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::bank::{CONTENT, Language, Locale, words};

/// How long a words file may take to arrive, body included. A file is a few
/// kilobytes and comes after the wasm, which took the same road; a request
/// that hangs must not keep the page blank, nor the fallback waiting long.
pub const TIMEOUT_MS: u32 = 5_000;

thread_local! {
    /// Every language loaded so far on this page.
    static LOADED: RefCell<Vec<&'static Locale>> = const { RefCell::new(Vec::new()) };
}

/// Why a language's words could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed, was refused (offline, blocked, not found) or
    /// took longer than [`TIMEOUT_MS`].
    Network,
    /// The file arrived but does not belong to this build.
    Invalid(words::WordsError),
}

/// The words of `language`, if they have been loaded on this page.
pub fn loaded(tag: &str) -> Option<&'static Locale> {
    LOADED.with(|loaded| loaded.borrow().iter().copied().find(|l| l.tag.eq_ignore_ascii_case(tag)))
}

/// The words of `language`: from memory when loaded before, else fetched.
/// Only words that are accepted stay in memory.
pub async fn load(language: &'static Language) -> Result<&'static Locale, LoadError> {
    if let Some(locale) = loaded(language.tag) {
        return Ok(locale);
    }
    let text = fetch_text(language.file).await?;
    let locale = words::decode(&CONTENT.bank, language.tag, text).map_err(LoadError::Invalid)?;
    // Kept for the page's lifetime, like the text it borrows from.
    let locale: &'static Locale = Box::leak(Box::new(locale));
    LOADED.with(|loaded| loaded.borrow_mut().push(locale));
    Ok(locale)
}

/// A signal that aborts after [`TIMEOUT_MS`], where the browser has
/// `AbortSignal.timeout` (Chrome 103, Firefox 100, Safari 16 and later);
/// elsewhere the fetch has no deadline of its own rather than failing.
fn deadline() -> Option<web_sys::AbortSignal> {
    let class = js_sys::Reflect::get(&js_sys::global(), &"AbortSignal".into()).ok()?;
    let has = js_sys::Reflect::has(&class, &"timeout".into()).unwrap_or(false);
    has.then(|| web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS))
}

/// The body of a successful GET of `url`, relative to the page, within
/// [`TIMEOUT_MS`]. A body larger than [`words::MAX_LEN`] is refused by its
/// declared length, or else by its length in the browser, before it is
/// copied into the wasm.
async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let window = web_sys::window().ok_or(LoadError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_signal(deadline().as_ref());
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await.map_err(|_| LoadError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Network);
    }
    let too_large = Err(LoadError::Invalid(words::WordsError::TooLarge));
    // Compressed or not, a body declared larger than the cap is too large.
    let declared = response.headers().get("content-length").ok().flatten();
    if declared.and_then(|length| length.trim().parse::<usize>().ok()).is_some_and(|length| length > words::MAX_LEN) {
        return too_large;
    }
    let body = response.text().map_err(|_| LoadError::Network)?;
    let body = JsFuture::from(body).await.map_err(|_| LoadError::Network)?;
    let body: js_sys::JsString = body.dyn_into().map_err(|_| LoadError::Network)?;
    // UTF-16 units: never more than the UTF-8 bytes the core counts.
    if body.length() as usize > words::MAX_LEN {
        return too_large;
    }
    Ok(String::from(body))
}
