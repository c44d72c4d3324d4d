//! Component tests: the viewer's parts rendered in headless Chromium
//! (wasm-bindgen-test), fed with reports the engine makes in the test.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use diptych::components::{Comparison, Divergences, EntityList, Overview, SideInput};
use diptych::state::{Action, Pane, Shared};
use diptych_core::{compare, Input, Side};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const LV: &str = include_str!("../assets/seeds/kazakhstan-2022.lv.txt");
const RU: &str = include_str!("../assets/seeds/zhanaozen-2011.ru.txt");

fn seed() -> Shared {
    Shared(Rc::new(
        compare(Input::text(LV), Input::text(RU)).expect("the seed pair compares"),
    ))
}

/// Renders `html` into a fresh element and waits for Yew to draw it.
async fn render<F: Fn() -> Html + 'static>(f: F) -> web_sys::Element {
    #[derive(Properties)]
    struct Wrap {
        f: Rc<dyn Fn() -> Html>,
    }
    impl PartialEq for Wrap {
        fn eq(&self, other: &Self) -> bool {
            Rc::ptr_eq(&self.f, &other.f)
        }
    }
    #[function_component]
    fn Host(props: &Wrap) -> Html {
        (props.f)()
    }
    let document = gloo_utils_document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<Host>::with_root_and_props(root.clone(), Wrap { f: Rc::new(f) }).render();
    gloo_timers::future::sleep(std::time::Duration::from_millis(30)).await;
    root
}

