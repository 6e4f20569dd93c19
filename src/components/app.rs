//! The root component: owns the quiz state and the shared-link view, saves
//! progress, follows the URL fragment and moves focus.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::bank::CONTENT;
use crate::browser;
use crate::quiz::{Action, Quiz, Screen};
use crate::share::{self, LinkError, Shared};
use crate::storage;

use super::{HEADING_ID, Intro, LinkErrorView, QuestionView, ResultView, StaleResultView};

/// The page option that sets where shared links point.
pub const SHARE_BASE_OPTION: &str = "share-base";

impl Reducible for Quiz {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Returning the same Rc tells yew nothing changed: no re-render.
        self.apply(action).map_or(self, Rc::new)
    }
}

fn initial_quiz() -> Quiz {
    storage::load()
        .and_then(|code| Quiz::resume(&CONTENT.bank, CONTENT.fingerprint, &code))
        .unwrap_or_else(|| Quiz::new(&CONTENT.bank))
}

/// The shared result in the URL fragment, if the page was opened from a link.
fn shared_in_url() -> Option<Result<Shared, LinkError>> {
    let fragment = browser::fragment();
    let code = share::code_in_fragment(&fragment)?;
    Some(share::decode(&CONTENT.bank, CONTENT.fingerprint, code))
}

/// Where shared links point: the `share-base` option if it is an http(s)
/// URL, else this page.
fn share_base() -> String {
    match browser::query_param(SHARE_BASE_OPTION) {
        Some(base) if browser::is_http_url(&base) => base,
        Some(base) => {
            browser::warn(&format!(
                "rolefit: ignoring option {SHARE_BASE_OPTION}=\"{base}\": it must be an http or https URL"
            ));
            browser::page_url()
        }
        None => browser::page_url(),
    }
}

/// The whole widget.
#[component]
pub fn App() -> Html {
    let quiz = use_reducer(initial_quiz);
    let shared = use_state_eq(shared_in_url);
    let base = use_memo((), |_| share_base());

    // Keep saved progress in step with the quiz: saved mid-quiz, cleared on
    // the result. Viewing a shared link never touches it.
    use_effect_with((*quiz).clone(), |quiz| {
        match quiz.progress_code(CONTENT.fingerprint) {
            Some(code) => storage::save(&code),
            None => storage::clear(),
        }
    });

    // A link pasted into the address bar of an open page changes only the fragment.
    {
        let shared = shared.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| shared.set(shared_in_url()))
            });
            move || drop(listener)
        });
    }

    // On every step after the first render, move focus to the new heading so
    // keyboard and screen reader users land on it.
    let first_render = use_mut_ref(|| true);
    let view_key = (shared.is_some(), quiz.screen());
    use_effect_with(view_key, move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            return;
        }
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(HEADING_ID))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
            heading.scroll_into_view_with_bool(false);
        }
    });

    let dispatch = |action: Action| {
        let quiz = quiz.clone();
        Callback::from(move |_| quiz.dispatch(action))
    };
    let take_it_yourself = {
        let (shared, quiz) = (shared.clone(), quiz.clone());
        Callback::from(move |_| {
            browser::clear_fragment();
            shared.set(None);
            // Someone who finished earlier in this tab starts afresh rather
            // than landing on their old result under a "take the quiz" button.
            if quiz.screen() == Screen::Result {
                quiz.dispatch(Action::Retake);
            }
        })
    };

    let screen = match &*shared {
        Some(Ok(Shared::Exact(answers))) => html! {
            <ResultView answers={Rc::from(answers.as_slice())} on_primary={take_it_yourself} />
        },
        Some(Ok(Shared::Stale {
            owner_fit,
            manager_fit,
        })) => html! {
            <StaleResultView owner_fit={*owner_fit} manager_fit={*manager_fit} on_take={take_it_yourself} />
        },
        Some(Err(error)) => html! { <LinkErrorView error={*error} on_take={take_it_yourself} /> },
        None => match quiz.screen() {
            Screen::Intro => html! {
                <Intro items={quiz.bank().items.len()} answered={quiz.answered()} on_start={dispatch(Action::Start)} />
            },
            Screen::Question(n) => {
                let on_choose = {
                    let quiz = quiz.clone();
                    Callback::from(move |option: u8| quiz.dispatch(Action::Choose(option)))
                };
                html! {
                    <QuestionView
                        item={&quiz.bank().items[n]}
                        number={n + 1}
                        total={quiz.bank().items.len()}
                        answer={quiz.answers()[n]}
                        {on_choose}
                        on_next={dispatch(Action::Next)}
                        on_back={dispatch(Action::Back)}
                    />
                }
            }
            Screen::Result => {
                let link = share::encode(&CONTENT.bank, CONTENT.fingerprint, quiz.answers())
                    .map(|code| AttrValue::from(share::link(&base, &code)));
                html! {
                    <ResultView answers={Rc::from(quiz.answers())} share_link={link} on_primary={dispatch(Action::Retake)} />
                }
            }
        },
    };
    html! {
        <main class="rf-app">{ screen }</main>
    }
}
