//! The language switch, under every screen.

use yew::prelude::*;

use crate::core::bank::{LANGUAGES, Language, Locale};
use crate::core::text::fill;
use crate::shell::state::LanguageSwitch;

/// One button per language the widget speaks, each named in its own
/// language; the current one is pressed. Below it, a status line says when
/// another language is loading or could not be loaded (on a switch, or at
/// the start). Nothing when there is
/// only one language.
pub fn language_switch(t: &'static Locale, switch: LanguageSwitch, on_pick: Callback<&'static Language>) -> Html {
    if LANGUAGES.len() < 2 {
        return Html::default();
    }
    let status = match switch {
        LanguageSwitch::Idle => None,
        LanguageSwitch::Loading(language) => Some(fill(t.ui.language_loading, &[("language", language.name)])),
        LanguageSwitch::Failed(language) => Some(fill(t.ui.language_failed, &[("language", language.name)])),
        LanguageSwitch::FellBack(language) => Some(fill(t.ui.language_fallback, &[("language", language.name)])),
    };
    html! {
        <nav class="rf-lang" aria-label={t.ui.language_label}>
            <ul role="list">
                { for LANGUAGES.iter().map(|language| {
                    let current = language.tag == t.tag;
                    let onclick = on_pick.reform(move |_: MouseEvent| language);
                    html! {
                        <li>
                            <button
                                type="button"
                                class="rf-lang-option"
                                lang={language.tag}
                                aria-pressed={if current { "true" } else { "false" }}
                                aria-busy={(switch.pending() == Some(language)).then_some("true")}
                                {onclick}
                            >
                                { language.name }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            // Always in the page, so screen readers announce what appears in it.
            <p class="rf-lang-status" aria-live="polite">{ status }</p>
        </nav>
    }
}
