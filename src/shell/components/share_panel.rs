//! Copy or share the link to a result, with a visible confirmation.

use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::bank::Locale;
use crate::shell::browser::{self, ShareOutcome};

/// Where copying or sharing the link stands. The panel's own: a new screen
/// mounts a new panel, with nothing copied or shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShareStatus {
    /// Nothing tried yet.
    #[default]
    Idle,
    /// The link is on the clipboard.
    Copied,
    /// Copying failed: the link is shown, selected, to copy by hand.
    Manual,
    /// The share sheet reported success.
    Shared,
}

/// The id of the read-only field that shows the link to copy by hand.
pub const SHARE_FIELD_ID: &str = "rf-share-link";

/// What [`SharePanel`] offers.
#[derive(Properties)]
pub struct SharePanelProps {
    /// The words to say it in.
    pub locale: &'static Locale,
    /// The link to the person's result.
    pub link: AttrValue,
}

/// The words compare by identity, as [`super::ResultViewProps`]' do.
impl PartialEq for SharePanelProps {
    fn eq(&self, other: &Self) -> bool {
        let Self { locale, link } = self;
        std::ptr::eq(*locale, other.locale) && *link == other.link
    }
}

/// "Copy link" (Clipboard API, falling back to a selected read-only field)
/// and "Share…" (Web Share API, only where the browser offers it), with a
/// status line saying what happened.
#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let t = props.locale;
    let ui = &t.ui;
    let status = use_state_eq(ShareStatus::default);
    let field = use_node_ref();
    // When copying fails, the link appears in a field: select it for
    // copying by hand.
    {
        let field = field.clone();
        use_effect_with(*status, move |status| {
            if *status == ShareStatus::Manual
                && let Some(input) = field.cast::<HtmlInputElement>()
            {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let on_copy = {
        let (set_status, link) = (status.setter(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (set_status, link) = (set_status.clone(), link.clone());
            spawn_local(async move {
                let copied = browser::copy_text(&link).await;
                set_status.set(if copied { ShareStatus::Copied } else { ShareStatus::Manual });
            });
        })
    };
    let on_share = {
        let (set_status, link) = (status.setter(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            let (set_status, link) = (set_status.clone(), link.clone());
            spawn_local(async move {
                match browser::share(ui.share_title, ui.share_text, &link).await {
                    ShareOutcome::Shared => set_status.set(ShareStatus::Shared),
                    ShareOutcome::Cancelled => {}
                    ShareOutcome::Failed => set_status.set(ShareStatus::Manual),
                }
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            input.select();
        }
    });
    let message = match *status {
        ShareStatus::Idle | ShareStatus::Manual => "",
        ShareStatus::Copied => ui.share_copied,
        ShareStatus::Shared => ui.share_done,
    };

    html! {
        <section class="rf-share" aria-labelledby="rf-share-heading">
            <h3 id="rf-share-heading">{ ui.share_heading }</h3>
            <p class="rf-muted">{ ui.share_intro }</p>
            <div class="rf-share-actions">
                <button type="button" class="rf-btn rf-btn--ghost" onclick={on_copy}>{ ui.share_copy }</button>
                if browser::can_share() {
                    <button type="button" class="rf-btn rf-btn--ghost" onclick={on_share}>{ ui.share_native }</button>
                }
            </div>
            if *status == ShareStatus::Manual {
                <label class="rf-share-manual" for={SHARE_FIELD_ID}>{ ui.share_manual }</label>
                <input
                    ref={field}
                    id={SHARE_FIELD_ID}
                    class="rf-share-link"
                    type="text"
                    readonly=true
                    value={props.link.clone()}
                    aria-label={ui.share_link_label}
                    onfocus={select_all}
                />
            }
            <p class="rf-share-status" role="status">{ message }</p>
        </section>
    }
}
