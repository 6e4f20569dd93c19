//! A short profile of a role (focus, when it starts, skills, metrics), and
//! which profiles a verdict shows.

use yew::prelude::*;

use crate::core::bank::Locale;
use crate::core::scoring::{Role, Verdict};
use crate::core::text::fill;

/// The profile card of `role`.
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
        <section class="rf-profile" data-role={role.id()}>
            <h3>{ fill(ui.profile_heading, &[("role", profile.name)]) }</h3>
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
        </section>
    }
}

/// The profiles to show for a verdict: the suggested role, or both.
pub fn profiles_for(t: &'static Locale, verdict: Verdict) -> Html {
    let roles: &[Role] = match verdict {
        Verdict::Owner => &[Role::Owner],
        Verdict::Manager => &[Role::Manager],
        Verdict::Both => &[Role::Owner, Role::Manager],
    };
    roles.iter().map(|&role| profile_card(t, role)).collect()
}
