//! Copy or share the link to a result, with a visible confirmation.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::shell::browser::{self, ShareOutcome};

use crate::core::bank::Locale;

/// Where copying or sharing the link stands. Kept by [`crate::App`], so the
/// panel is a plain function rather than a component of its own.
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

/// The id of the read-only field that shows the link to copy by hand; [`crate::App`]
/// selects its text once it appears.
pub const SHARE_FIELD_ID: &str = "rf-share-link";

/// "Copy link" (Clipboard API, falling back to a selected read-only field)
/// and "Share…" (Web Share API, only where the browser offers it), for
/// `link`, reporting each change of status through `set_status`.
pub fn share_panel(
    t: &'static Locale,
    link: &AttrValue,
    status: ShareStatus,
    set_status: &Callback<ShareStatus>,
) -> Html {
    let ui = &t.ui;
    let can_share = browser::can_share();
    let on_copy = {
        let (set_status, link) = (set_status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (set_status, link) = (set_status.clone(), link.clone());
            spawn_local(async move {
                let copied = browser::copy_text(&link).await;
                set_status.emit(if copied { ShareStatus::Copied } else { ShareStatus::Manual });
            });
        })
    };
    let on_share = {
        let (set_status, link) = (set_status.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (set_status, link) = (set_status.clone(), link.clone());
            spawn_local(async move {
                match browser::share(ui.share_title, ui.share_text, &link).await {
                    ShareOutcome::Shared => set_status.emit(ShareStatus::Shared),
                    ShareOutcome::Cancelled => {}
                    ShareOutcome::Failed => set_status.emit(ShareStatus::Manual),
                }
            });
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        }
    });
    let message = match status {
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
                if can_share {
                    <button type="button" class="rf-btn rf-btn--ghost" onclick={on_share}>{ ui.share_native }</button>
                }
            </div>
            if status == ShareStatus::Manual {
                <label class="rf-share-manual" for={SHARE_FIELD_ID}>{ ui.share_manual }</label>
                <input
                    id={SHARE_FIELD_ID}
                    class="rf-share-link"
                    type="text"
                    readonly=true
                    value={link.clone()}
                    aria-label={ui.share_link_label}
                    onfocus={select_all}
                />
            }
            <p class="rf-share-status" role="status">{ message }</p>
        </section>
    }
}
