//! Focus follows the screen.

use yew::prelude::*;

use crate::shell::browser;
use crate::shell::components::HEADING_ID;
use crate::shell::route::Route;

/// On every new screen ([`Route::screen`]) after the first, moves focus to its heading (and
/// the heading into view), so keyboard and screen reader users land on it
/// and no key carries over to the screen before. The first screen is left
/// alone: the page, not the widget, decides where a visit starts.
#[hook]
pub fn use_heading_focus(route: &Route) {
    let first = use_mut_ref(|| true);
    use_effect_with(route.screen(), move |_| {
        if !first.replace(false)
            && let Some(heading) = browser::element_by_id::<web_sys::HtmlElement>(HEADING_ID)
        {
            let _ = heading.focus();
            heading.scroll_into_view_with_bool(false);
        }
    });
}
