use diptych_core::Side;
use yew::prelude::*;

use super::comparison::Comparison;
use super::entities::{Divergences, EntityList};
use super::export::Export;
use super::input::{load_dropped, SideInput};
use super::overview::Overview;
use crate::state::{Action, State};

/// The page.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
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
        if let Some(report) = state.report.clone() {
            <Overview report={report.clone()} />
            <Export report={report.clone()} />
            <div class="workspace">
                <main aria-label="Comparison">
                    <Comparison report={report.clone()} lit={state.lit_entity} selected={state.selected} dispatch={dispatch.clone()} />
                </main>
                <aside aria-label="Entities and divergences">
                    <EntityList report={report.clone()} lit={state.lit_entity} dispatch={dispatch.clone()} />
                    <Divergences report={report} dispatch={dispatch} />
                </aside>
            </div>
        } else {
            <p class="waiting" role="status">{ "Fix the document marked above, or choose another, to see the comparison." }</p>
        }
        </div>
    }
}
