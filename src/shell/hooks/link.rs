//! A shared result in the URL fragment.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::bank::CONTENT;
use crate::core::share::{self, LinkError, Shared};
use crate::shell::browser;

/// The shared result in the URL fragment, if the page was opened from a
/// link; kept in step with the fragment, since a link pasted into the
/// address bar of an open page changes only the fragment.
#[hook]
pub fn use_fragment_link() -> UseStateHandle<Option<Result<Shared, LinkError>>> {
    let link = use_state_eq(shared_in_url);
    let set = link.setter();
    use_effect_with((), move |_| {
        let listener =
            web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| set.set(shared_in_url())));
        move || drop(listener)
    });
    link
}

/// The shared result in the URL fragment, read and checked.
fn shared_in_url() -> Option<Result<Shared, LinkError>> {
    let fragment = browser::fragment();
    let code = share::code_in_fragment(&fragment)?;
    Some(share::decode(&CONTENT.bank, CONTENT.fingerprint, code))
}
