//! Fetching a language's words (`words/<tag>-<hash>.txt`, see
//! [`rolefit_bank::words`]) and keeping each language once it has arrived,
//! so switching back and forth downloads nothing twice.
//!
//! The fetch goes through `fetch()` with a URL relative to the page, so the
//! widget works from any path; decoding is the core's. A fetch that takes
//! longer than [`words::TIMEOUT_MS`] is given up, and a file larger than
//! [`words::MAX_LEN`] is refused before it reaches the wasm's memory.
//!
//! The first screen's words are usually asked for before the wasm runs:
//! `boot.js` requests them beside the glue and the wasm, and leaves the
//! request where [`load`] takes it (`rolefitWords`: the file, and `take()`,
//! which starts the deadline and returns the response's promise). That
//! request counts as the widget's first attempt.

use std::cell::RefCell;

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::bank::{CONTENT, Language, Locale, words};

/// Where `boot.js` leaves its early request: `{ file, take() }`.
const EARLY: &str = "rolefitWords";

thread_local! {
    /// Every language loaded so far on this page.
    static LOADED: RefCell<Vec<&'static Locale>> = const { RefCell::new(Vec::new()) };
}

/// Why a language's words could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed or was refused (offline, blocked, not found).
    Network,
    /// The request took longer than [`words::TIMEOUT_MS`].
    TimedOut,
    /// The file arrived but does not belong to this build.
    Invalid(words::WordsError),
}

/// The words of `language`, if they have been loaded on this page.
pub fn loaded(tag: &str) -> Option<&'static Locale> {
    LOADED.with(|loaded| loaded.borrow().iter().copied().find(|l| l.tag.eq_ignore_ascii_case(tag)))
}

/// The words of `language`: from memory when loaded before, else from
/// `boot.js`'s early request for them, else fetched. If the early request
/// failed, the widget asks once itself; if it timed out, it does not (the
/// next language is a better bet than another wait). Only words that are
/// accepted stay in memory.
pub async fn load(language: &'static Language) -> Result<&'static Locale, LoadError> {
    if let Some(locale) = loaded(language.tag) {
        return Ok(locale);
    }
    let text = match read(early(language.file)).await {
        // No early request for this file, or it failed: the widget asks.
        Err(LoadError::Network) => read(request(language.file)).await?,
        text => text?,
    };
    let locale = words::decode(&CONTENT.bank, language.tag, text).map_err(LoadError::Invalid)?;
    // Kept for the page's lifetime, like the text it borrows from.
    let locale: &'static Locale = Box::leak(Box::new(locale));
    LOADED.with(|loaded| loaded.borrow_mut().push(locale));
    Ok(locale)
}

/// `boot.js`'s early request, if it was for `file`: its response's promise,
/// taken once (the request is then forgotten, whichever file it was for).
/// Taking it starts its deadline, [`words::TIMEOUT_MS`] from now.
fn early(file: &str) -> Option<Promise> {
    let global = js_sys::global();
    let left = Reflect::get(&global, &EARLY.into()).ok()?;
    let _ = Reflect::delete_property(&global, &EARLY.into());
    if Reflect::get(&left, &"file".into()).ok()? != file {
        return None;
    }
    let take: js_sys::Function = Reflect::get(&left, &"take".into()).ok()?.dyn_into().ok()?;
    // Whatever it returns, `read` accepts only a response.
    Some(Promise::resolve(&take.call0(&left).ok()?))
}

/// A signal that aborts after [`words::TIMEOUT_MS`], where the browser has
/// `AbortSignal.timeout` (Chrome 103, Firefox 100, Safari 16 and later);
/// elsewhere the fetch has no deadline of its own rather than failing.
fn deadline() -> Option<web_sys::AbortSignal> {
    let class = Reflect::get(&js_sys::global(), &"AbortSignal".into()).ok()?;
    let has = Reflect::has(&class, &"timeout".into()).unwrap_or(false);
    has.then(|| web_sys::AbortSignal::timeout_with_u32(words::TIMEOUT_MS))
}

/// A GET of `url`, relative to the page, within [`words::TIMEOUT_MS`].
fn request(url: &str) -> Option<Promise> {
    let init = web_sys::RequestInit::new();
    init.set_signal(deadline().as_ref());
    Some(web_sys::window()?.fetch_with_str_and_init(url, &init))
}

/// The body of a request's successful response. A body larger than
/// [`words::MAX_LEN`] is refused by its declared length, or else by its
/// length in the browser, before it is copied into the wasm.
async fn read(response: Option<Promise>) -> Result<String, LoadError> {
    let response = JsFuture::from(response.ok_or(LoadError::Network)?).await.map_err(failure)?;
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
    let body = JsFuture::from(body).await.map_err(failure)?;
    let body: js_sys::JsString = body.dyn_into().map_err(|_| LoadError::Network)?;
    // UTF-16 units: never more than the UTF-8 bytes the core counts.
    if body.length() as usize > words::MAX_LEN {
        return too_large;
    }
    Ok(String::from(body))
}

/// Why a fetch, or the reading of its body, failed: the deadline's
/// `TimeoutError`, or anything else.
fn failure(error: JsValue) -> LoadError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) if exception.name() == "TimeoutError" => LoadError::TimedOut,
        _ => LoadError::Network,
    }
}
