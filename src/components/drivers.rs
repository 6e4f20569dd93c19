//! The answers that pushed hardest toward one role.

use std::rc::Rc;

use yew::prelude::*;

use crate::bank::CONTENT;
use crate::scoring::{Driver, Role};

/// Props for [`DriverList`].
#[derive(Properties, PartialEq)]
pub struct DriverListProps {
    /// Heading naming the role.
    pub heading: &'static str,
    /// Strongest first; may be empty.
    pub drivers: Rc<[Driver]>,
    /// The role they point to (for colour).
    pub role: Role,
}

/// A short list of question and chosen answer pairs.
#[component]
pub fn DriverList(props: &DriverListProps) -> Html {
    let items = &CONTENT.bank.items;
    let class = match props.role {
        Role::Owner => "rf-drivers-list--owner",
        Role::Manager => "rf-drivers-list--manager",
    };
    html! {
        <div class={classes!("rf-drivers-list", class)}>
            <h4>{ props.heading }</h4>
            if props.drivers.is_empty() {
                <p class="rf-muted">{ CONTENT.ui.drivers_none }</p>
            } else {
                <ol>
                    { for props.drivers.iter().map(|d| {
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
