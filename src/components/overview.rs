
use diptych_core::{OverviewRow, Side};
use yew::prelude::*;

use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared,
}

fn row(title: &str, r: &OverviewRow) -> Html {
    let list = |items: &[String]| if items.is_empty() { "—".to_string() } else { items.join(", ") };
    html! {
        <tr>
            <th scope="row">{ title }</th>
            <td class="only-left">{ list(&r.left_only) }</td>
            <td class="shared">{ list(&r.shared) }</td>
            <td class="only-right">{ list(&r.right_only) }</td>
        </tr>
    }
}

/// The two stories at a glance: languages, coverage, the verdict and who/where/when.
#[component]
pub fn Overview(props: &Props) -> Html {
    let r = &props.report;
    let doc = |side: Side| {
        let d = r.side(side);
        format!("{} · {} paragraphs · {}% has a counterpart", d.lang.name(), d.paragraphs.len(), super::percent(d.coverage))
    };
    let o = &r.overview;
    html! {
        <section class="overview" aria-label="Overview">
            <p class="verdict" role="status">{ &o.verdict }</p>
            <table>
                <thead><tr><th></th><th scope="col">{ format!("Only left — {}", doc(Side::Left)) }</th><th scope="col">{ "Both" }</th><th scope="col">{ format!("Only right — {}", doc(Side::Right)) }</th></tr></thead>
                <tbody>
                    { row("Places", &o.places) }
                    { row("People", &o.people) }
                    { row("Organisations", &o.organisations) }
                    { row("Dates", &o.dates) }
                </tbody>
            </table>
        </section>
    }
}
