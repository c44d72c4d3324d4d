use diptych_core::{EntityKind, Side};
use yew::prelude::*;

use super::comparison::entity_class;
use crate::state::{Action, Shared};

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub report: Shared,
    pub lit: Option<usize>,
    pub dispatch: Callback<Action>,
}

fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Organisation => "organisation",
        EntityKind::Media => "source",
        EntityKind::Hashtag => "hashtag",
        EntityKind::Handle => "handle",
        EntityKind::Url => "link",
        EntityKind::Date => "date",
        EntityKind::Number => "figure",
        EntityKind::Name => "name",
        EntityKind::Work => "work",
        EntityKind::Event => "event",
        EntityKind::Other => "other",
    }
}

/// Shared, left-only and right-only entities with their mention counts;
/// focusing or hovering one lights its mentions in both texts.
#[component]
pub fn EntityList(props: &ListProps) -> Html {
    let r = &props.report;
    // Long pairs name hundreds of things: each group shows its first entries
    // until asked for all.
    let expanded = use_state(|| [false; 3]);
    let group = |g: usize, title: &str, filter: &dyn Fn(&diptych_core::Entity) -> bool| {
        let items: Vec<&diptych_core::Entity> = r
            .entities
            .iter()
            .filter(|e| e.kind != EntityKind::Url && filter(e))
            .collect();
        let total = items.len();
        let shown = super::shown(expanded[g], total);
        html! {
            <section class="entity-group">
                <h3>{ format!("{title} ({total})") }</h3>
                <ul>
                    { for items.into_iter().take(shown).map(|e| {
                        let id = e.id;
                        let count = |s: Side| e.mentions.iter().filter(|m| m.side == s).count();
                        let light = props.dispatch.reform(move |_: FocusEvent| Action::Light(Some(id)));
                        let hover = props.dispatch.reform(move |_: MouseEvent| Action::Light(Some(id)));
                        let off = props.dispatch.reform(|_: MouseEvent| Action::Light(None));
                        let click = props.dispatch.reform(move |e: MouseEvent| {
                            super::scroll_to(super::viewer_of(&e), format!("mark[data-entity='{id}']"));
                            Action::Light(Some(id))
                        });
                        html! {
                            <li>
                                <button class={classes!("entity", (props.lit == Some(id)).then_some("lit"))} onfocus={light} onmouseenter={hover} onmouseleave={off} onclick={click}
                                        aria-pressed={(props.lit == Some(id)).to_string()}>
                                    <span class={entity_class(id, e.shared)}>{ &e.label }</span>
                                    <span class="meta">{ format!(" {} · {}/{}", kind_name(e.kind), count(Side::Left), count(Side::Right)) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                if shown < total {
                    <button class="show-all" onclick={super::show_all(&expanded, g)}>{ format!("Show all {total}") }</button>
                }
            </section>
        }
    };
    html! {
        <nav class="entities" aria-label="Entities">
            <h2>{ "Named in the texts" }</h2>
            { group(0, "In both", &|e| e.shared) }
            { group(1, "Only left", &|e| !e.shared && e.mentions[0].side == Side::Left) }
            { group(2, "Only right", &|e| !e.shared && e.mentions[0].side == Side::Right) }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct DivProps {
    pub report: Shared,
    pub dispatch: Callback<Action>,
    /// Offer corrections (not in an embed).
    #[prop_or(true)]
    pub editable: bool,
}

/// What only one side says, each entry a link to its place in the text.
#[component]
pub fn Divergences(props: &DivProps) -> Html {
    let r = &props.report;
    let d = &r.divergences;
    let expanded = use_state(|| [false; 2]);
    let first = |g: usize, total: usize| super::shown(expanded[g], total);
    let para_link = |side: Side, p: usize| {
        let doc = r.side(side);
        let para = &doc.paragraphs[p];
        let excerpt: String = doc.text[para.start..para.end].chars().take(80).collect();
        let id = format!("#{}-p{}", if side == Side::Left { "l" } else { "r" }, p);
        let target = id.clone();
        // The row may still be being drawn: scroll once it is there.
        let select = props.dispatch.reform(move |e: MouseEvent| {
            e.prevent_default();
            super::scroll_to(super::viewer_of(&e), target.clone());
            Action::Select(Some((side, p)))
        });
        html! { <li><a href={id} onclick={select}>{ format!("¶{} ", p + 1) }<span class="excerpt">{ excerpt }{ "…" }</span></a></li> }
    };
    html! {
        <section class="divergences" aria-label="Divergences">
            <h2>{ "Where they diverge" }</h2>
            if !d.number_conflicts.is_empty() {
                <h3>{ "Figures that disagree" }</h3>
                <ul>{ for d.number_conflicts.iter().map(|c| {
                    let what = c.measure.clone().unwrap_or_else(|| c.quantity.words().to_string());
                    let text = format!("{what}: left says {}, right says {}", r.entities[c.left].readable(), r.entities[c.right].readable());
                    // The figures by where they stand, which stays put when the engine runs again.
                    let at = |e: usize, side: Side| r.entities[e].mentions.iter().find(|m| m.side == side)
                        .map(|m| diptych_core::MentionAt { side, start: m.start });
                    let dismiss = match (at(c.left, Side::Left), at(c.right, Side::Right)) {
                        (Some(l), Some(rt)) if props.editable => Some(props.dispatch.reform(move |_: MouseEvent| {
                            Action::Correct(crate::state::Correction::DismissFigures(l, rt))
                        })),
                        _ => None,
                    };
                    html! {
                        <li>
                            { text.clone() }
                            if c.by_reader { <span class="tag">{ " yours" }</span> }
                            if let Some(dismiss) = dismiss {
                                { " " }
                                <button class="small-button" onclick={dismiss} aria-label={format!("Mark as wrong: {text}")}>{ "Mark as wrong" }</button>
                            }
                        </li>
                    }
                }) }</ul>
            }
            <h3>{ format!("Only in the left text ({})", d.left_only_paragraphs.len()) }</h3>
            <ul>{ for d.left_only_paragraphs.iter().take(first(0, d.left_only_paragraphs.len())).map(|&p| para_link(Side::Left, p)) }</ul>
            if first(0, d.left_only_paragraphs.len()) < d.left_only_paragraphs.len() {
                <button class="show-all" onclick={super::show_all(&expanded, 0)}>{ format!("Show all {}", d.left_only_paragraphs.len()) }</button>
            }
            <h3>{ format!("Only in the right text ({})", d.right_only_paragraphs.len()) }</h3>
            <ul>{ for d.right_only_paragraphs.iter().take(first(1, d.right_only_paragraphs.len())).map(|&p| para_link(Side::Right, p)) }</ul>
            if first(1, d.right_only_paragraphs.len()) < d.right_only_paragraphs.len() {
                <button class="show-all" onclick={super::show_all(&expanded, 1)}>{ format!("Show all {}", d.right_only_paragraphs.len()) }</button>
            }
        </section>
    }
}
