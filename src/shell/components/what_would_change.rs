//! "What would change it": the fewest answers that would flip the verdict.

use yew::prelude::*;

use crate::core::bank::Locale;
use crate::core::scoring::{Flip, Verdict};
use crate::core::text::fill;

use super::verdict::verdict_text;

/// Up to three answers that, given differently, would change the result
/// from `verdict`: `change` as worked out by
/// [`crate::core::scoring::what_would_change`].
/// `shared` words the verdict as `verdict_text` does.
pub fn what_would_change(t: &'static Locale, change: Option<&Flip>, verdict: Verdict, shared: bool) -> Html {
    let ui = &t.ui;
    let items = t.items;
    let body = match change {
        Some((changes, verdict)) => html! {
            <>
                <p>{ fill(ui.change_intro, &[("verdict", verdict_text(t, *verdict, shared))]) }</p>
                <ol class="rf-changes">
                    { for changes.iter().map(|c| {
                        let item = &items[c.item];
                        let text = |o: u8| item.options[usize::from(o)];
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
        None if verdict == Verdict::Both => html! { <p>{ ui.change_none_tie }</p> },
        None => html! { <p>{ ui.change_none }</p> },
    };
    html! {
        <section class="rf-change" aria-labelledby="rf-change-heading">
            <h3 id="rf-change-heading">{ ui.change_heading }</h3>
            { body }
        </section>
    }
}
