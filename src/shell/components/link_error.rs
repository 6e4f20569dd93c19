//! A result link that cannot be shown: what went wrong, in plain words.

use yew::prelude::*;

use crate::core::bank::Locale;
use crate::core::share::LinkError;

use super::HEADING_ID;

/// What [`link_error_view`] shows.
pub struct LinkErrorViewProps {
    /// What is wrong with the link.
    pub error: LinkError,
    /// Take the quiz instead.
    pub on_take: Callback<()>,
}

/// The message for a broken link, with a way on.
pub fn link_error_view(t: &'static Locale, props: &LinkErrorViewProps) -> Html {
    let ui = &t.ui;
    let message = match props.error {
        LinkError::TooLong | LinkError::NotBase64 => ui.link_unreadable,
        LinkError::UnknownVersion(_) => ui.link_newer,
        LinkError::Empty
        | LinkError::Truncated
        | LinkError::TrailingData
        | LinkError::Checksum
        | LinkError::WrongAnswerCount { .. }
        | LinkError::AnswerOutOfRange { .. }
        | LinkError::Inconsistent => ui.link_damaged,
    };
    let on_take = props.on_take.reform(|_: MouseEvent| ());
    html! {
        <section class="rf-card rf-link-error" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{ ui.link_error_heading }</h1>
            <p class="rf-lead">{ message }</p>
            <div class="rf-nav rf-nav--start">
                <button type="button" class="rf-btn rf-btn--primary" onclick={on_take}>{ ui.take_quiz }</button>
            </div>
        </section>
    }
}
