//! "What would change it": the fewest answers that would flip the verdict.

use std::rc::Rc;

use yew::prelude::*;

use crate::bank::CONTENT;
use crate::scoring::{Answer, Verdict, what_would_change};
use crate::text::fill;

use super::verdict::verdict_text;

/// Props for [`WhatWouldChange`].
#[derive(Properties, PartialEq)]
pub struct WhatWouldChangeProps {
    /// One answer per item.
    pub answers: Rc<[Answer]>,
    /// The current verdict.
    pub verdict: Verdict,
}

/// Up to three answers that, given differently, would change the result.
#[component]
pub fn WhatWouldChange(props: &WhatWouldChangeProps) -> Html {
    let ui = &CONTENT.ui;
    let items = CONTENT.bank.items;
    let change = use_memo(props.answers.clone(), |answers| what_would_change(&CONTENT.bank, answers));
    let body = match &*change {
        Some((changes, verdict)) => html! {
            <>
                <p>{ fill(ui.change_intro, &[("verdict", verdict_text(*verdict))]) }</p>
                <ol class="rf-changes">
                    { for changes.iter().map(|c| {
                        let item = &items[c.item];
                        let text = |o: u8| item.options[usize::from(o)].text;
                        html! {
                            <li>
                                <span class="rf-driver-question">{ item.text }</span>
                                <span class="rf-driver-answer">{ fill(ui.change_instead, &[("to", text(c.to)), ("from", text(c.from))]) }</span>
                            </li>
                        }
                    }) }
                </ol>
            </>
        },
        None if props.verdict == Verdict::Both => html! { <p>{ ui.change_none_tie }</p> },
        None => html! { <p>{ ui.change_none }</p> },
    };
    html! {
        <section class="rf-change" aria-labelledby="rf-change-heading">
            <h3 id="rf-change-heading">{ ui.change_heading }</h3>
            { body }
        </section>
    }
}
