//! What the host page hears: that the widget is ready and how tall it is,
//! and where the person is.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::events::HostEvent;
use crate::core::quiz::{Quiz, Screen};
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

/// What the host page has been told, as far as the next report depends on it.
#[derive(Clone)]
pub struct HostReports {
    /// Set when the person loads a result another tab has already reported
    /// complete; the next new screen reads and clears it.
    completed_elsewhere: Rc<RefCell<bool>>,
}

impl HostReports {
    /// The person loads another tab's `run` while on `route`: a result
    /// loaded onto another screen was reported complete by the tab that
    /// finished it, so arriving at it here is no completion.
    pub fn loading(&self, run: &Quiz, route: &Route) {
        *self.completed_elsewhere.borrow_mut() = run.screen() == Screen::Result && *route != Route::Result;
    }
}

/// On each new screen ([`Route::screen`]), tells the host page what
/// [`Route::host_events`] says.
#[hook]
pub fn use_host_reports(route: &Route, quiz: &UseReducerHandle<Quiz>, origin: &Option<String>) -> HostReports {
    let completed_elsewhere = use_mut_ref(|| false);
    let previous = use_mut_ref(|| None::<Route>);
    let (route, quiz, origin, flag) = (route.clone(), quiz.clone(), origin.clone(), completed_elsewhere.clone());
    use_effect_with(route.screen(), move |_| {
        let before = previous.replace(Some(route.clone()));
        for event in route.host_events(before.as_ref(), &quiz, flag.replace(false)) {
            host::post(&event, origin.as_deref());
        }
    });
    HostReports { completed_elsewhere }
}
