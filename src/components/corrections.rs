//! The reader's corrections: link the two selected paragraphs, remove a
//! link, note why a paragraph matters, undo and redo. Each correction goes
//! to the engine with the texts, and the whole comparison follows it.

use diptych_core::{EntityKind, MentionAt, NoteOn, ParagraphPair, Side};
use yew::prelude::*;

use crate::state::{Action, Correction, Shared};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared,
    /// The paragraph last selected on each side.
    pub picked: [Option<usize>; 2],
    /// The selected paragraph.
    pub selected: Option<(Side, usize)>,
    pub can_undo: bool,
    pub can_redo: bool,
    pub dispatch: Callback<Action>,
}

/// A mention as a select's value ("l:120") and back.
fn at_value(at: MentionAt) -> String {
    format!(
        "{}:{}",
        if at.side == Side::Left { "l" } else { "r" },
        at.start
    )
}

fn value_at(value: &str) -> Option<MentionAt> {
    let (side, start) = value.split_once(':')?;
    let side = match side {
        "l" => Side::Left,
        "r" => Side::Right,
        _ => return None,
    };
    Some(MentionAt {
        side,
        start: start.parse().ok()?,
    })
}

/// The value of a `<select>` by its ref.
fn selected(select: &NodeRef) -> Option<MentionAt> {
    value_at(&select.cast::<web_sys::HtmlSelectElement>()?.value())
}

fn side_name(side: Side) -> &'static str {
    if side == Side::Left {
        "left"
    } else {
        "right"
    }
}

