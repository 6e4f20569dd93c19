//! The notice that another tab has moved this widget's run on.

use yew::prelude::*;

use crate::core::bank::Locale;

/// Says that the quiz was continued in another tab and lets the person
/// choose: load that newer run, or keep the one on screen.
pub fn other_tab_notice(t: &'static Locale, on_load: Callback<()>, on_keep: Callback<()>) -> Html {
    let ui = &t.ui;
    html! {
        <div class="rf-note rf-note--warn rf-other-tab">
            <p>{ ui.other_tab_note }</p>
            <div class="rf-nav rf-nav--start">
                <button type="button" class="rf-btn rf-btn--primary" onclick={on_load.reform(|_: MouseEvent| ())}>
                    { ui.other_tab_load }
                </button>
                <button type="button" class="rf-btn rf-btn--ghost" onclick={on_keep.reform(|_: MouseEvent| ())}>
                    { ui.other_tab_keep }
                </button>
            </div>
        </div>
    }
}
