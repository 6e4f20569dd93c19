//! The host's call to action for the suggested role, such as "See our open
//! product owner roles".

use yew::prelude::*;

use crate::core::options::Options;
use crate::core::scoring::Verdict;

/// The links the host page configured for the `verdict`'s role (both for a
/// tie); nothing when none are set. The URLs were checked to be http(s) when
/// the options were read.
pub fn calls_to_action(options: &Options, verdict: Verdict) -> Html {
    let ctas: Vec<_> = match verdict {
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
