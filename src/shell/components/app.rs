//! The root component: routing and composition. The state is in
//! [`crate::shell::state`], what follows from it in [`crate::shell::hooks`],
//! the screens in their own files; here the route picks the screen and the
//! person's clicks are wired to the state.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::bank::{CONTENT, Language, Locale};
use crate::core::options::{self, Options};
use crate::core::quiz::{Action, Quiz, Screen};
use crate::core::share::{self, LinkError, Recorded, Shared};
use crate::shell::browser;
use crate::shell::hooks::{
    HostReports, SavedProgress, use_fragment_link, use_heading_focus, use_host_connection, use_host_reports,
    use_kept_stale, use_language, use_language_memory, use_other_tab_offer, use_save_progress, use_saved_progress,
};
use crate::shell::route::Route;
use crate::shell::state::{Move, initial_quiz, with_intro};

use super::{
    IntroProps, LinkErrorViewProps, QuestionViewProps, ResultView, StaleResultViewProps, intro, language_switch,
    link_error_view, other_tab_notice, question_view, stale_result_view,
};

/// What [`App`] starts with, set up by [`crate::shell::page::start`].
#[derive(Properties)]
pub struct AppProps {
    /// The page's options, read and checked once.
    pub options: Rc<Options>,
    /// The language to start in, its words already loaded.
    pub locale: &'static Locale,
    /// The person's first choice of language, if its words could not be
    /// loaded and the page started in the next one.
    pub unavailable: Option<&'static Language>,
}

/// The props are set once, at mount: the same options (by identity) and the
/// same language make the same props.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.options, &other.options) && self.locale.tag == other.locale.tag
    }
}

/// The quiz's state, and the state beside it that decides the route.
struct Run {
    quiz: UseReducerHandle<Quiz>,
    link: UseStateHandle<Option<Result<Shared, LinkError>>>,
    kept: UseStateHandle<Option<Recorded>>,
    offer: UseStateHandle<Option<Quiz>>,
}

impl Run {
    /// A click that does `action` to the quiz.
    fn act(&self, action: Action) -> Callback<()> {
        let quiz = self.quiz.clone();
        Callback::from(move |()| quiz.dispatch(action.into()))
    }

    /// Leaves a shared link (or a broken one) for the person's own quiz.
    /// Someone who finished earlier in this tab starts afresh rather than
    /// landing on their old result under a "take the quiz" button.
    fn take_it_yourself(&self) -> Callback<()> {
        let (link, quiz) = (self.link.setter(), self.quiz.clone());
        Callback::from(move |()| {
            browser::clear_fragment();
            link.set(None);
            if quiz.screen() == Screen::Result {
                quiz.dispatch(Action::Retake.into());
            }
        })
    }

    /// Retakes the quiz from a kept stale result, which lets it go (and any
    /// offer of another tab's).
    fn retake_kept(&self) -> Callback<()> {
        let (kept, offer, quiz) = (self.kept.setter(), self.offer.setter(), self.quiz.clone());
        Callback::from(move |()| {
            kept.set(None);
            offer.set(None);
            quiz.dispatch(Action::Retake.into());
        })
    }
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    // Debug builds only: `?debug-panic` panics during render, to test the
    // panic hook end to end. Release builds contain no such trigger.
    #[cfg(debug_assertions)]
    if browser::query_param("debug-panic").is_some() {
        panic!("debug-panic trigger");
    }
    let options = &props.options;
    let origin = &options.parent_origin;
    use_host_connection(origin);
    let saved = use_saved_progress(&options.slot);
    let run = Run {
        link: use_fragment_link(),
        quiz: {
            let (show_intro, saved) = (options.intro, saved.clone());
            use_reducer(move || initial_quiz(show_intro, saved.opened().kept.as_ref()))
        },
        kept: use_kept_stale(&saved),
        offer: use_other_tab_offer(&saved),
    };
    // A kept stale result is shown by its code until the person retakes;
    // viewing a shared link never touches what is saved.
    let shown = if run.kept.is_some() { saved.own() } else { run.quiz.saved_code(CONTENT.fingerprint) };
    use_save_progress(&saved, shown);

    let route = Route::of(run.link.as_ref(), *run.kept, run.quiz.screen());
    let reports = use_host_reports(&route, &run.quiz, origin);
    use_heading_focus(&route);
    let (speech, on_pick) = use_language(props.locale, props.unavailable);
    use_language_memory(speech.locale);
    let t = speech.locale;

