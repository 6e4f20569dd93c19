//! If the widget panics anyway: replace it with a short apology and a reload
//! button (built with DOM calls, no markup parsing), and tell an embedding
//! page through the `error` event, instead of leaving a dead page.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::core::events::HostEvent;
use crate::shell::{host, page, words};

/// Installs the panic hook. Call once, before rendering: through yew, which
/// otherwise installs its own console-only hook when it starts.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_apology();
    }));
}

/// Replaces the page's content with the apology.
pub fn show_apology() {
    let (options, _) = page::options();
    host::post(&HostEvent::Error { code: "panic" }, options.parent_origin.as_deref());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    // The language the widget was speaking: `<html lang>` follows it.
    let lang = document.document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    let Some(ui) = words::loaded(&lang).map(|locale| &locale.ui) else {
        // No words yet: the page's own message, which needs none.
        return page::show_unavailable();
    };
    let element = |tag: &str, class: &str, text: &str| {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        e.set_text_content(Some(text));
        Some(e)
    };
    let build = || -> Option<()> {
        let main = element("main", "rf-app", "")?;
        let card = element("section", "rf-card rf-crash", "")?;
        let heading = element("h1", "", ui.crash_heading)?;
        let text = element("p", "rf-lead", ui.crash_body)?;
        let button = element("button", "rf-btn rf-btn--primary", ui.crash_reload)?;
        let _ = button.set_attribute("type", "button");
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref()).ok()?;
        // The page is over after a panic; the listener lives as long as it does.
        reload.forget();
        card.append_child(&heading).ok()?;
        card.append_child(&text).ok()?;
        card.append_child(&button).ok()?;
        main.append_child(&card).ok()?;
        body.set_text_content(None);
        body.append_child(&main).ok()?;
        button.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
    };
    let _ = build();
}
