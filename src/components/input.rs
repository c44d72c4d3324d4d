use diptych_core::{Side, MAX_BYTES};
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::state::{Action, Pane};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub side: Side,
    pub pane: Pane,
    pub dispatch: Callback<Action>,
}

/// Reads a file in the browser (never uploaded) and hands it to the reducer.
pub fn load_file(side: Side, file: web_sys::File, dispatch: Callback<Action>) {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_BYTES {
        let err = diptych_core::Error::TooLarge {
            bytes: size,
            limit: MAX_BYTES,
        };
        dispatch.emit(Action::Fail {
            side,
            message: err.to_string(),
        });
        return;
    }
    let file = gloo_file::File::from(file);
    wasm_bindgen_futures::spawn_local(async move {
        match gloo_file::futures::read_as_bytes(&file).await {
            // A comparison exported as JSON reopens as it was.
            Ok(bytes) if name.to_lowercase().ends_with(".json") => {
                dispatch.emit(
                    restored(&name, &bytes)
                        .unwrap_or_else(|message| Action::Fail { side, message }),
                );
            }
            Ok(bytes) => dispatch.emit(Action::Load {
                side,
                name: Some(name),
                bytes,
            }),
            Err(e) => dispatch.emit(Action::Fail {
                side,
                message: format!("The browser could not read {name}: {e}"),
            }),
        }
    });
}

/// A comparison Diptych exported as JSON (its report: both texts, and the
/// reader's corrections in `saved_corrections`), read with the browser's
/// own JSON parser.
fn restored(name: &str, bytes: &[u8]) -> Result<Action, String> {
    let foreign = || {
        format!("{name} is not a comparison Diptych exported as JSON (it has no version, left text and right text).")
    };
    let json = js_sys::JSON::parse(&String::from_utf8_lossy(bytes)).map_err(|_| {
        format!("{name} is not JSON that can be read (a damaged or truncated file?).")
    })?;
    let get = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::get(o, &k.into()).ok();
    get(&json, "version")
        .and_then(|v| v.as_f64())
        .ok_or_else(foreign)?;
    let side = |k: &str| -> Result<(Option<String>, Vec<u8>), String> {
        let doc = get(&json, k)
            .filter(|d| d.is_object())
            .ok_or_else(foreign)?;
        let text = get(&doc, "text")
            .and_then(|t| t.as_string())
            .ok_or_else(foreign)?;
        Ok((
            get(&doc, "name").and_then(|n| n.as_string()),
            text.into_bytes(),
        ))
    };
    let (left, right) = (side("left")?, side("right")?);
    let corrections = match get(&json, "saved_corrections").and_then(|c| c.as_string()) {
        Some(text) => crate::save::corrections_from_text(&text).ok_or_else(|| {
            format!(
                "{name}: its corrections (saved_corrections) are damaged; the file was not opened."
            )
        })?,
        None => diptych_core::Corrections::default(),
    };
    Ok(Action::Restore {
        left,
        right,
        corrections,
    })
}

/// Files dropped on the page: two files fill both sides (the first left,
/// the second right; the swap button exchanges them); one fills `side`.
pub fn load_dropped(side: Side, files: &web_sys::FileList, dispatch: Callback<Action>) {
    match (files.get(0), files.get(1)) {
        (Some(a), Some(b)) => {
            load_file(Side::Left, a, dispatch.clone());
            load_file(Side::Right, b, dispatch);
        }
        (Some(a), None) => load_file(side, a, dispatch),
        _ => {}
    }
}

/// One side's controls: choose a file, drop one, or paste text.
#[component]
pub fn SideInput(props: &Props) -> Html {
    let side = props.side;
    let pasting = use_state(|| false);
    let dragging = use_state(|| false);
    let which = if side == Side::Left { "left" } else { "right" };
    let on_pick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                load_file(side, file, dispatch.clone());
            }
            input.set_value("");
        })
    };
    let on_drop = {
        let dispatch = props.dispatch.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            e.stop_propagation();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                load_dropped(side, &files, dispatch.clone());
            }
        })
    };
    let on_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let toggle_paste = {
        let pasting = pasting.clone();
        Callback::from(move |_: MouseEvent| pasting.set(!*pasting))
    };
    let area = use_node_ref();
    let on_paste_submit = {
        let dispatch = props.dispatch.clone();
        let pasting = pasting.clone();
        let area = area.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(text) = area.cast::<HtmlTextAreaElement>() {
                dispatch.emit(Action::Load {
                    side,
                    name: None,
                    bytes: text.value().into_bytes(),
                });
                pasting.set(false);
            }
        })
    };
    let label = match (&props.pane.name, &props.pane.waiting) {
        (_, Some(waiting)) => waiting.clone(),
        (Some(name), None) => name.clone(),
        (None, None) if props.pane.is_empty() => "no text yet".to_string(),
        (None, None) => "pasted text".to_string(),
    };
    html! {
        <div class={classes!("side-input", which, dragging.then_some("dragging"))}
             ondrop={on_drop} ondragover={on_over} ondragleave={on_leave}
             aria-label={format!("{which} document")} role="group">
            <div class="file-line">
                <span class="side-name">{ if side == Side::Left { "Left" } else { "Right" } }</span>
                <span class="file-name" title={label.clone()}>{ label }</span>
                <label class="button">
                    { "Choose file…" }
                    <input type="file" class="visually-hidden" accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/html"
                           onchange={on_pick} aria-label={format!("Choose the {which} file")} />
                </label>
                <button class="button" onclick={toggle_paste} aria-expanded={(*pasting).to_string()}>{ "Paste text" }</button>
            </div>
            <p class="drop-hint">{ "…or drop a file here (text, Markdown, HTML, Word .docx)." }</p>
            if *pasting {
                <form class="paste" onsubmit={on_paste_submit}>
                    <textarea ref={area.clone()} name="text" rows="6" aria-label={format!("Text for the {which} side")} placeholder="Paste the article's text here" />
                    <button class="button" type="submit">{ "Compare" }</button>
                </form>
            }
            if let Some(err) = &props.pane.error {
                <p class="error" role="alert">{ err }</p>
            }
        </div>
    }
}
