use std::rc::Rc;

use diptych_core::{Lang, ParagraphKind, Report, Side};
use yew::prelude::*;

use super::percent;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Rc<Report>,
    pub lit: Option<usize>,
    pub selected: Option<(Side, usize)>,
    pub dispatch: Callback<Action>,
}

/// Colours for shared entities: eight hues told apart by colour-blind readers
/// (the Okabe–Ito palette, in styles/main.css), repeated with an underline style.
pub fn entity_class(id: usize, shared: bool) -> String {
    if shared {
        format!("ent c{} u{}", id % 8, (id / 8) % 3)
    } else {
        "ent one-sided".to_string()
    }
}

fn paragraph(report: &Report, side: Side, p: usize, props: &Props, linked: bool, marks: &[(usize, usize, usize)]) -> Html {
    let doc = report.side(side);
    let para = &doc.paragraphs[p];
    let mut pieces: Vec<Html> = Vec::new();
    let mut at = para.start;
    for &(start, end, id) in marks {
        let shared = report.entities[id].shared;
        if start < at {
            continue;
        }
        pieces.push(html! { { &doc.text[at..start] } });
        let lit = props.lit == Some(id);
        let dispatch = props.dispatch.clone();
        let enter = dispatch.reform(move |_: MouseEvent| Action::Light(Some(id)));
        let leave = props.dispatch.reform(|_: MouseEvent| Action::Light(None));
        let label = &report.entities[id].label;
        pieces.push(html! {
            <mark class={classes!(entity_class(id, shared), lit.then_some("lit"))} data-entity={id.to_string()} title={label.clone()}
                  onmouseenter={enter} onmouseleave={leave}>{ &doc.text[start..end] }</mark>
        });
        at = end;
    }
    pieces.push(html! { { &doc.text[at..para.end] } });
    let selected = props.selected == Some((side, p));
    let select = props.dispatch.reform(move |_: MouseEvent| Action::Select(Some((side, p))));
    let key_select = props.dispatch.reform(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
        }
        Action::Select(Some((side, p)))
    });
    let kind = match para.kind {
        ParagraphKind::Heading => Some("Heading"),
        ParagraphKind::Quotation => Some("Quotation"),
        ParagraphKind::SocialPost => Some("Social-media post"),
        ParagraphKind::Body => None,
    };
    let foreign = (para.lang != doc.lang && para.lang != Lang::Other).then(|| para.lang.name());
    html! {
        <div class={classes!("para", (!linked).then_some("unique"), selected.then_some("selected"), para.duplicate_of.is_some().then_some("duplicate"))}
             id={format!("{}-p{}", if side == Side::Left { "l" } else { "r" }, p)}
             tabindex="0" role="article" aria-label={format!("{} paragraph {}", if side == Side::Left { "Left" } else { "Right" }, p + 1)}
             onclick={select} onkeydown={key_select}>
            <div class="para-tags">
                <span class="num">{ p + 1 }</span>
                if !linked { <span class="tag only">{ "only in this text" }</span> }
                if let Some(k) = kind { <span class="tag">{ k }</span> }
                if let Some(l) = foreign { <span class="tag lang">{ l }</span> }
                if let Some(d) = para.duplicate_of { <span class="tag">{ format!("repeats ¶{}", d + 1) }</span> }
            </div>
            <p lang={para.lang.code()}>{ for pieces }</p>
        </div>
    }
}

/// The two texts in rows: linked paragraphs side by side, one-sided ones alone.
#[component]
pub fn Comparison(props: &Props) -> Html {
    let r = &props.report;
    // Everything per paragraph is indexed once per report, not per render.
    let index = use_memo(props.report.clone(), |r| {
        (r.linked(Side::Left), r.linked(Side::Right), r.marks(Side::Left), r.marks(Side::Right), r.rows())
    });
    let (linked_l, linked_r, marks_l, marks_r, rows) = &*index;
    html! {
        <div class="rows">
            <div class="row head" aria-hidden="true">
                <div class="cell">{ format!("Left · {}", r.left.name.as_deref().unwrap_or("pasted text")) }</div>
                <div class="link-cell"></div>
                <div class="cell">{ format!("Right · {}", r.right.name.as_deref().unwrap_or("pasted text")) }</div>
            </div>
            { for rows.iter().map(|row| {
                let link = row.link.map(|k| &r.links[k]);
                let why = link.map(|l| {
                    let mut parts: Vec<String> = l.evidence.entities.iter().map(|&e| r.entities[e].label.clone()).collect();
                    parts.extend(l.evidence.terms.iter().take(3).map(|(a, b)| format!("{a} = {b}")));
                    parts.join("; ")
                });
                let active = props.selected.is_some_and(|(s, p)| if s == Side::Left { row.left.contains(&p) || link.is_some_and(|l| l.left.contains(&p)) } else { row.right.contains(&p) || link.is_some_and(|l| l.right.contains(&p)) });
                html! {
                    <div class={classes!("row", link.is_some().then_some("linked"), active.then_some("active"))}>
                        <div class="cell">{ for row.left.iter().map(|&p| paragraph(r, Side::Left, p, props, linked_l[p], &marks_l[p])) }</div>
                        <div class="link-cell">
                            if let Some(l) = link {
                                <span class="score" title={format!("Linked with confidence {}%. Why: {}", percent(l.score), why.clone().unwrap_or_default())}>{ format!("{}%", percent(l.score)) }</span>
                            }
                        </div>
                        <div class="cell">{ for row.right.iter().map(|&p| paragraph(r, Side::Right, p, props, linked_r[p], &marks_r[p])) }</div>
                        if active {
                            if let Some(w) = why {
                                <p class="why" role="status">{ format!("Why these are linked ({}%): {}", link.map_or(0, |l| percent(l.score)), if w.is_empty() { "lengths and position fit".to_string() } else { w }) }</p>
                            }
                        }
                    </div>
                }
            }) }
        </div>
    }
}