fn gloo_utils_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn count(root: &web_sys::Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn comparison_shows_every_paragraph_once_and_marks_one_sided_ones() {
    let report = seed();
    let r = report.clone();
    let root = render(move || html! { <Comparison report={r.clone()} selected={None} dispatch={Callback::noop()} /> }).await;
    assert_eq!(
        count(&root, "[id^='l-p']"),
        report.left.paragraphs.len() as u32
    );
    assert_eq!(
        count(&root, "[id^='r-p']"),
        report.right.paragraphs.len() as u32
    );
    let unique = report.divergences.left_only_paragraphs.len()
        + report.divergences.right_only_paragraphs.len();
    // Repeats of linked paragraphs are not divergences but are still unlinked.
    assert!(count(&root, ".para.unique") as usize >= unique);
    assert_eq!(count(&root, ".row.linked") as usize, report.links.len());
}

#[wasm_bindgen_test]
async fn a_shared_entity_has_one_colour_on_both_sides() {
    let report = seed();
    let kz = report
        .entities
        .iter()
        .find(|e| e.label == "Kazakhstan")
        .expect("Kazakhstan is found")
        .id;
    let r = report.clone();
    let root = render(move || html! { <Comparison report={r.clone()} selected={None} dispatch={Callback::noop()} /> }).await;
    let class = format!(".c{}", kz % 8);
    assert!(
        count(
            &root,
            &format!("[id^='l-p'] mark{class}[data-entity='{kz}']")
        ) >= 3
    );
    assert!(
        count(
            &root,
            &format!("[id^='r-p'] mark{class}[data-entity='{kz}']")
        ) >= 3
    );
}

#[wasm_bindgen_test]
async fn hovering_a_mention_asks_to_light_its_entity() {
    let report = seed();
    let asked = Rc::new(std::cell::Cell::new(None));
    let sink = asked.clone();
    let dispatch = Callback::from(move |a: Action| {
        if let Action::Light(e) = a {
            sink.set(e);
        }
    });
    let r = report.clone();
    let root = render(move || html! { <Comparison report={r.clone()} selected={None} dispatch={dispatch.clone()} /> }).await;
    let mark = root.query_selector("mark[data-entity]").unwrap().unwrap();
    let id: usize = mark.get_attribute("data-entity").unwrap().parse().unwrap();
    // A real hover bubbles: the comparison catches it once for all mentions.
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("mouseover", &init).unwrap();
    mark.dispatch_event(&event).unwrap();
    assert_eq!(asked.get(), Some(id));
    // So does keyboard focus: every mention can be reached with Tab.
    asked.set(None);
    let other = root
        .query_selector_all("mark[data-entity]")
        .unwrap()
        .item(3)
        .unwrap();
    let other_id: usize = other
        .dyn_ref::<web_sys::Element>()
        .unwrap()
        .get_attribute("data-entity")
        .unwrap()
        .parse()
        .unwrap();
    other
        .dyn_ref::<web_sys::HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    assert_eq!(asked.get(), Some(other_id));
}

#[wasm_bindgen_test]
async fn the_entity_list_groups_and_counts() {
    let report = seed();
    let r = report.clone();
    let root = render(
        move || html! { <EntityList report={r.clone()} lit={None} dispatch={Callback::noop()} /> },
    )
    .await;
    let text = root.text_content().unwrap();
    // Kazakhstan, Kyrgyzstan, Russia (Krievijas ~ российских), Twitter (pic.twitter.com ~ Twitter).
    let shared = report
        .entities
        .iter()
        .filter(|e| e.shared && e.kind != diptych_core::EntityKind::Url)
        .count();
    assert!(text.contains(&format!("In both ({shared})")), "{text}");
    assert!(
        text.contains("Russia") && text.contains("Twitter"),
        "{text}"
    );
    assert!(
        text.contains("Kazakhstan") && text.contains("5/7"),
        "{text}"
    );
    assert!(count(&root, "button.entity") >= 20);
}

#[wasm_bindgen_test]
async fn overview_and_divergences_say_what_differs() {
    let report = seed();
    let (a, b) = (report.clone(), report.clone());
    let root = render(move || html! { <><Overview report={a.clone()} /><Divergences report={b.clone()} dispatch={Callback::noop()} /></> }).await;
    let text = root.text_content().unwrap();
    // The seed pair is two events (2022 and 2011): the verdict says so, with the grid.
    assert!(
        text.contains("Same event? No.") || text.contains("Same event? Related"),
        "{text}"
    );
    assert!(text.contains("Where") && text.contains("When"), "{text}");
    assert!(text.contains("Only in the left text"));
    assert_eq!(
        count(&root, ".divergences a") as usize,
        report.divergences.left_only_paragraphs.len()
            + report.divergences.right_only_paragraphs.len()
    );
}

#[wasm_bindgen_test]
async fn an_input_error_is_announced_in_its_pane() {
    let pane = Pane {
        name: Some("scan.pdf".into()),
        bytes: Rc::new(b"%PDF".to_vec()),
        error: Some("This looks like a PDF document.".into()),
        waiting: None,
    };
    let root = render(move || html! { <SideInput side={Side::Right} pane={pane.clone()} dispatch={Callback::noop()} /> }).await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("the error is an alert");
    assert!(alert.text_content().unwrap().contains("PDF"));
    assert!(root.query_selector("input[type=file]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_long_pair_is_drawn_a_block_at_a_time_until_every_row_is_there() {
    let (lv, ru) = (LV.repeat(12), RU.repeat(12));
    let report = Shared(Rc::new(
        compare(Input::text(&lv), Input::text(&ru)).expect("compares"),
    ));
    let rows = report.rows().len() as u32;
    assert!(rows > 100, "{rows} rows");
    let r = report.clone();
    let root = render(move || html! { <Comparison report={r.clone()} selected={None} dispatch={Callback::noop()} /> }).await;
    let first = count(&root, ".row:not(.head)");
    assert!(first < rows, "drawn at once: {first} of {rows}");
    assert!(root.text_content().unwrap().contains("Drawing rows"));
    for _ in 0..200 {
        if count(&root, ".row:not(.head)") == rows {
            break;
        }
        gloo_timers::future::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(count(&root, ".row:not(.head)"), rows);
    assert_eq!(
        count(&root, "[id^='l-p']") as usize,
        report.left.paragraphs.len()
    );
    assert!(!root.text_content().unwrap().contains("Drawing rows"));
}
