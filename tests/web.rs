//! Component tests in headless Chromium (`wasm-bindgen-test`). Each test mounts
//! into a container of its own and waits on yew's scheduler, never on a timer.
#![cfg(target_arch = "wasm32")]

mod common;

use rolefit::core::bank::{CONTENT, Kind, Locale, item_index};
use std::rc::Rc;

use rolefit::core::options::Options;
use rolefit::core::scoring::{Answer, DimensionScore, Role};
use rolefit::shell::components::{
    AppProps, DimensionBarProps, QuestionViewProps, ResultView, ResultViewProps, dimension_bar, question_view,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlInputElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

/// The question screen mounted on its own, as the widget renders it.
#[yew::component]
fn QuestionView(props: &QuestionViewProps) -> yew::Html {
    question_view(en(), props)
}

/// The English words, as the widget reads them.
fn en() -> &'static Locale {
    common::english()
}

/// A result screen's props: `answers`, offered for sharing under `share_link`
/// (an own result) or not (someone's shared result), with no calls to action.
fn result_props(answers: Vec<Answer>, share_link: Option<&'static str>) -> ResultViewProps {
    ResultViewProps {
        locale: en(),
        answers: answers.into(),
        share_link: share_link.map(Into::into),
        on_primary: Callback::noop(),
        options: Rc::new(Options::default()),
    }
}

fn container() -> Element {
    let document = gloo_document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap()).collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn next_button(root: &Element) -> HtmlButtonElement {
    one(root, "button[type=submit]").dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn a_choice_question_renders_its_item_from_the_bank() {
    let root = container();
    let item = CONTENT.bank.items.iter().find(|i| i.kind == Kind::Choice).unwrap();
    let props = QuestionViewProps {
        item,
        number: 4,
        total: 18,
        answered: 3,
        order: (0..item.options.len() as u8).collect::<Vec<_>>().into(),
        answer: None,
        on_choose: Callback::noop(),
        on_next: Callback::noop(),
        on_back: Some(Callback::noop()),
    };
    yew::Renderer::<QuestionView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let item_text = &en().items[item_index(&CONTENT.bank, item).unwrap()];
    assert_eq!(text(&root, "fieldset legend h2"), item_text.text);
    let labels: Vec<String> = all(&root, "label.rf-option").iter().map(|l| l.text_content().unwrap()).collect();
    let expected = item_text.options.to_vec();
    assert_eq!(labels, expected);
    assert_eq!(all(&root, "input[type=radio]").len(), item.options.len());
    assert_eq!(text(&root, ".rf-progress-text"), "Question 4 of 18");
    assert_eq!(one(&root, "progress").get_attribute("aria-valuetext").as_deref(), Some("Question 4 of 18"));
    assert_eq!(one(&root, "progress").get_attribute("value").as_deref(), Some("3"), "the bar counts answers");
    assert!(next_button(&root).disabled(), "Next waits for an answer");
}

#[wasm_bindgen_test]
async fn a_scale_question_labels_every_point() {
    let root = container();
    let item = CONTENT.bank.items.iter().find(|i| i.kind == Kind::Scale).unwrap();
    let props = QuestionViewProps {
        item,
        number: 2,
        total: 18,
        answered: 1,
        order: vec![0, 1, 2, 3, 4].into(),
        answer: Some(4),
        on_choose: Callback::noop(),
        on_next: Callback::noop(),
        on_back: Some(Callback::noop()),
    };
    yew::Renderer::<QuestionView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let ui = &en().ui;
    let labels: Vec<String> = all(&root, "label.rf-option").iter().map(|l| l.text_content().unwrap()).collect();
    assert_eq!(
        labels,
        [ui.scale_strongly_disagree, ui.scale_disagree, ui.scale_neutral, ui.scale_agree, ui.scale_strongly_agree]
    );
    let checked: Vec<bool> = all(&root, "input[type=radio]")
        .into_iter()
        .map(|i| i.dyn_into::<HtmlInputElement>().unwrap().checked())
        .collect();
    assert_eq!(checked, [false, false, false, false, true]);
    assert!(!next_button(&root).disabled());
}

#[wasm_bindgen_test]
async fn selecting_an_answer_enables_next_in_the_app() {
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    web_sys::window().unwrap().session_storage().unwrap().unwrap().clear().unwrap();
    let root = container();
    let props =
        AppProps { options: Rc::new(Options { intro: true, ..Options::default() }), locale: en(), unavailable: None };
    yew::Renderer::<rolefit::App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    one(&root, ".rf-intro button").dyn_into::<HtmlButtonElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "legend h2"), en().items[0].text);
    assert!(next_button(&root).disabled());

    all(&root, "input[type=radio]")[1].clone().dyn_into::<HtmlInputElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert!(!next_button(&root).disabled(), "an answer enables Next");

    next_button(&root).click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "legend h2"), en().items[1].text);
    assert_eq!(text(&root, ".rf-progress-text"), format!("Question 2 of {}", CONTENT.bank.items.len()));
    assert_eq!(one(&root, "progress").get_attribute("value").as_deref(), Some("1"), "one answered");
}

