//! One question per screen: progress, the options as a labelled radio group,
//! and Back / Next.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::bank::{CONTENT, Item, Kind, Locale, item_index};
use crate::core::text::{fill, number};

use super::HEADING_ID;

/// What [`question_view`] shows.
#[derive(Properties, PartialEq)]
pub struct QuestionViewProps {
    /// The item to ask.
    pub item: &'static Item,
    /// Its 1-based position.
    pub number: usize,
    /// How many items there are.
    pub total: usize,
    /// How many are answered: what the progress bar shows.
    pub answered: usize,
    /// The order to show the options in, as option indices.
    pub order: Rc<[u8]>,
    /// The option already chosen, if any.
    pub answer: Option<u8>,
    /// An option was picked.
    pub on_choose: Callback<u8>,
    /// Next (or "see my result" on the last question).
    pub on_next: Callback<()>,
    /// Back; `None` where there is nothing to go back to (the first
    /// question of a page without the intro).
    pub on_back: Option<Callback<()>>,
}

/// A question screen.
pub fn question_view(t: &'static Locale, props: &QuestionViewProps) -> Html {
    let ui = &t.ui;
    let item = props.item;
    let item_text = item_index(&CONTENT.bank, item).and_then(|i| t.items.get(i));
    let progress = fill(
        ui.progress,
        &[("current", &number(props.number, ui.group_separator)), ("total", &number(props.total, ui.group_separator))],
    );
    let answered = props.answer.is_some();
    let is_last = props.number == props.total;
    let scale = item.kind == Kind::Scale;

    let on_submit = {
        let on_next = props.on_next.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_next.emit(());
        })
    };
    let on_back = props.on_back.as_ref().map(|on_back| on_back.reform(|_: MouseEvent| ()));
    let group = ["rf-", item.id].concat();

    let options =
        props.order.iter().filter_map(|&index| Some((*item_text?.options.get(usize::from(index))?, index))).map(
            |(option, index)| {
                let on_change = props.on_choose.reform(move |_: Event| index);
                html! {
                    <li>
                        <label class="rf-option">
                            <input
                                type="radio"
                                name={group.clone()}
                                value={index.to_string()}
                                checked={props.answer == Some(index)}
                                onchange={on_change}
                            />
                            <span class="rf-option-text">{ option }</span>
                        </label>
                    </li>
                }
            },
        );

    html! {
        <section class="rf-card rf-question" aria-labelledby={HEADING_ID}>
            <div class="rf-progress">
                <p class="rf-progress-text" aria-hidden="true">{ progress.clone() }</p>
                <progress
                    max={props.total.to_string()}
                    value={props.answered.to_string()}
                    aria-label={ui.progress_label}
                    aria-valuetext={progress.clone()}
                />
            </div>
            <p class="rf-sr-only" aria-live="polite">{ progress }</p>
            <form class="rf-form" onsubmit={on_submit}>
                <fieldset>
                    <legend>
                        <h2 id={HEADING_ID} tabindex="-1">{ item_text.map(|w| w.text) }</h2>
                    </legend>
                    if scale {
                        <p class="rf-scale-prompt">{ ui.scale_prompt }</p>
                    }
                    // Keyed by the item: each question gets inputs of its own, so no radio
                    // carries its checked state over from the question before.
                    <ul key={item.id} class="rf-options" data-kind={if scale { "scale" } else { "choice" }} role="list">
                        { for options }
                    </ul>
                </fieldset>
                <div class={classes!("rf-nav", on_back.is_none().then_some("rf-nav--end"))}>
                    if let Some(on_back) = on_back {
                        <button type="button" class="rf-btn rf-btn--ghost" onclick={on_back}>{ ui.back }</button>
                    }
                    <button type="submit" class="rf-btn rf-btn--primary" disabled={!answered}>
                        { if is_last { ui.see_result } else { ui.next } }
                    </button>
                </div>
                // Under the buttons: when it goes, nothing moves and no gap opens.
                <p class="rf-hint" data-answered={answered.then_some("")}>{ ui.choose_hint }</p>
            </form>
        </section>
    }
}
