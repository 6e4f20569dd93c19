//! Setting the page up before the widget renders: read the options once,
//! apply the theme before the first paint, choose the language and fetch its
//! words, then mount [`App`]. If its words cannot be loaded, the next language
//! the person would accept is tried; if none can, the page's own fallback
//! message shows and an embedding page hears `error`.

use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::core::bank::{Language, Locale, preference};
use crate::core::events::HostEvent;
use crate::core::options::{self, Options};
use crate::shell::components::{App, AppProps};
use crate::shell::{browser, gesture, host, storage, words};

/// The id of the message in `index.html` shown when the widget cannot load.
const UNAVAILABLE_ID: &str = "rf-unavailable";

/// Sets the page up and mounts the widget, once the words have arrived: the
/// words of the first language the person would accept that can be loaded,
/// with a line saying so if that is not their first choice.
pub async fn start() {
    let options = Rc::new(read_options());
    gesture::guard();
    let mut unavailable = None;
    for language in languages_to_try(&options) {
        match words::load(language).await {
            Ok(locale) => {
                set_document_lang(locale);
                let props = AppProps { options, locale, unavailable };
                yew::Renderer::<App>::with_props(props).render();
                return;
            }
            Err(_) => {
                unavailable.get_or_insert(language);
            }
        }
    }
    show_unavailable();
    host::post(&HostEvent::Error { code: "load-failed" }, options.parent_origin.as_deref());
}

/// Reads the page's options once, warning in the console about each one
/// that cannot be used, and applies the theme at once: before the first
/// paint, so a dark page never flashes light (nor animates its colours in).
fn read_options() -> Options {
    let sources =
        options::Sources { page: browser::page_setting, query: browser::query_param, framed: host::is_framed() };
    let (options, warnings) = sources.parse();
    for warning in &warnings {
        browser::warn(warning);
    }
    apply_theme(&options);
    options
}

/// The page's options, and a warning for each that was given but not used.
pub fn options() -> (Options, Vec<String>) {
    let sources =
        options::Sources { page: browser::page_setting, query: browser::query_param, framed: host::is_framed() };
    sources.parse()
}

/// Applies theme and accent to `<html>`, so the stylesheet (no inline styles:
/// the page runs under a strict CSP) picks them up.
fn apply_theme(options: &Options) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.set_attribute("data-theme", options.theme.attribute());
    if host::is_framed() {
        // Let the host page's own background show around the card.
        let _ = root.set_attribute("data-embedded", "");
    }
    if let (Some(accent), Ok(root)) = (&options.accent, root.dyn_into::<web_sys::HtmlElement>()) {
        let style = root.style();
        for (name, value) in [
            ("--rf-accent-light", &accent.light),
            ("--rf-accent-light-text", &accent.light_text),
            ("--rf-accent-dark", &accent.dark),
            ("--rf-accent-dark-text", &accent.dark_text),
        ] {
            let _ = style.set_property(name, value);
        }
    }
}

/// The languages to start in, best first: the one the person picked with
/// the switch on an earlier visit, the `lang` option, the reader's languages
/// that the widget speaks, then the default. Each is tried only if the
/// words of those before it cannot be loaded. `boot.js` applies the same
/// rule to request the first one's words early; the end-to-end tests hold
/// the two to the same answers (`e2e/tests/early-words.spec.js`).
fn languages_to_try(options: &Options) -> Vec<&'static Language> {
    let picked = storage::load_language();
    let preferred = browser::preferred_languages();
    preference(picked.as_deref().into_iter().chain(options.lang).chain(preferred.iter().map(String::as_str)))
}

/// `<html lang>` and the page title follow the language, for screen readers,
/// hyphenation and translation tools.
pub fn set_document_lang(locale: &Locale) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", locale.tag);
    }
    document.set_title(&[locale.ui.app_title, " · rolefit"].concat());
}

/// Shows the page's own "could not load" message (in `index.html`, as it
/// must work without any words).
pub fn show_unavailable() {
    if let Some(message) = browser::element_by_id::<web_sys::HtmlElement>(UNAVAILABLE_ID) {
        message.set_hidden(false);
    }
}
