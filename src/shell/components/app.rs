//! The root component: owns the quiz state and the shared-link view, saves
//! progress (and hears when another tab changes it), follows the URL fragment
//! and moves focus.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::bank::{CONTENT, Language, Locale};
use crate::core::events::HostEvent;
use crate::core::options::{self, Options};
use crate::core::quiz::{Action, Quiz, Screen};
use crate::core::saved::{self, Kept, Keys, Opened};
use crate::core::scoring::score;
use crate::core::share::{self, LinkError, Recorded, Shared};
use crate::shell::page::set_document_lang;
use crate::shell::{browser, host, storage, words};

use super::{
    HEADING_ID, IntroProps, LanguageSwitch, LinkErrorViewProps, QuestionViewProps, ResultViewProps, SHARE_FIELD_ID,
    ShareStatus, StaleResultViewProps, intro, language_switch, link_error_view, other_tab_notice, question_view,
    result_view, stale_result_view,
};

/// What moves the quiz: the person's action, or another tab's run that the
/// person chose to load.
pub enum Move {
    /// Something the person did.
    Act(Action),
    /// Replace the run with this one.
    Load(Quiz),
}

impl From<Action> for Move {
    fn from(action: Action) -> Self {
        Move::Act(action)
    }
}

impl Reducible for Quiz {
    type Action = Move;

    fn reduce(self: Rc<Self>, step: Move) -> Rc<Self> {
        match step {
            // Returning the same Rc tells yew nothing changed: no re-render.
            Move::Act(action) => self.apply(action).map_or(self, Rc::new),
            Move::Load(quiz) => Rc::new(quiz),
        }
    }
}

/// What this tab opens on: its own run after a reload, else what the
/// widget kept (the core decides).
fn open_saved(keys: &Keys) -> Opened {
    saved::open(
        &CONTENT.bank,
        CONTENT.fingerprint,
        &storage::load(keys),
        storage::load_tab(keys).as_ref(),
        fresh_seed(),
    )
}

/// A seed for the order of a new run's choice options. Any will do.
fn fresh_seed() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

fn initial_quiz(show_intro: bool, kept: Option<&Kept>) -> Quiz {
    let quiz = match kept {
        Some(Kept::Run(quiz)) => quiz.clone(),
        _ => Quiz::with_seed(&CONTENT.bank, fresh_seed()),
    };
    if show_intro { quiz } else { quiz.without_intro() }
}

/// What the page shows, as far as the host page's events are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Quiz(Screen),
    /// The person's own result from questions that have changed since.
    Stale,
    Shared,
    BadLink,
}

/// Everything the page keeps besides the quiz: its options, its language
/// and any switch to another, a shared result opened from a link, and where
/// sharing stands. One reducer rather than a state hook each: every hook
/// instance costs the wasm code.
#[derive(Clone)]
struct Page {
    options: Rc<Options>,
    words: &'static Locale,
    switch: LanguageSwitch,
    shared: Option<Result<Shared, LinkError>>,
    share_status: ShareStatus,
    /// The person's own result, kept from questions that have changed
    /// since, shown until they retake.
    stale: Option<Recorded>,
    /// Another tab's newer run or result for this widget, offered beside
    /// the one shown.
    newer: Option<Quiz>,
}

