//! The reader's corrections: link the two selected paragraphs, remove a
//! link, note why a paragraph matters, undo and redo. Each correction goes
//! to the engine with the texts, and the whole comparison follows it.

use diptych_core::{NoteOn, ParagraphPair, Side};
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
    let unlink = {
        let pair = current.map(|l| ParagraphPair {
            left: l.left.clone(),
            right: l.right.clone(),
        });
        dispatch.reform(move |_: MouseEvent| match &pair {
            Some(p) => Action::Correct(Correction::Unlink(p.clone())),
            None => Action::Select(None),
        })
    };
    // A note on the selected paragraph.
    let note_on = props
        .selected
        .map(|(side, paragraph)| NoteOn::Paragraph { side, paragraph });
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
    let note_label = match props.selected {
        Some((side, p)) => format!("Note on {} ¶{}", side_name(side), p + 1),
        None => "Note (select a paragraph)".to_string(),
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
                <input id="note-text" key={format!("{:?}", props.selected)} ref={input} type="text" maxlength="2000"
                       value={existing} disabled={props.selected.is_none()} placeholder="Why this paragraph matters" />
                <button class="button" type="submit" disabled={props.selected.is_none()}>{ "Save note" }</button>
            </form>
            <p class="correction-count" role="status" aria-live="polite">{
                if count == 0 {
                    "Select a paragraph on each side to link them, or a linked one to remove its link. Corrections stay in this tab.".to_string()
                } else {
                    format!("{count} correction{} by you (marked “yours”); they are part of every export.", if count == 1 { "" } else { "s" })
                }
            }</p>
        </section>
    }
}