/// The toolbar of corrections, above the two texts.
#[component]
pub fn Corrections(props: &Props) -> Html {
    let r = &props.report;
    let dispatch = &props.dispatch;
    let pair = match props.picked {
        [Some(l), Some(p)] => Some(ParagraphPair {
            left: vec![l],
            right: vec![p],
        }),
        _ => None,
    };
    let already = pair.as_ref().is_some_and(|p| {
        r.links
            .iter()
            .any(|l| l.left.contains(&p.left[0]) && l.right.contains(&p.right[0]))
    });
    let link_label = match &pair {
        Some(p) => format!(
            "Link left ¶{} with right ¶{}",
            p.left[0] + 1,
            p.right[0] + 1
        ),
        None => "Link (select a paragraph on each side)".to_string(),
    };
    let link = {
        let pair = pair.clone();
        dispatch.reform(move |_: MouseEvent| {
            Action::Correct(Correction::Link(pair.clone().unwrap_or(ParagraphPair {
                left: Vec::new(),
                right: Vec::new(),
            })))
        })
    };
    // The link holding the selected paragraph, if any.
    let current = props.selected.and_then(|(side, p)| {
        r.links.iter().find(|l| {
            if side == Side::Left {
                l.left.contains(&p)
            } else {
                l.right.contains(&p)
            }
        })
    });
    let unlink_label = match current {
        Some(l) => format!(
            "Remove the link of left ¶{} and right ¶{}",
            l.left
                .iter()
                .map(|p| (p + 1).to_string())
                .collect::<Vec<_>>()
                .join(", "),
            l.right
                .iter()
                .map(|p| (p + 1).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => "Remove link (select a linked paragraph)".to_string(),
    };
    let current_pair = current.map(|l| ParagraphPair {
        left: l.left.clone(),
        right: l.right.clone(),
    });
    let unlink = {
        let pair = current_pair.clone();
        dispatch.reform(move |_: MouseEvent| match &pair {
            Some(p) => Action::Correct(Correction::Unlink(p.clone())),
            None => Action::Select(None),
        })
    };
    // A note on the selected paragraph, or on its link.
    let on_link = use_state(|| false);
    let note_on = match current_pair {
        Some(pair) if *on_link => Some(NoteOn::Link(pair)),
        _ => props
            .selected
            .map(|(side, paragraph)| NoteOn::Paragraph { side, paragraph }),
    };
    let toggle = {
        let on_link = on_link.clone();
        Callback::from(move |_: Event| on_link.set(!*on_link))
    };
    let existing = note_on
        .as_ref()
        .and_then(|on| r.corrections.notes.iter().find(|n| n.on == *on))
        .map(|n| n.text.clone())
        .unwrap_or_default();
    let input = use_node_ref();
    let save_note = {
        let (input, on) = (input.clone(), note_on.clone());
        let dispatch = dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(el), Some(on)) = (input.cast::<web_sys::HtmlInputElement>(), on.clone())
            else {
                return;
            };
            dispatch.emit(Action::Correct(Correction::Note(on, el.value())));
        })
    };
    let undo = dispatch.reform(|_: MouseEvent| Action::Undo);
    let redo = dispatch.reform(|_: MouseEvent| Action::Redo);
    let count = r.corrections.len();
    let note_label = match (&note_on, props.selected) {
        (Some(NoteOn::Link(_)), _) => "Note on its link".to_string(),
        (_, Some((side, p))) => format!("Note on {} ¶{}", side_name(side), p + 1),
        _ => "Note (select a paragraph)".to_string(),
    };
    // Names: join two entities, or split a form off one.
    let named: Vec<&diptych_core::Entity> = r
        .entities
        .iter()
        .filter(|e| e.kind.is_named() || matches!(e.kind, EntityKind::Name | EntityKind::Other))
        .collect();
    let where_ = |e: &diptych_core::Entity| match (
        e.mentions.iter().any(|m| m.side == Side::Left),
        e.mentions.iter().any(|m| m.side == Side::Right),
    ) {
        (true, true) => "both",
        (true, false) => "left",
        _ => "right",
    };
    let option = |e: &diptych_core::Entity| {
        let at = MentionAt {
            side: e.mentions[0].side,
            start: e.mentions[0].start,
        };
        html! { <option value={at_value(at)}>{ format!("{} ({})", e.label, where_(e)) }</option> }
    };
    // The forms of each entity written more than one way, each splittable.
    let mut forms: Vec<(String, MentionAt)> = Vec::new();
    for e in &named {
        let mut seen: Vec<String> = Vec::new();
        for m in &e.mentions {
            let form = m.text.to_lowercase();
            if !seen.contains(&form) {
                seen.push(form);
                forms.push((
                    format!("“{}” from {}", m.text, e.label),
                    MentionAt {
                        side: m.side,
                        start: m.start,
                    },
                ));
            }
        }
        if seen.len() < 2 {
            forms.truncate(forms.len() - seen.len());
        }
    }
    // Figures, each side's own, for a disagreement the engine missed.
    let figures = |side: Side| -> Vec<Html> {
        r.entities
            .iter()
            .filter(|e| e.kind == EntityKind::Number)
            .filter_map(|e| e.mentions.iter().find(|m| m.side == side))
            .map(|m| html! { <option value={at_value(MentionAt { side, start: m.start })}>{ &m.text }</option> })
            .collect()
    };
    let (figures_l, figures_r) = (figures(Side::Left), figures(Side::Right));
    let no_figures = figures_l.is_empty() || figures_r.is_empty();
    let (figure_l, figure_r) = (use_node_ref(), use_node_ref());
    let add_figures = {
        let (a, b, dispatch) = (figure_l.clone(), figure_r.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some(x), Some(y)) = (selected(&a), selected(&b)) {
                dispatch.emit(Action::Correct(Correction::AddFigures(x, y)));
            }
        })
    };
    let (join_a, join_b, split) = (use_node_ref(), use_node_ref(), use_node_ref());
    let join = {
        let (a, b, dispatch) = (join_a.clone(), join_b.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some(x), Some(y)) = (selected(&a), selected(&b)) {
                dispatch.emit(Action::Correct(Correction::JoinEntities(x, y)));
            }
        })
    };
    let split_off = {
        let (s, dispatch) = (split.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(at) = selected(&s) {
                dispatch.emit(Action::Correct(Correction::SplitEntity(at)));
            }
        })
    };
    html! {
        <section class="corrections" aria-label="Corrections">
            <div class="correction-buttons" role="group" aria-label="Correct the links">
                <button class="button" onclick={link} disabled={pair.is_none() || already}>{ link_label }</button>
                <button class="button" onclick={unlink} disabled={current.is_none()}>{ unlink_label }</button>
                <button class="button" onclick={undo} disabled={!props.can_undo} aria-keyshortcuts="Control+Z">{ "Undo" }</button>
                <button class="button" onclick={redo} disabled={!props.can_redo} aria-keyshortcuts="Control+Y">{ "Redo" }</button>
            </div>
            <form class="note-form" onsubmit={save_note}>
                <label for="note-text">{ note_label.clone() }</label>
                // Keyed by the paragraph, so that its own note is shown.
                <input id="note-text" key={props.selected.map_or(0, |(s, p)| 2 * p + 1 + usize::from(s == Side::Right))} ref={input} type="text" maxlength="2000"
                       value={existing} disabled={props.selected.is_none()} placeholder="Why this paragraph matters" />
                <label><input type="checkbox" checked={*on_link && current.is_some()} disabled={current.is_none()} onchange={toggle} />{ " on its link" }</label>
                <button class="button" type="submit" disabled={props.selected.is_none()}>{ "Save note" }</button>
            </form>
            <div class="entity-corrections" role="group" aria-label="Correct the names">
                <label for="join-a">{ "Join" }</label>
                <select id="join-a" ref={join_a}>{ for named.iter().map(|e| option(e)) }</select>
                <label for="join-b">{ "with" }</label>
                <select id="join-b" ref={join_b}>{ for named.iter().skip(1).chain(named.iter().take(1)).map(|e| option(e)) }</select>
                <button class="button" onclick={join} disabled={named.len() < 2}>{ "Join names" }</button>
                <label for="split-form">{ "Split off" }</label>
                <select id="split-form" ref={split} disabled={forms.is_empty()}>{ for forms.iter().map(|(text, at)| html! { <option value={at_value(*at)}>{ text }</option> }) }</select>
                <button class="button" onclick={split_off} disabled={forms.is_empty()}>{ "Split name" }</button>
            </div>
            <div class="entity-corrections" role="group" aria-label="Add a disagreement">
                <label for="figure-l">{ "Left figure" }</label>
                <select id="figure-l" ref={figure_l} disabled={no_figures}>{ for figures_l }</select>
                <label for="figure-r">{ "disagrees with right figure" }</label>
                <select id="figure-r" ref={figure_r} disabled={no_figures}>{ for figures_r }</select>
                <button class="button" onclick={add_figures} disabled={no_figures}>{ "Add disagreement" }</button>
            </div>
            <p class="correction-count" role="status" aria-live="polite">{
                if count == 0 {
                    "Select a paragraph on each side to link them, or a linked one to remove its link.".to_string()
                } else {
                    format!("{count} correction{} by you (marked “yours”); they are part of every export.", if count == 1 { "" } else { "s" })
                }
            }</p>
        </section>
    }
}
