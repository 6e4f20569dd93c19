//! Fetching a language's words (`words/<tag>-<hash>.txt`, see
//! [`crate::core::words`]) and keeping each language once it has arrived,
//! so switching back and forth downloads nothing twice.
//!
//! The fetch goes through `fetch()` with a URL relative to the page, so the
//! widget works from any path; decoding is the core's.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::bank::{CONTENT, Language, Locale};
use crate::core::words;

thread_local! {
    /// Every language loaded so far on this page.
    static LOADED: RefCell<Vec<&'static Locale>> = const { RefCell::new(Vec::new()) };
}

/// Why a language's words could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed or was refused (offline, blocked, not found).
    Network,
    /// The file arrived but does not belong to this build.
    Invalid(words::WordsError),
}

/// The words of `language`, if they have been loaded on this page.
pub fn loaded(tag: &str) -> Option<&'static Locale> {
    LOADED.with(|loaded| loaded.borrow().iter().copied().find(|l| l.tag.eq_ignore_ascii_case(tag)))
}

/// The words of `language`: from memory when loaded before, else fetched.
pub async fn load(language: &'static Language) -> Result<&'static Locale, LoadError> {
    if let Some(locale) = loaded(language.tag) {
        return Ok(locale);
    }
    let text = fetch_text(language.file).await.ok_or(LoadError::Network)?;
    // Kept for the page's lifetime, like the locale that borrows from it.
    let text: &'static str = text.leak();
    let locale: &'static Locale =
        Box::leak(Box::new(words::decode(&CONTENT.bank, language.tag, text).map_err(LoadError::Invalid)?));
    LOADED.with(|loaded| loaded.borrow_mut().push(locale));
    Ok(locale)
}

/// The body of a successful GET of `url`, relative to the page.
async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
