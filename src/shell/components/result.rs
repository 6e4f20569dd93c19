//! The explained result: verdict, fits, dimension bars, what would change
//! it, then the deciding answers and both profiles folded away; for the
//! person's own quiz or for a shared link.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::bank::{CONTENT, Locale};
use crate::core::options::Options;
use crate::core::scoring::{Answer, Role, assess};

use super::profiles;
use super::{
    DimensionBarProps, HEADING_ID, SharePanel, VerdictSummaryProps, calls_to_action, dimension_bar, driver_list,
    verdict_summary, what_would_change,
};

/// What [`ResultView`] shows.
#[derive(Properties)]
pub struct ResultViewProps {
    /// The words to say it in.
    pub locale: &'static Locale,
    /// One answer per item of the bank.
    pub answers: Rc<[Answer]>,
    /// The link to this result, offered for sharing when it is the person's
    /// own; `None` when it is someone else's, opened from a link.
    pub share_link: Option<AttrValue>,
    /// Retake (own result) or take it yourself (shared result).
    pub on_primary: Callback<()>,
    /// The page's options (for the calls to action).
    pub options: Rc<Options>,
}

/// The words and the options compare by identity: each language's words are
/// loaded once per page and the options read once, so the same reference is
/// the same value. Comparing every string instead would take time on each
/// render, and about 1.6 KB of wasm.
impl PartialEq for ResultViewProps {
    fn eq(&self, other: &Self) -> bool {
        // Destructured, so that a new prop cannot be left out.
        let Self { locale, answers, share_link, on_primary, options } = self;
        std::ptr::eq(*locale, other.locale)
            && *answers == other.answers
            && *share_link == other.share_link
            && *on_primary == other.on_primary
            && Rc::ptr_eq(options, &other.options)
    }
}

/// The result screen. A component so that the assessment (the score and
/// the fewest answers that would change it) is worked out once per set of
/// answers, not again when only the language or the page around it changes.
#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let t = props.locale;
    let ui = &t.ui;
    let assessment = use_memo(props.answers.clone(), |answers| assess(&CONTENT.bank, answers));
    let (outcome, change) = &*assessment;
    let shared = props.share_link.is_none();
    let on_primary = props.on_primary.reform(|_: MouseEvent| ());

    html! {
        <section class="rf-card rf-result" aria-labelledby={HEADING_ID}>
            { verdict_summary(t, &VerdictSummaryProps {
                shared,
                owner_fit: outcome.owner_fit,
                manager_fit: outcome.manager_fit,
                verdict: outcome.verdict,
                strength: Some(outcome.strength),
                low_consistency: outcome.low_consistency,
            }) }
            // Someone else's result: the way to take it oneself comes first.
            if shared {
                <div class="rf-nav rf-nav--start">
                    <button type="button" class="rf-btn rf-btn--primary" onclick={on_primary.clone()}>{ ui.take_it_yourself }</button>
                </div>
            }

            <h3>{ ui.dimensions_heading }</h3>
            <ul class="rf-dimensions" role="list">
                { for t.dimensions.iter().zip(&outcome.dimensions).map(|(dimension, score)| html! {
                    <li>{ dimension_bar(t, &DimensionBarProps { dimension, score: *score }) }</li>
                }) }
            </ul>

            { what_would_change(t, change.as_ref(), outcome.verdict, shared) }
            { calls_to_action(&props.options, outcome.verdict) }

            <details class="rf-fold">
                <summary><h3>{ ui.drivers_heading }</h3></summary>
                <div class="rf-drivers">
                    { driver_list(t, ui.drivers_owner, &outcome.owner_drivers, Role::Owner) }
                    { driver_list(t, ui.drivers_manager, &outcome.manager_drivers, Role::Manager) }
                </div>
            </details>

            { profiles(t) }

            // Keyed on the link: another result (loaded from another tab)
            // gets a new panel, with nothing copied or shared yet.
            if let Some(link) = &props.share_link {
                <SharePanel key={link.to_string()} locale={t} link={link.clone()} />
            }

            <p class="rf-about">{ ui.about_result }</p>

            if !shared {
                <div class="rf-nav rf-nav--end">
                    <button type="button" class="rf-btn rf-btn--primary" onclick={on_primary}>{ ui.retake }</button>
                </div>
            }
        </section>
    }
}
