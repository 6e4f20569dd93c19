//! The language the words are in, and the memory of the person's pick.

use yew::prelude::*;

use crate::core::bank::{Language, Locale};
use crate::shell::page::set_document_lang;
use crate::shell::state::{LanguageSwitch, Speech, SpeechAction};
use crate::shell::{storage, words};

/// The locale to show, starting with `locale` (after `unavailable`, the
/// person's first choice, failed to load), and what a pick in the switch
/// does: download that language's words (once per page); until they
/// arrive, or if they cannot, the person stays in the current language.
#[hook]
pub fn use_language(
    locale: &'static Locale,
    unavailable: Option<&'static Language>,
) -> (Speech, Callback<&'static Language>) {
    let speech = use_reducer(move || Speech {
        locale,
        switch: unavailable.map_or(LanguageSwitch::Idle, LanguageSwitch::FellBack),
    });
    let shown = speech.locale;
    let dispatcher = speech.dispatcher();
    let on_pick = Callback::from(move |language: &'static Language| {
        if let Some(locale) = words::loaded(language.tag) {
            if locale.tag == shown.tag {
                // The language shown, picked: the memory below sees no
                // change, yet after a fallback the remembered pick is the
                // language that could not be loaded.
                storage::save_language(shown.tag);
            }
            return dispatcher.dispatch(SpeechAction::Picked(locale));
        }
        dispatcher.dispatch(SpeechAction::Switching(language));
        let dispatcher = dispatcher.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match words::load(language).await {
                Ok(locale) => dispatcher.dispatch(SpeechAction::Loaded(locale)),
                Err(_) => dispatcher.dispatch(SpeechAction::SwitchFailed(language)),
            }
        });
    });
    (*speech, on_pick)
}

/// The words in use belong to the person's pick: remember it (locally), and
/// let `<html lang>` and the title follow. Not on the first render: the
/// page set both up before mounting, and a language it fell back to is not
/// a pick.
#[hook]
pub fn use_language_memory(locale: &'static Locale) {
    let first = use_mut_ref(|| true);
    use_effect_with(locale.tag, move |_| {
        if !first.replace(false) {
            storage::save_language(locale.tag);
            set_document_lang(locale);
        }
    });
}
