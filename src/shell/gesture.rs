//! One gesture, one control: the second and third clicks of a double or
//! triple click (or tap) act only on the control its first click acted on.
//! When that first click changes the screen (Start, Next, Retake), the rest
//! of the gesture lands on whatever took the control's place, such as an
//! option of the next question or, once the page has scrolled, a language's
//! button: those clicks are dropped before any handler, or the browser's own
//! default (checking a radio, following a link), sees them.
//!
//! The browser counts a gesture's clicks in each click's `detail`: 1 for its
//! first, 2 and 3 for those that follow at the same spot in quick
//! succession. Keys (Enter, Space) and script click with `detail` 0 and are
//! never held back.

use std::cell::RefCell;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// What a click acts on: the nearest interactive element around its target.
const CONTROLS: &str = "a[href], button, input, label, select, summary, textarea";

/// Watches every click on the page for the rest of its life.
pub fn guard() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    // The control the current gesture's first click landed on.
    let first = RefCell::new(None::<web_sys::Element>);
    // Capture phase on the document: before the widget's own handlers, and
    // not passive, so that the browser's default can be cancelled too.
    let options = EventListenerOptions { passive: false, ..EventListenerOptions::run_in_capture_phase() };
    EventListener::new_with_options(&document, "click", options, move |event| {
        let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() else { return };
        let control = click
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest(CONTROLS).ok().flatten());
        match click.detail() {
            0 => {}
            1 => drop(first.replace(control)),
            _ if *first.borrow() == control => {}
            _ => {
                event.prevent_default();
                event.stop_immediate_propagation();
            }
        }
    })
    .forget();
}
