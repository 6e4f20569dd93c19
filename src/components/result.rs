//! The explained result: verdict, fits, dimension bars, deciding answers,
//! profile; for the person's own quiz or for a shared link.

use std::rc::Rc;

use yew::prelude::*;

use crate::bank::CONTENT;
use crate::scoring::{Answer, Role, score};

use super::verdict::profiles_for;
use super::{CallsToAction, DimensionBar, DriverList, HEADING_ID, SharePanel, VerdictSummary, WhatWouldChange};

/// Props for [`ResultView`].
#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    /// One answer per item of the bank.
    pub answers: Rc<[Answer]>,
    /// The link to this result, offered for sharing; `None` when this is
    /// someone else's result opened from a link.
    #[prop_or_default]
    pub share_link: Option<AttrValue>,
    /// Retake (own result) or take it yourself (shared result).
    pub on_primary: Callback<()>,
}

/// The result screen.
#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let ui = &CONTENT.ui;
    let bank = &CONTENT.bank;
    let outcome = use_memo(props.answers.clone(), |answers| score(bank, answers));
    let shared = props.share_link.is_none();
    let on_primary = props.on_primary.reform(|_: MouseEvent| ());

    html! {
        <section class={classes!("rf-card", "rf-result", shared.then_some("rf-result--shared"))} aria-labelledby={HEADING_ID}>
            <VerdictSummary
                kicker={if shared { ui.shared_kicker } else { ui.result_kicker }}
                owner_fit={outcome.owner_fit}
                manager_fit={outcome.manager_fit}
                uncertainty={outcome.uncertainty}
                low_consistency={outcome.low_consistency}
            />

            <h3>{ ui.dimensions_heading }</h3>
            <ul class="rf-dimensions" role="list">
                { for bank.dimensions.iter().zip(&outcome.dimensions).map(|(dimension, score)| html! {
                    <li><DimensionBar {dimension} score={*score} /></li>
                }) }
            </ul>

            <h3>{ ui.drivers_heading }</h3>
            <div class="rf-drivers">
                <DriverList heading={ui.drivers_owner} drivers={Rc::from(outcome.owner_drivers.as_slice())} role={Role::Owner} />
                <DriverList heading={ui.drivers_manager} drivers={Rc::from(outcome.manager_drivers.as_slice())} role={Role::Manager} />
            </div>

            <WhatWouldChange answers={props.answers.clone()} verdict={outcome.verdict} />

            { profiles_for(outcome.verdict) }
            <CallsToAction verdict={outcome.verdict} />

            if let Some(link) = &props.share_link {
                <SharePanel link={link.clone()} />
            }

            <p class="rf-about">{ ui.about_result }</p>

            <div class="rf-nav rf-nav--end">
                <button type="button" class="rf-btn rf-btn--primary" onclick={on_primary}>
                    { if shared { ui.take_it_yourself } else { ui.retake } }
                </button>
            </div>
        </section>
    }
}
