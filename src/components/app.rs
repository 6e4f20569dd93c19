//! The root component: owns the quiz state, saves progress and moves focus.

use std::rc::Rc;

use yew::prelude::*;

use crate::bank::CONTENT;
use crate::quiz::{Action, Quiz, Screen};
use crate::storage;

use super::{HEADING_ID, Intro, QuestionView, ResultView};

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

/// The whole widget.
#[component]
pub fn App() -> Html {
    let quiz = use_reducer(initial_quiz);

    // Keep saved progress in step with the state: saved mid-quiz, cleared on
    // the result and after a retake with nothing answered yet.
    use_effect_with((*quiz).clone(), |quiz| {
        match quiz.progress_code(CONTENT.fingerprint) {
            Some(code) => storage::save(&code),
            None => storage::clear(),
        }
    });

    // On every step after the first render, move focus to the new heading so
    // keyboard and screen reader users land on the question.
    let first_render = use_mut_ref(|| true);
    use_effect_with(quiz.screen(), move |_| {
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
    let on_choose = {
        let quiz = quiz.clone();
        Callback::from(move |option: u8| quiz.dispatch(Action::Choose(option)))
    };

    let screen = match quiz.screen() {
        Screen::Intro => html! {
            <Intro items={quiz.bank().items.len()} answered={quiz.answered()} on_start={dispatch(Action::Start)} />
        },
        Screen::Question(n) => html! {
            <QuestionView
                item={&quiz.bank().items[n]}
                number={n + 1}
                total={quiz.bank().items.len()}
                answer={quiz.answers()[n]}
                {on_choose}
                on_next={dispatch(Action::Next)}
                on_back={dispatch(Action::Back)}
            />
        },
        Screen::Result => html! {
            <ResultView answers={Rc::from(quiz.answers())} on_retake={dispatch(Action::Retake)} />
        },
    };
    html! {
        <main class="rf-app">{ screen }</main>
    }
}
