//! A short profile of a role (focus, when it starts, skills, metrics), folded
//! away until opened, and both roles' profiles side by side.

use yew::prelude::*;

use crate::core::bank::Locale;
use crate::core::scoring::Role;
use crate::core::text::fill;

/// The profile card of `role`: a disclosure whose summary is its heading.
pub fn profile_card(t: &'static Locale, role: Role) -> Html {
    let ui = &t.ui;
    let profile = match role {
        Role::Owner => &t.profiles.owner,
        Role::Manager => &t.profiles.manager,
    };
    let list = |entries: &'static [&'static str]| {
        html! {
            <ul>{ for entries.iter().map(|e| html! { <li>{ *e }</li> }) }</ul>
        }
    };
    html! {
        <details class="rf-profile rf-fold" data-role={role.id()}>
            <summary><h3>{ fill(ui.profile_heading, &[("role", profile.name)]) }</h3></summary>
            <p>{ profile.summary }</p>
            <dl>
                <dt>{ ui.profile_focus }</dt>
                <dd>{ profile.focus }</dd>
                <dt>{ ui.profile_starts }</dt>
                <dd>{ profile.starts }</dd>
                <dt>{ ui.profile_skills }</dt>
                <dd>{ list(profile.skills) }</dd>
                <dt>{ ui.profile_metrics }</dt>
                <dd>{ list(profile.metrics) }</dd>
            </dl>
        </details>
    }
}

/// Both roles' profiles, owner first, so a person sees what they are
/// choosing between whatever the verdict.
pub fn profiles(t: &'static Locale) -> Html {
    html! { <>{ profile_card(t, Role::Owner) }{ profile_card(t, Role::Manager) }</> }
}