#[wasm_bindgen_test]
async fn the_result_renders_one_bar_per_dimension() {
    let root = container();
    let bank = &CONTENT.bank;
    let props = result_props(common::answers_toward(Role::Owner), Some("https://example.com/#r=abc"));
    yew::Renderer::<ResultView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&root, "h2"), en().ui.verdict_owner);
    let bars = all(&root, "svg[role=img]");
    assert_eq!(bars.len(), bank.dimensions.len());
    for (bar, dimension) in bars.iter().zip(en().dimensions) {
        let label = bar.get_attribute("aria-label").unwrap();
        assert_eq!(label, format!("{}: leans product owner, 100 to 0", dimension.name));
        assert_eq!(one(bar, "circle").get_attribute("cx").as_deref(), Some("0%"));
    }
    assert_eq!(all(&root, ".rf-drivers-list[data-role=owner] li").len(), 3);
    assert_eq!(all(&root, ".rf-profile").len(), 2, "both roles, whatever the verdict");
}

#[wasm_bindgen_test]
async fn a_dimension_bar_places_its_marker_by_score() {
    let root = container();
    #[yew::component]
    fn Bar() -> yew::Html {
        dimension_bar(
            en(),
            &DimensionBarProps {
                dimension: &en().dimensions[1],
                score: DimensionScore { owner: 25, manager: 75, items: 6 },
            },
        )
    }
    yew::Renderer::<Bar>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    assert_eq!(one(&root, "circle").get_attribute("cx").as_deref(), Some("75%"));
    assert_eq!(one(&root, ".rf-dim-fill").get_attribute("x").as_deref(), Some("50%"));
    assert_eq!(one(&root, ".rf-dim-fill").get_attribute("width").as_deref(), Some("25%"));
    let label = one(&root, "svg").get_attribute("aria-label").unwrap();
    assert_eq!(label, format!("{}: leans product manager, 75 to 25", en().dimensions[1].name));
}

#[wasm_bindgen_test]
async fn an_own_result_offers_sharing_and_a_shared_one_offers_the_quiz() {
    let answers = common::answers_toward(Role::Manager);
    let ui = &en().ui;

    let own = container();
    let props = result_props(answers.clone(), Some("https://example.com/#r=abc"));
    yew::Renderer::<ResultView>::with_root_and_props(own.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&own, ".rf-kicker"), ui.result_kicker);
    assert_eq!(text(&own, ".rf-verdict"), ui.verdict_manager);
    assert_eq!(text(&own, ".rf-share h3"), ui.share_heading);
    assert_eq!(text(&own, ".rf-nav--end button"), ui.retake);
    assert!(all(&own, ".rf-nav--start").is_empty());
    // Both roles' profiles and the deciding answers, folded away until opened.
    assert_eq!(all(&own, "details.rf-profile").len(), 2);
    assert_eq!(all(&own, "details.rf-fold").len(), 3);
    assert!(all(&own, "details[open]").is_empty());

    let shared = container();
    let props = result_props(answers, None);
    yew::Renderer::<ResultView>::with_root_and_props(shared.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&shared, ".rf-kicker"), ui.shared_kicker);
    assert_eq!(text(&shared, ".rf-verdict"), ui.shared_verdict_manager, "someone else's result, in the third person");
    assert!(all(&shared, ".rf-share").is_empty());
    assert_eq!(text(&shared, ".rf-nav--start button"), ui.take_it_yourself, "at the top");
    assert!(all(&shared, ".rf-nav--end").is_empty(), "and only there");
}

#[wasm_bindgen_test]
async fn choice_options_render_in_the_given_order_and_report_their_own_index() {
    let root = container();
    let item = CONTENT.bank.items.iter().find(|i| i.kind == Kind::Choice).unwrap();
    let chosen = std::rc::Rc::new(std::cell::Cell::new(None));
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |o: u8| chosen.set(Some(o)))
    };
    let props = QuestionViewProps {
        item,
        number: 1,
        total: 18,
        answered: 0,
        order: vec![2, 0, 3, 1].into(),
        answer: None,
        on_choose,
        on_next: Callback::noop(),
        on_back: Some(Callback::noop()),
    };
    yew::Renderer::<QuestionView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let labels: Vec<String> = all(&root, "label.rf-option").iter().map(|l| l.text_content().unwrap()).collect();
    let item_text = &en().items[item_index(&CONTENT.bank, item).unwrap()];
    let expected: Vec<&str> = [2, 0, 3, 1].iter().map(|&i| item_text.options[i]).collect();
    assert_eq!(labels, expected);
    all(&root, "input[type=radio]")[0].clone().dyn_into::<HtmlInputElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(chosen.get(), Some(2), "the first option shown is option 2");
}
