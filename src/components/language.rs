//! The language switch, under every screen.

use yew::prelude::*;

use crate::bank::{CONTENT, Locale};

/// One button per language the widget speaks, each named in its own
/// language; the current one is pressed. Nothing when there is only one.
pub fn language_switch(t: &'static Locale, on_pick: Callback<&'static Locale>) -> Html {
    if CONTENT.locales.len() < 2 {
        return Html::default();
    }
    html! {
        <nav class="rf-lang" aria-label={t.ui.language_label}>
            <ul role="list">
                { for CONTENT.locales.iter().map(|locale| {
                    let current = locale.tag == t.tag;
                    let onclick = on_pick.reform(move |_: MouseEvent| locale);
                    html! {
                        <li>
                            <button
                                type="button"
                                class="rf-lang-option"
                                lang={locale.tag}
                                aria-pressed={if current { "true" } else { "false" }}
                                {onclick}
                            >
                                { locale.ui.language_name }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