    let notice = run
        .offer
        .as_ref()
        .filter(|_| run.link.is_none())
        .map(|newer| offer_notice(t, &run, &saved, &reports, newer, &route, options.intro));
    html! {
        <main class="rf-app">
            if !route.has_own_h1() {
                <h1 class="rf-sr-only">{ t.ui.app_title }</h1>
            }
            // Always in the page, so screen readers announce a notice that
            // appears in it.
            <div class="rf-other-tab-region" aria-live="polite">{ notice }</div>
            { screen(t, &route, &run, options) }
            { language_switch(t, speech.switch, on_pick) }
        </main>
    }
}

/// The screen for `route`.
fn screen(t: &'static Locale, route: &Route, run: &Run, options: &Rc<Options>) -> Html {
    let quiz = &run.quiz;
    match route {
        Route::Intro => intro(
            t,
            &IntroProps { items: quiz.bank().items.len(), answered: quiz.answered(), on_start: run.act(Action::Start) },
        ),
        Route::Question(n) => question_screen(t, run, *n),
        Route::Result => html! {
            <ResultView
                locale={t}
                answers={Rc::from(quiz.answers())}
                share_link={own_link(options, quiz)}
                on_primary={run.act(Action::Retake)}
                options={options.clone()}
            />
        },
        Route::Kept(recorded) => stale_result_view(
            t,
            &StaleResultViewProps { recorded: *recorded, own: true, on_take: run.retake_kept(), options },
        ),
        Route::Shared(answers) => html! {
            <ResultView
                locale={t}
                answers={answers.clone()}
                share_link={None::<AttrValue>}
                on_primary={run.take_it_yourself()}
                options={options.clone()}
            />
        },
        Route::SharedStale(recorded) => stale_result_view(
            t,
            &StaleResultViewProps { recorded: *recorded, own: false, on_take: run.take_it_yourself(), options },
        ),
        Route::BadLink(error) => {
            link_error_view(t, &LinkErrorViewProps { error: *error, on_take: run.take_it_yourself() })
        }
    }
}

/// Question `n` of the run.
fn question_screen(t: &'static Locale, run: &Run, n: usize) -> Html {
    let quiz = &run.quiz;
    let on_choose = {
        let quiz = quiz.clone();
        Callback::from(move |option: u8| quiz.dispatch(Action::Choose(option).into()))
    };
    question_view(
        t,
        &QuestionViewProps {
            item: &quiz.bank().items[n],
            order: Rc::from(quiz.option_order(n)),
            number: n + 1,
            total: quiz.bank().items.len(),
            answered: quiz.answers().iter().flatten().count(),
            answer: quiz.answers()[n],
            on_choose,
            on_next: run.act(Action::Next),
            on_back: quiz.can_go_back().then(|| run.act(Action::Back)),
        },
    )
}

/// The link to the person's own result, for the share panel. Links are
/// language-neutral: whoever opens one reads it in their own.
fn own_link(options: &Options, quiz: &Quiz) -> Option<AttrValue> {
    let base =
        options.share_base.clone().unwrap_or_else(|| share::without_params(&browser::page_url(), &options::names::ALL));
    let code = share::encode(&CONTENT.bank, CONTENT.fingerprint, quiz.answers())?;
    Some(AttrValue::from(share::link(&base, &code)))
}

/// The notice offering `newer`, another tab's run or result: load it, or
/// keep the one on screen. Either way the offer goes.
fn offer_notice(
    t: &'static Locale,
    run: &Run,
    saved: &SavedProgress,
    reports: &HostReports,
    newer: &Quiz,
    route: &Route,
    show_intro: bool,
) -> Html {
    let on_load = {
        let (saved, kept, offer, quiz) = (saved.clone(), run.kept.setter(), run.offer.setter(), run.quiz.clone());
        let (newer, reports, route) = (newer.clone(), reports.clone(), route.clone());
        Callback::from(move |()| {
            saved.adopt();
            reports.loading(&newer, &route);
            quiz.dispatch(Move::Load(with_intro(show_intro, newer.clone())));
            kept.set(None);
            offer.set(None);
        })
    };
    let on_keep = {
        let (saved, offer) = (saved.clone(), run.offer.setter());
        Callback::from(move |()| {
            saved.keep();
            offer.set(None);
        })
    };
    other_tab_notice(t, on_load, on_keep)
}
