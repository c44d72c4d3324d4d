use std::rc::Rc;

use diptych_core::{EntityKind, Report, Side};
use yew::prelude::*;

use super::comparison::entity_class;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub report: Rc<Report>,
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
    }
}

/// Scrolls the first mention of an entity into view.
fn jump_to_mention(id: usize) {
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("mark[data-entity='{id}']")).ok().flatten());
    if let Some(el) = found {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Shared, left-only and right-only entities with their mention counts;
/// focusing or hovering one lights its mentions in both texts.
#[component]
pub fn EntityList(props: &ListProps) -> Html {
    let r = &props.report;
    let group = |title: &str, filter: &dyn Fn(&diptych_core::Entity) -> bool| {
        let items: Vec<&diptych_core::Entity> = r.entities.iter().filter(|e| e.kind != EntityKind::Url && filter(e)).collect();
        html! {
            <section class="entity-group">
                <h3>{ format!("{title} ({})", items.len()) }</h3>
                <ul>
                    { for items.into_iter().map(|e| {
                        let id = e.id;
                        let count = |s: Side| e.mentions.iter().filter(|m| m.side == s).count();
                        let light = props.dispatch.reform(move |_: FocusEvent| Action::Light(Some(id)));
                        let hover = props.dispatch.reform(move |_: MouseEvent| Action::Light(Some(id)));
                        let off = props.dispatch.reform(|_: MouseEvent| Action::Light(None));
                        let click = props.dispatch.reform(move |_: MouseEvent| {
                            jump_to_mention(id);
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
            </section>
        }
    };
    html! {
        <nav class="entities" aria-label="Entities">
            <h2>{ "Named in the texts" }</h2>
            { group("In both", &|e| e.shared) }
            { group("Only left", &|e| !e.shared && e.mentions[0].side == Side::Left) }
            { group("Only right", &|e| !e.shared && e.mentions[0].side == Side::Right) }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct DivProps {
    pub report: Rc<Report>,
    pub dispatch: Callback<Action>,
}

/// What only one side says, each entry a link to its place in the text.
#[component]
pub fn Divergences(props: &DivProps) -> Html {
    let r = &props.report;
    let d = &r.divergences;
    let para_link = |side: Side, p: usize| {
        let doc = r.side(side);
        let para = &doc.paragraphs[p];
        let excerpt: String = doc.text[para.start..para.end].chars().take(80).collect();
        let id = format!("#{}-p{}", if side == Side::Left { "l" } else { "r" }, p);
        let select = props.dispatch.reform(move |_: MouseEvent| Action::Select(Some((side, p))));
        html! { <li><a href={id} onclick={select}>{ format!("¶{} ", p + 1) }<span class="excerpt">{ excerpt }{ "…" }</span></a></li> }
    };
    html! {
        <section class="divergences" aria-label="Divergences">
            <h2>{ "Where they diverge" }</h2>
            if !d.number_conflicts.is_empty() {
                <h3>{ "Figures that disagree" }</h3>
                <ul>{ for d.number_conflicts.iter().map(|c| html! {
                    <li>{ format!("{:?}: left says {}, right says {}", c.quantity, r.entities[c.left].label, r.entities[c.right].label) }</li>
                }) }</ul>
            }
            <h3>{ format!("Only in the left text ({})", d.left_only_paragraphs.len()) }</h3>
            <ul>{ for d.left_only_paragraphs.iter().map(|&p| para_link(Side::Left, p)) }</ul>
            <h3>{ format!("Only in the right text ({})", d.right_only_paragraphs.len()) }</h3>
            <ul>{ for d.right_only_paragraphs.iter().map(|&p| para_link(Side::Right, p)) }</ul>
        </section>
    }
}
