//! The first screen: what this is, how long it takes, and that it is private.

use yew::prelude::*;

use crate::core::bank::Locale;
use crate::core::text::{fill, number};

use super::HEADING_ID;

/// Seconds a typical person needs per question, for the time estimate.
const SECONDS_PER_ITEM: usize = 12;

/// What [`intro`] shows.
pub struct IntroProps {
    /// How many questions the quiz has.
    pub items: usize,
    /// How many are already answered (a quiz in progress shows "Continue").
    pub answered: usize,
    /// Start or continue the quiz.
    pub on_start: Callback<()>,
}

/// The introduction screen.
pub fn intro(t: &'static Locale, props: &IntroProps) -> Html {
    let ui = &t.ui;
    let minutes = (props.items * SECONDS_PER_ITEM).div_ceil(60).max(1);
    let on_click = props.on_start.reform(|_: MouseEvent| ());
    let resuming = props.answered > 0;
    html! {
        <section class="rf-card rf-intro" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{ ui.app_title }</h1>
            <p class="rf-lead">{ ui.intro_lead }</p>
            <ul class="rf-facts">
                <li>{ fill(ui.intro_questions, &[("count", &number(props.items, ui.group_separator))]) }</li>
                <li>{ fill(ui.intro_minutes, &[("minutes", &number(minutes, ui.group_separator))]) }</li>
                <li>{ ui.intro_private }</li>
            </ul>
            if resuming {
                <p class="rf-note">{ ui.intro_resume }</p>
            }
            <div class="rf-nav rf-nav--start">
                <button type="button" class="rf-btn rf-btn--primary" onclick={on_click}>
                    { if resuming { ui.continue_quiz } else { ui.start } }
                </button>
            </div>
        </section>
    }
}
