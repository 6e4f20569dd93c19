//! The answers that pushed hardest toward one role.

use yew::prelude::*;

use crate::bank::CONTENT;
use crate::scoring::{Driver, Role};

/// A short list of question and chosen answer pairs under `heading`: the
/// `drivers` (strongest first; may be empty) that point to `role`.
pub fn driver_list(heading: &'static str, drivers: &[Driver], role: Role) -> Html {
    let items = &CONTENT.bank.items;
    let class = match role {
        Role::Owner => "rf-drivers-list--owner",
        Role::Manager => "rf-drivers-list--manager",
    };
    html! {
        <div class={classes!("rf-drivers-list", class)}>
            <h4>{ heading }</h4>
            if drivers.is_empty() {
                <p class="rf-muted">{ CONTENT.ui.drivers_none }</p>
            } else {
                <ol>
                    { for drivers.iter().map(|d| {
                        let item = &items[d.item];
                        html! {
                            <li>
                                <span class="rf-driver-question">{ item.text }</span>
                                <span class="rf-driver-answer">{ item.options[usize::from(d.option)].text }</span>
                            </li>
                        }
                    }) }
                </ol>
            }
        </div>
    }
}
