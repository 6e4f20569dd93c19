//! A result made with other questions, from a shared link or kept from the
//! person's own earlier visit: only what it can vouch for.

use yew::prelude::*;

use crate::core::bank::Locale;
use crate::core::options::Options;
use crate::core::scoring::judge;
use crate::core::share::Recorded;

use super::profiles;
use super::{HEADING_ID, VerdictSummaryProps, calls_to_action, verdict_summary};

/// What [`stale_result_view`] shows.
pub struct StaleResultViewProps<'a> {
    /// What the link recorded.
    pub recorded: Recorded,
    /// The person's own kept result rather than someone's link: worded to
    /// them, with Retake.
    pub own: bool,
    /// Take the quiz (again).
    pub on_take: Callback<()>,
    /// The page's options (for the calls to action).
    pub options: &'a Options,
}

/// The recorded verdict and fits, a note that the questions changed, and no
/// breakdown (it would have to be computed from questions that are gone).
pub fn stale_result_view(t: &'static Locale, props: &StaleResultViewProps<'_>) -> Html {
    let ui = &t.ui;
    let r = props.recorded;
    let (verdict, _) = judge(r.owner_fit, r.manager_fit, r.uncertainty, r.low_consistency);
    let on_take = props.on_take.reform(|_: MouseEvent| ());
    html! {
        <section class="rf-card rf-result" aria-labelledby={HEADING_ID}>
            { verdict_summary(t, &VerdictSummaryProps {
                shared: !props.own,
                owner_fit: r.owner_fit,
                manager_fit: r.manager_fit,
                verdict,
                // Its strength would need the answers' moves, which the
                // changed questions no longer allow: the fits say enough.
                strength: None,
                low_consistency: r.low_consistency,
            }) }
            <div class="rf-nav rf-nav--start">
                <button type="button" class="rf-btn rf-btn--primary" onclick={on_take}>
                    { if props.own { ui.retake } else { ui.take_it_yourself } }
                </button>
            </div>
            <p class="rf-note rf-note--warn">{ if props.own { ui.stale_kept_note } else { ui.stale_note } }</p>
            { calls_to_action(props.options, verdict) }
            { profiles(t) }
            <p class="rf-about">{ ui.about_result }</p>
        </section>
    }
}
