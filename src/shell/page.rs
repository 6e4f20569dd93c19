//! Setting the page up before the widget renders: read the options once,
//! apply the theme before the first paint, choose the language and fetch its
//! words, then mount [`App`]. If the words cannot be fetched, the page's own
//! fallback message shows and an embedding page hears `error`.

use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::core::bank::{Language, Locale, find_language, negotiate};
use crate::core::events::HostEvent;
use crate::core::options::{self, Options};
use crate::shell::components::{App, AppProps};
use crate::shell::{browser, host, storage, words};

/// The id of the message in `index.html` shown when the widget cannot load.
const UNAVAILABLE_ID: &str = "rf-unavailable";

/// Sets the page up and mounts the widget, once the words have arrived.
pub async fn start() {
    let options = Rc::new(read_options());
    match words::load(initial_language(&options)).await {
        Ok(locale) => {
            set_document_lang(locale);
            let props = AppProps { options, words: locale };
            yew::Renderer::<App>::with_props(props).render();
        }
        Err(_) => {
            show_unavailable();
            host::post(&HostEvent::Error { code: "load-failed" }, options.parent_origin.as_deref());
        }
    }
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

/// The language to start in: the one the person picked with the switch on
/// an earlier visit, else the `lang` option, else the first of the reader's
/// languages that the widget speaks, else the default.
fn initial_language(options: &Options) -> &'static Language {
    let picked = storage::load_language().and_then(|tag| find_language(&tag));
    picked.or_else(|| options.lang.and_then(find_language)).unwrap_or_else(|| {
        let preferred = browser::preferred_languages();
        negotiate(preferred.iter().map(String::as_str))
    })
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
