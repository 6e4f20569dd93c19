//! The host's call to action for the suggested role, such as "See our open
//! product owner roles".

use std::rc::Rc;

use yew::prelude::*;

use crate::options::Options;
use crate::scoring::Verdict;

/// Props for [`CallsToAction`].
#[derive(Properties, PartialEq)]
pub struct CallsToActionProps {
    /// The verdict whose role's call to action to show (both for a tie).
    pub verdict: Verdict,
}

/// Links configured by the host page; nothing when none are set. The URLs
/// were checked to be http(s) when the options were read.
#[component]
pub fn CallsToAction(props: &CallsToActionProps) -> Html {
    let Some(options) = use_context::<Rc<Options>>() else {
        return Html::default();
    };
    let ctas: Vec<_> = match props.verdict {
        Verdict::Owner => vec![&options.owner_cta],
        Verdict::Manager => vec![&options.manager_cta],
        Verdict::Both => vec![&options.owner_cta, &options.manager_cta],
    }
    .into_iter()
    .flatten()
    .collect();
    if ctas.is_empty() {
        return Html::default();
    }
    html! {
        <div class="rf-ctas">
            { for ctas.into_iter().map(|cta| html! {
                // `_top`: from inside an embed, the career page itself moves on.
                <a class="rf-btn rf-btn--primary rf-cta" href={cta.url.clone()} target="_top" rel="noopener">{ cta.label.clone() }</a>
            }) }
        </div>
    }
}
