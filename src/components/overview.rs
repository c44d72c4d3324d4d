use diptych_core::{GridRow, SameEvent, Side};
use yew::prelude::*;

use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared,
}

fn row(title: &str, r: &GridRow) -> Html {
    let list = |items: &[String]| {
        if items.is_empty() {
            "—".to_string()
        } else {
            items.join(", ")
        }
    };
    html! {
        <tr>
            <th scope="row">{ title }</th>
            <td class="only-left" data-label="Only left">{ list(&r.left_only) }</td>
            <td class="shared" data-label="Both">{ list(&r.shared) }</td>
            <td class="only-right" data-label="Only right">{ list(&r.right_only) }</td>
        </tr>
    }
}

/// The two stories at a glance: languages, coverage, the same-event verdict and its who/what/where/when grid.
#[component]
pub fn Overview(props: &Props) -> Html {
    let r = &props.report;
    let doc = |side: Side| {
        let d = r.side(side);
        let n = d.paragraphs.len();
        format!(
            "{} · {n} paragraph{} · {}% has a counterpart",
            d.lang.name(),
            if n == 1 { "" } else { "s" },
            super::percent(d.coverage)
        )
    };
    let o = &r.overview;
    let g = &o.grid;
    let same_event = match o.same_event {
        SameEvent::Same => "same",
        SameEvent::Related => "related",
        SameEvent::Different => "different",
    };
    let answer = format!("{}.", o.same_event.answer());
    let differ: Vec<(&str, String)> = [
        ("Who", &g.who),
        ("What", &g.what),
        ("Where", &g.where_),
        ("When", &g.when),
    ]
    .into_iter()
    .filter(|(_, row)| !row.conflicting.is_empty())
    .map(|(what, row)| (what, row.conflicting.join("; ")))
    .collect();
    html! {
        <section class="overview" aria-label="Overview" aria-describedby="diptych-summary">
            <p class="verdict" role="status" data-same-event={ same_event }>
                <strong>{ format!("Same event? {}", answer) }</strong>{ " " }{ o.reasons() }
            </p>
            if !differ.is_empty() {
                <ul class="differences" aria-label="What the two texts give differently">
                    { for differ.iter().map(|(what, text)| html! { <li><strong>{ format!("{what}: ") }</strong>{ text }</li> }) }
                </ul>
            }
            <table>
                <thead><tr><th></th><th scope="col">{ format!("Only left — {}", doc(Side::Left)) }</th><th scope="col">{ "Both" }</th><th scope="col">{ format!("Only right — {}", doc(Side::Right)) }</th></tr></thead>
                <tbody>
                    { row("Who", &g.who) }
                    { row("What", &g.what) }
                    { row("Where", &g.where_) }
                    { row("When", &g.when) }
                </tbody>
            </table>
        </section>
    }
}
