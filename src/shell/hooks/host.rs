//! What the host page hears: that the widget is ready and how tall it is,
//! and where the person is.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::events::HostEvent;
use crate::core::quiz::Quiz;
use crate::shell::host;
use crate::shell::route::Route;

/// Once: "ready", then the widget's height, again whenever it changes and
/// whenever the parent asks.
#[hook]
pub fn use_host_connection(origin: &Option<String>) {
    let origin = origin.clone();
    use_effect_with((), move |_| {
        let report = {
            let origin = origin.clone();
            move || host::post(&HostEvent::Resize { height: host::content_height() }, origin.as_deref())
        };
        host::post(&HostEvent::Ready, origin.as_deref());
        report();
        host::observe_height(report.clone());
        let measure = host::on_measure_request(origin, report);
        move || drop(measure)
    });
}

/// On each new screen ([`Route::screen`]), tells the host page what [`Route::host_events`] says.
/// Returns the flag to set when the person loads a result another tab has
/// already reported complete; the next route change reads and clears it.
#[hook]
pub fn use_host_reports(route: &Route, quiz: &UseReducerHandle<Quiz>, origin: &Option<String>) -> Rc<RefCell<bool>> {
    let completed_elsewhere = use_mut_ref(|| false);
    let previous = use_mut_ref(|| None::<Route>);
    let (route, quiz, origin, flag) = (route.clone(), quiz.clone(), origin.clone(), completed_elsewhere.clone());
    use_effect_with(route.screen(), move |_| {
        let before = previous.replace(Some(route.clone()));
        for event in route.host_events(before.as_ref(), &quiz, flag.replace(false)) {
            host::post(&event, origin.as_deref());
        }
    });
    completed_elsewhere
}