/// A change to the [`Page`].
enum PageAction {
    /// The person picked a language whose words are here.
    Picked(&'static Locale),
    /// The person picked a language whose words are on their way.
    Switching(&'static Language),
    /// A language's words arrived; they replace the current ones if that is
    /// still the language the person last picked.
    Loaded(&'static Locale),
    /// A language's words could not be fetched.
    SwitchFailed(&'static Language),
    Shared(Option<Result<Shared, LinkError>>),
    ShareStatus(ShareStatus),
    /// What another tab saved that this one could load (or nothing).
    Newer(Option<Quiz>),
    /// The person left the kept stale result or the offer behind.
    Settled,
}

impl Reducible for Page {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        // Each no-op returns the same Rc, so nothing re-renders.
        let mut next = (*self).clone();
        match action {
            PageAction::Switching(language) => next.switch = LanguageSwitch::Loading(language),
            PageAction::Picked(locale) => {
                next.words = locale;
                next.switch = LanguageSwitch::Idle;
            }
            PageAction::Loaded(locale) => {
                // An earlier pick that arrives after a later one is dropped.
                let latest = self.switch.pending().is_some_and(|l| l.tag == locale.tag);
                return if latest { self.reduce(PageAction::Picked(locale)) } else { self };
            }
            PageAction::SwitchFailed(language) if self.switch.pending() == Some(language) => {
                next.switch = LanguageSwitch::Failed(language);
            }
            PageAction::Shared(shared) if shared != self.shared => next.shared = shared,
            PageAction::ShareStatus(status) if status != self.share_status => next.share_status = status,
            PageAction::Newer(newer) if newer != self.newer => next.newer = newer,
            PageAction::Settled if self.stale.is_some() || self.newer.is_some() => {
                next.stale = None;
                next.newer = None;
            }
            PageAction::SwitchFailed(_)
            | PageAction::Shared(_)
            | PageAction::ShareStatus(_)
            | PageAction::Newer(_)
            | PageAction::Settled => return self,
        }
        Rc::new(next)
    }
}

/// What [`App`] starts with, set up by [`crate::shell::page::start`].
#[derive(Properties)]
pub struct AppProps {
    /// The page's options, read and checked once.
    pub options: Rc<Options>,
    /// The language to start in, its words already loaded.
    pub words: &'static Locale,
    /// The person's first choice of language, if its words could not be
    /// loaded and the page started in the next one.
    pub unavailable: Option<&'static Language>,
}

/// The props are set once, at mount: the same options (by identity) and the
/// same language make the same props.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.options, &other.options) && self.words.tag == other.words.tag
    }
}

/// The shared result in the URL fragment, if the page was opened from a link.
fn shared_in_url() -> Option<Result<Shared, LinkError>> {
    let fragment = browser::fragment();
    let code = share::code_in_fragment(&fragment)?;
    Some(share::decode(&CONTENT.bank, CONTENT.fingerprint, code))
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
    // This widget's records, and what this tab shows and last saw of them,
    // read once.
    let keys = use_memo(props.options.slot.clone(), |slot| saved::keys(slot.as_deref()));
    let opened = {
        let keys = keys.clone();
        use_memo((), move |_| open_saved(&keys))
    };
    let tab = {
        let opened = opened.clone();
        use_mut_ref(move || opened.tab.clone())
    };
    let page = {
        let (options, words, unavailable, opened) =
            (props.options.clone(), props.words, props.unavailable, opened.clone());
        use_reducer(move || Page {
            options,
            words,
            switch: unavailable.map_or(LanguageSwitch::Idle, LanguageSwitch::FellBack),
            shared: shared_in_url(),
            share_status: ShareStatus::Idle,
            stale: match opened.kept {
                Some(Kept::Stale(recorded)) => Some(recorded),
                _ => None,
            },
            newer: opened.newer.clone(),
        })
    };
    let options = page.options.clone();
    let quiz = {
        let (show_intro, opened) = (options.intro, opened.clone());
        use_reducer(move || initial_quiz(show_intro, opened.kept.as_ref()))
    };
    let t = page.words;
    let shared = &page.shared;
    let share_status = page.share_status;
    // Links are language-neutral: whoever opens one reads it in their own.
    let base =
        options.share_base.clone().unwrap_or_else(|| share::without_params(&browser::page_url(), &options::names::ALL));
    let origin = options.parent_origin.clone();

    // Once: "ready", height reports and the parent's measure requests; and,
    // since a link pasted into the address bar of an open page changes only
    // the fragment, follow the fragment.
    {
        let (origin, page) = (origin.clone(), page.dispatcher());
        use_effect_with((), move |_| {
            let report = {
                let origin = origin.clone();
                move || host::post(&HostEvent::Resize { height: host::content_height() }, origin.as_deref())
            };
            host::post(&HostEvent::Ready, origin.as_deref());
            report();
            host::observe_height(report.clone());
            let measure = host::on_measure_request(origin, report);
            let fragment = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| page.dispatch(PageAction::Shared(shared_in_url())))
            });
            move || drop((measure, fragment))
        });
    }

    // Keep what is saved in step with what this tab shows (the core decides
    // what to write, and what of another tab's to leave alone); a stale
    // kept result is shown by its code until the person retakes. Viewing a
    // shared link never touches it. Keyed on the code rather than the quiz
    // (cheaper to compare than a clone).
    let shown = if page.stale.is_some() { tab.borrow().own.clone() } else { quiz.saved_code(CONTENT.fingerprint) };
    let saving = (keys.clone(), tab.clone());
    use_effect_with(shown, move |code| {
        let (keys, tab) = saving;
        let stored = storage::load(&keys);
        let (next, memory) = saved::save(&tab.borrow(), code.as_deref(), &stored);
        storage::save(&keys, &next);
        storage::save_tab(&keys, &memory);
        *tab.borrow_mut() = memory;
    });

    // When copying fails, the link appears in a field: select it for
    // copying by hand.
    use_effect_with(share_status, |status| {
        if *status == ShareStatus::Manual
            && let Some(field) = browser::element_by_id::<web_sys::HtmlInputElement>(SHARE_FIELD_ID)
        {
            let _ = field.focus();
            field.select();
        }
    });

    // Tell the host page where the person is: start, progress, complete, and
    // broken links. Never the answers themselves.
    let view = match shared {
        Some(Ok(_)) => View::Shared,
        Some(Err(_)) => View::BadLink,
        None if page.stale.is_some() => View::Stale,
        None => View::Quiz(quiz.screen()),
    };
    // Set when the person loads another tab's result, which that tab has
    // already reported as complete.
    let adopted_result = use_mut_ref(|| false);
    // Then, on every step after the first render, move focus to the new
    // heading so keyboard and screen reader users land on it; and start each
    // screen with nothing copied or shared.
    {
        let previous = use_mut_ref(|| None::<View>);
        let (quiz, origin, page, adopted) = (quiz.clone(), origin.clone(), page.dispatcher(), adopted_result.clone());
        use_effect_with(view, move |view| {
            let before = previous.borrow_mut().replace(*view);
            let post = |event: HostEvent| host::post(&event, origin.as_deref());
            match *view {
                View::Quiz(Screen::Question(n)) => {
                    // Entering the questions: a run with answers is resumed,
                    // not started, so that "start" counts real starts.
                    if !matches!(before, Some(View::Quiz(Screen::Question(_)))) {
                        post(if quiz.answered() == 0 { HostEvent::Start } else { HostEvent::Resume });
                    }
                    post(HostEvent::Progress { current: n + 1, total: quiz.answers().len() });
                }
                // Only the last question's Next completes a run: a result
                // restored on load, loaded from another tab, or come back to
                // from a shared link or a broken one, was completed before.
                View::Quiz(Screen::Result) => {
                    let adopted = adopted.replace(false);
                    if !adopted && matches!(before, Some(View::Quiz(Screen::Question(_)))) {
                        post(HostEvent::Complete(score(&CONTENT.bank, quiz.answers())));
                    }
                }
                View::BadLink => post(HostEvent::Error { code: "bad-link" }),
                View::Quiz(Screen::Intro) | View::Stale | View::Shared => {}
            }
            page.dispatch(PageAction::ShareStatus(ShareStatus::Idle));
            if before.is_some()
                && let Some(heading) = browser::element_by_id::<web_sys::HtmlElement>(HEADING_ID)
            {
                let _ = heading.focus();
                heading.scroll_into_view_with_bool(false);
            }
        });
    }

    // Another tab that changes this widget's records makes this one offer
    // them (the browser tells every tab but the one that wrote). Never a
    // silent switch: the person chooses.
    {
        let (keys, tab, page) = (keys.clone(), tab.clone(), page.dispatcher());
        use_effect_with((), move |_| {
            let listener = storage::on_change(&keys.clone(), move || {
                let stored = storage::load(&keys);
                let newer = saved::newer(&CONTENT.bank, CONTENT.fingerprint, &tab.borrow(), &stored, fresh_seed());
                page.dispatch(PageAction::Newer(newer));
            });
            move || drop(listener)
        });
    }
    let notice = page.newer.clone().filter(|_| shared.is_none()).map(|newer| {
        let on_load = {
            let (keys, tab, page, quiz, adopted) =
                (keys.clone(), tab.clone(), page.dispatcher(), quiz.clone(), adopted_result.clone());
            let showing_result = view == View::Quiz(Screen::Result);
            let show_intro = options.intro;
            Callback::from(move |()| {
                let memory = saved::adopt(&tab.borrow(), &storage::load(&keys));
                *tab.borrow_mut() = memory;
                *adopted.borrow_mut() = newer.screen() == Screen::Result && !showing_result;
                quiz.dispatch(Move::Load(if show_intro { newer.clone() } else { newer.clone().without_intro() }));
                page.dispatch(PageAction::Settled);
            })
        };
        let on_keep = {
            let (keys, tab, page) = (keys.clone(), tab.clone(), page.dispatcher());
            Callback::from(move |()| {
                let stored = storage::load(&keys);
                let (next, memory) = saved::keep(&tab.borrow(), &stored);
                storage::save(&keys, &next);
                storage::save_tab(&keys, &memory);
                *tab.borrow_mut() = memory;
                page.dispatch(PageAction::Newer(None));
            })
        };
        other_tab_notice(t, on_load, on_keep)
    });

    let dispatch = |action: Action| {
        let quiz = quiz.clone();
        Callback::from(move |_| quiz.dispatch(action.into()))
    };
    let take_it_yourself = {
        let (page, quiz) = (page.dispatcher(), quiz.clone());
        Callback::from(move |_| {
            browser::clear_fragment();
            page.dispatch(PageAction::Shared(None));
            // Someone who finished earlier in this tab starts afresh rather
            // than landing on their old result under a "take the quiz" button.
            if quiz.screen() == Screen::Result {
                quiz.dispatch(Action::Retake.into());
            }
        })
    };

    let screen = match shared {
        Some(Ok(Shared::Exact(answers))) => result_view(
            t,
            &ResultViewProps {
                answers: Rc::from(answers.as_slice()),
                share_link: None,
                on_primary: take_it_yourself,
                options: options.clone(),
                share_status: ShareStatus::Idle,
                on_share_status: Callback::noop(),
            },
        ),
        Some(Ok(Shared::Stale(recorded))) => stale_result_view(
            t,
            &StaleResultViewProps { recorded: *recorded, own: false, on_take: take_it_yourself, options: &options },
        ),
        Some(Err(error)) => link_error_view(t, &LinkErrorViewProps { error: *error, on_take: take_it_yourself }),
        // Retaking is what lets the kept result go.
        None if let Some(recorded) = page.stale => {
            let (page, quiz) = (page.dispatcher(), quiz.clone());
            let on_retake = Callback::from(move |()| {
                page.dispatch(PageAction::Settled);
                quiz.dispatch(Action::Retake.into());
            });
            stale_result_view(t, &StaleResultViewProps { recorded, own: true, on_take: on_retake, options: &options })
        }
        None => match quiz.screen() {
            Screen::Intro => intro(
                t,
                &IntroProps {
                    items: quiz.bank().items.len(),
                    answered: quiz.answered(),
                    on_start: dispatch(Action::Start),
                },
            ),
            Screen::Question(n) => {
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
                        on_next: dispatch(Action::Next),
                        on_back: quiz.can_go_back().then(|| dispatch(Action::Back)),
                    },
                )
            }
            Screen::Result => {
                let link = share::encode(&CONTENT.bank, CONTENT.fingerprint, quiz.answers())
                    .map(|code| AttrValue::from(share::link(&base, &code)));
                result_view(
                    t,
                    &ResultViewProps {
                        answers: Rc::from(quiz.answers()),
                        share_link: link,
                        on_primary: dispatch(Action::Retake),
                        options: options.clone(),
                        share_status,
                        on_share_status: {
                            let page = page.dispatcher();
                            Callback::from(move |status| page.dispatch(PageAction::ShareStatus(status)))
                        },
                    },
                )
            }
        },
    };
    // A pick downloads that language's words (once per page); until they
    // arrive, or if they cannot, the person stays in the current language.
    let on_language = {
        let page = page.dispatcher();
        Callback::from(move |language: &'static Language| {
            if let Some(locale) = words::loaded(language.tag) {
                if locale.tag == t.tag {
                    // The language shown, picked: the effect below sees no
                    // change, yet after a fallback the remembered pick is
                    // the language that could not be loaded.
                    storage::save_language(t.tag);
                }
                return page.dispatch(PageAction::Picked(locale));
            }
            page.dispatch(PageAction::Switching(language));
            let page = page.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match words::load(language).await {
                    Ok(locale) => page.dispatch(PageAction::Loaded(locale)),
                    Err(_) => page.dispatch(PageAction::SwitchFailed(language)),
                }
            });
        })
    };
    // The words in use belong to the person's pick: remember it (locally),
    // and let `<html lang>` and the title follow.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(t.tag, move |_| {
            if !first.replace(false) {
                storage::save_language(t.tag);
                set_document_lang(t);
            }
        });
    }
    html! {
        <main class="rf-app">
                // One h1 per page: the intro shows its own; elsewhere it is
                // there for screen readers' heading navigation.
                if !matches!(view, View::Quiz(Screen::Intro)) && !matches!(view, View::BadLink) {
                    <h1 class="rf-sr-only">{ t.ui.app_title }</h1>
                }
                // Always in the page, so screen readers announce a notice
                // that appears in it.
                <div class="rf-other-tab-region" aria-live="polite">{ notice }</div>
                { screen }
                { language_switch(t, page.switch, on_language) }
        </main>
    }
}
