use diptych_core::Side;
use yew::prelude::*;

use super::comparison::Comparison;
use super::entities::{Divergences, EntityList};
use super::export::Export;
use super::input::{load_dropped, SideInput};
use super::overview::Overview;

use crate::analyser::Engine;
use crate::state::{Action, State};

/// The page.
#[component]
pub fn App() -> Html {
    // The seed pair is compared before the first drawing (it is short: see
    // `Engine::send`), so the first visit opens on the comparison.
    let state = use_reducer(State::seeded);
    // One callback for the page's whole life, so that components holding it
    // are not redrawn merely because the page was.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a: Action| dispatcher.dispatch(a)))).clone()
    };
    // The engine runs in a Web Worker, started with the first job; its
    // answers come back as actions.
    let engine = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| {
            let failed = dispatch.reform(Action::EngineFailed);
            Engine::new(dispatch.reform(Action::Analysed), failed)
        })
    };
    // Send each new job once.
    {
        let engine = engine.clone();
        use_effect_with(state.pending, {
            let job = state.job();
            move |_| {
                if let Some(job) = job {
                    engine.send(&job);
                }
            }
        });
    }
    // Start the worker with the page (its script is fetched while the page
    // loads, never later), so that a long pair dropped later does not wait.
    {
        let engine = engine.clone();
        use_effect_with((), move |_| engine.ensure_started());
    }
    // After a failure, the next job gets a fresh worker.
    {
        let engine = engine.clone();
        use_effect_with(state.engine_error.is_some(), move |failed| {
            if *failed {
                engine.reset();
            }
        });
    }
    // The lit entity's mentions get a class, set here rather than by
    // redrawing the text: a long pair has hundreds of thousands of nodes, and
    // touching only the mentions keeps hovering instant.
    use_effect_with(state.lit_entity, |lit| {
        light_mentions(*lit);
    });
    // Say "comparing" only when it takes longer than a blink.
    let slow = use_state(|| false);
    {
        let slow = slow.clone();
        use_effect_with(state.pending, move |pending| {
            slow.set(false);
            let timer = pending.map(|_| gloo_timers::callback::Timeout::new(150, move || slow.set(true)));
            move || drop(timer)
        });
    }
    let swap = dispatch.reform(|_: MouseEvent| Action::Swap);
    // Dropping files anywhere on the page: two fill both sides, one the left.
    let on_drop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                load_dropped(Side::Left, &files, dispatch.clone());
            }
        })
    };
    let on_over = Callback::from(|e: DragEvent| e.prevent_default());
    html! {
        <div class="page" ondrop={on_drop} ondragover={on_over}>
        <header class="top">
            <h1>{ "Diptych" }</h1>
            <p class="tagline">{ "Two articles, side by side: where they tell the same story and where they diverge. Everything runs in this browser tab; your texts never leave this device." }</p>
        </header>
        <section class="inputs" aria-label="Documents">
            <SideInput side={Side::Left} pane={state.left.clone()} dispatch={dispatch.clone()} />
            <button class="swap" onclick={swap} title="Swap left and right" aria-label="Swap left and right">{ "⇄" }</button>
            <SideInput side={Side::Right} pane={state.right.clone()} dispatch={dispatch.clone()} />
        </section>
        if let Some(message) = &state.engine_error {
            <p class="engine-error" role="alert">{ message }</p>
        }
        if state.pending.is_some() && *slow {
            <p class="progress" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span>{ "Comparing… (in the background: the page stays usable)" }</p>
        }
        if let Some(report) = state.report.clone() {
            <Overview report={report.clone()} />
            <Export report={report.clone()} />
            <div class="workspace">
                <main aria-label="Comparison">
                    <Comparison report={report.clone()} selected={state.selected} dispatch={dispatch.clone()} />
                </main>
                <aside aria-label="Entities and divergences">
                    <EntityList report={report.clone()} lit={state.lit_entity} dispatch={dispatch.clone()} />
                    <Divergences report={report} dispatch={dispatch} />
                </aside>
            </div>
        } else if state.pending.is_none() {
            <p class="waiting" role="status">{ "Fix the document marked above, or choose another, to see the comparison." }</p>
        }
        </div>
    }
}

/// Marks the mentions of `entity` (and only those) as lit.
fn light_mentions(entity: Option<usize>) {
    let document = gloo_utils::document();
    let each = |selector: &str, f: &dyn Fn(&web_sys::Element)| {
        if let Ok(list) = document.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) {
                    f(&el);
                }
            }
        }
    };
    each("mark.ent.lit", &|el| {
        let _ = el.class_list().remove_1("lit");
    });
    if let Some(id) = entity {
        each(&format!("mark.ent[data-entity='{id}']"), &|el| {
            let _ = el.class_list().add_1("lit");
        });
    }
}
