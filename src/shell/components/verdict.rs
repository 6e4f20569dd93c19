//! The top of every result: verdict, strength and the two fits.

use yew::prelude::*;

use crate::core::bank::Locale;
use crate::core::scoring::{Role, Strength, Verdict};
use crate::core::text::{fill, number};

use super::HEADING_ID;

/// What [`verdict_summary`] shows.
pub struct VerdictSummaryProps {
    /// Someone else's result, opened from a link: worded in the third person.
    pub shared: bool,
    /// Owner fit, 0 to 100.
    pub owner_fit: u8,
    /// Manager fit, 0 to 100.
    pub manager_fit: u8,
    /// The verdict.
    pub verdict: Verdict,
    /// How strongly; `None` where it cannot be vouched for (a link made with
    /// other questions, whose moves cannot be worked out).
    pub strength: Option<Strength>,
    /// Whether the answers pulled both ways.
    pub low_consistency: bool,
}

/// The verdict as the heading words it: to the person ("You fit best…"), or
/// about the result when it is someone else's (`shared`).
pub fn verdict_text(t: &'static Locale, verdict: Verdict, shared: bool) -> &'static str {
    let ui = &t.ui;
    match (verdict, shared) {
        (Verdict::Owner, false) => ui.verdict_owner,
        (Verdict::Manager, false) => ui.verdict_manager,
        (Verdict::Both, false) => ui.verdict_both,
        (Verdict::Owner, true) => ui.shared_verdict_owner,
        (Verdict::Manager, true) => ui.shared_verdict_manager,
        (Verdict::Both, true) => ui.shared_verdict_both,
    }
}

/// Verdict heading, strength in words and the two fits.
pub fn verdict_summary(t: &'static Locale, props: &VerdictSummaryProps) -> Html {
    let ui = &t.ui;
    let verdict = props.verdict;
    let strength = props.strength.map(|strength| match strength {
        Strength::Strong => ui.strength_strong,
        Strength::Clear => ui.strength_clear,
        Strength::Slight => ui.strength_slight,
        Strength::Tie => ui.strength_tie,
    });
    let fit = |label: &'static str, value: u8, role: Role| {
        html! {
            <div class="rf-fit" data-role={role.id()}>
                <span class="rf-fit-label">{ label }</span>
                <span class="rf-fit-value">
                    <span class="rf-fit-number" aria-hidden="true">{ number(value.into(), ui.group_separator) }</span>
                    <span class="rf-fit-of" aria-hidden="true">{ ui.fit_out_of }</span>
                    <span class="rf-sr-only">{ fill(ui.fit_value, &[("fit", &number(value.into(), ui.group_separator))]) }</span>
                </span>
            </div>
        }
    };
    html! {
        <>
            <p class="rf-kicker">{ if props.shared { ui.shared_kicker } else { ui.result_kicker } }</p>
            <h2 id={HEADING_ID} tabindex="-1" class="rf-verdict" data-verdict={verdict.id()}>{ verdict_text(t, verdict, props.shared) }</h2>
            if let Some(strength) = strength {
                <p class="rf-strength">{ strength }</p>
            }
            if props.low_consistency {
                <p class="rf-note rf-note--warn">{ ui.low_consistency }</p>
            } else if verdict == Verdict::Both {
                <p class="rf-note">{ ui.both_explain }</p>
            }
            <div class="rf-fits">
                { fit(ui.fit_owner, props.owner_fit, Role::Owner) }
                { fit(ui.fit_manager, props.manager_fit, Role::Manager) }
            </div>
        </>
    }
}
