//! The explained result: verdict, fits, dimension bars, deciding answers, profile.

use std::rc::Rc;

use yew::prelude::*;

use crate::bank::CONTENT;
use crate::scoring::{Answer, Role, Strength, Verdict, score};
use crate::text::fill;

use super::{DimensionBar, DriverList, HEADING_ID, ProfileCard};

/// Props for [`ResultView`].
#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    /// One answer per item of the bank.
    pub answers: Rc<[Answer]>,
    /// Start again.
    pub on_retake: Callback<()>,
}

/// The result screen.
#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let ui = &CONTENT.ui;
    let bank = &CONTENT.bank;
    let outcome = use_memo(props.answers.clone(), |answers| score(bank, answers));

    let (verdict, verdict_class) = match outcome.verdict {
        Verdict::Owner => (ui.verdict_owner, "rf-verdict--owner"),
        Verdict::Manager => (ui.verdict_manager, "rf-verdict--manager"),
        Verdict::Both => (ui.verdict_both, "rf-verdict--both"),
    };
    let strength = match outcome.strength {
        Strength::Strong => ui.strength_strong,
        Strength::Clear => ui.strength_clear,
        Strength::Slight => ui.strength_slight,
        Strength::Tie => ui.strength_tie,
    };
    let fit = |label: &'static str, value: u8, class: &'static str| {
        html! {
            <div class={classes!("rf-fit", class)}>
                <span class="rf-fit-label">{ label }</span>
                <span class="rf-fit-value">
                    <span class="rf-fit-number" aria-hidden="true">{ value }</span>
                    <span class="rf-fit-of" aria-hidden="true">{ "/100" }</span>
                    <span class="rf-sr-only">{ fill(ui.fit_value, &[("fit", &value.to_string())]) }</span>
                </span>
            </div>
        }
    };
    let profiles = match outcome.verdict {
        Verdict::Owner => vec![Role::Owner],
        Verdict::Manager => vec![Role::Manager],
        Verdict::Both => vec![Role::Owner, Role::Manager],
    };
    let on_retake = props.on_retake.reform(|_: MouseEvent| ());

    html! {
        <section class="rf-card rf-result" aria-labelledby={HEADING_ID}>
            <p class="rf-kicker">{ ui.result_kicker }</p>
            <h2 id={HEADING_ID} tabindex="-1" class={classes!("rf-verdict", verdict_class)}>{ verdict }</h2>
            <p class="rf-strength">{ strength }</p>
            if outcome.verdict == Verdict::Both {
                <p class="rf-note">{ ui.both_explain }</p>
            }
            <div class="rf-fits">
                { fit(ui.fit_owner, outcome.owner_fit, "rf-fit--owner") }
                { fit(ui.fit_manager, outcome.manager_fit, "rf-fit--manager") }
            </div>

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

            { for profiles.into_iter().map(|role| html! { <ProfileCard {role} /> }) }

            <div class="rf-nav rf-nav--end">
                <button type="button" class="rf-btn rf-btn--primary" onclick={on_retake}>{ ui.retake }</button>
            </div>
        </section>
    }
}
