//! The answers that pushed hardest toward one role.

use yew::prelude::*;

use crate::core::bank::Locale;
use crate::core::scoring::{Driver, Role};

/// A short list of question and chosen answer pairs under `heading`: the
/// `drivers` (strongest first; may be empty) that point to `role`.
pub fn driver_list(t: &'static Locale, heading: &'static str, drivers: &[Driver], role: Role) -> Html {
    html! {
        <div class="rf-drivers-list" data-role={role.id()}>
            <h4>{ heading }</h4>
            if drivers.is_empty() {
                <p class="rf-muted">{ t.ui.drivers_none }</p>
            } else {
                <ol>
                    { for drivers.iter().map(|d| {
                        let item = &t.items[d.item];
                        html! {
                            <li>
                                <span class="rf-driver-question">{ item.text }</span>
                                <span class="rf-driver-answer">{ item.options[usize::from(d.option)] }</span>
                            </li>
                        }
                    }) }
                </ol>
            }
        </div>
    }
}
