//! Copy or share the link to a result, with a visible confirmation.

use yew::prelude::*;

use crate::browser::{self, ShareOutcome};

use super::Words;

/// Props for [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The full link to the result.
    pub link: AttrValue,
    /// The language to speak.
    #[prop_or_default]
    pub words: Words,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Idle,
    Copied,
    /// Copying failed: the link is shown, selected, to copy by hand.
    Manual,
    Shared,
}

/// "Copy link" (Clipboard API, falling back to a selected read-only field)
/// and "Share…" (Web Share API, only where the browser offers it).
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let ui = &props.words.0.ui;
    let status = use_state_eq(|| Status::Idle);
    let can_share = browser::can_share();
    let field = use_node_ref();

    {
        // Select the link once it is shown for copying by hand.
        let field = field.clone();
        use_effect_with(*status, move |status| {
            if *status == Status::Manual
                && let Some(input) = field.cast::<web_sys::HtmlInputElement>()
            {
                let _ = input.focus();
                input.select();
            }
        });
    }

    let on_copy = {
        let (status, link) = (status.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            browser::copy_text(&link, move |copied| status.set(if copied { Status::Copied } else { Status::Manual }));
        })
    };
    let on_share = {
        let (status, link) = (status.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, link) = (status.clone(), link.clone());
            browser::share(ui.share_title, ui.share_text, &link, move |outcome| match outcome {
                ShareOutcome::Shared => status.set(Status::Shared),
                ShareOutcome::Cancelled => {}
                ShareOutcome::Failed => status.set(Status::Manual),
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    let message = match *status {
        Status::Idle | Status::Manual => "",
        Status::Copied => ui.share_copied,
        Status::Shared => ui.share_done,
    };

    html! {
        <section class="rf-share" aria-labelledby="rf-share-heading">
            <h3 id="rf-share-heading">{ ui.share_heading }</h3>
            <p class="rf-muted">{ ui.share_intro }</p>
            <div class="rf-share-actions">
                <button type="button" class="rf-btn rf-btn--ghost" onclick={on_copy}>{ ui.share_copy }</button>
                if can_share {
                    <button type="button" class="rf-btn rf-btn--ghost" onclick={on_share}>{ ui.share_native }</button>
                }
            </div>
            if *status == Status::Manual {
                <label class="rf-share-manual" for="rf-share-link">{ ui.share_manual }</label>
                <input
                    id="rf-share-link"
                    class="rf-share-link"
                    type="text"
                    readonly=true
                    value={props.link.clone()}
                    aria-label={ui.share_link_label}
                    ref={field}
                    onfocus={select_all}
                />
            }
            <p class="rf-share-status" role="status">{ message }</p>
        </section>
    }
}
