use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::Shared;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared,
    /// Save the comparison as one .html file (absent in embeds).
    #[prop_or_default]
    pub save: Option<Callback<()>>,
    /// What the last save did, in plain words.
    #[prop_or_default]
    pub notice: Option<String>,
}

/// Offers `content` as a file download, made in the page (nothing is sent anywhere).
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Download the comparison as JSON (the engine's report), CSV (one row per
/// link) or TMX (the linked passages as a translation memory), or print it.
#[component]
pub fn Export(props: &Props) -> Html {
    let report = props.report.clone();
    let json = {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(text) = serde_json::to_string_pretty(&*report) {
                // Also the corrections in Diptych's own form, so that the
                // file dropped back on the page reopens the comparison.
                let text = match (
                    text.strip_prefix("{\n"),
                    crate::save::corrections_to_text(&report.corrections),
                ) {
                    (Some(rest), Some(saved)) => {
                        format!("{{\n  \"saved_corrections\": \"{saved}\",\n{rest}")
                    }
                    _ => text,
                };
                let _ = download("diptych-report.json", "application/json", &text);
            }
        })
    };
    let csv = {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = download("diptych-links.csv", "text/csv", &report.links_csv());
        })
    };
    let tmx = {
        let report = report.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = download("diptych-links.tmx", "application/x-tmx+xml", &report.tmx());
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let save = props.save.clone().map(|s| s.reform(|_: MouseEvent| ()));
    html! {
        <div class="export" role="group" aria-label="Export">
            if let Some(save) = save {
                <button class="button" onclick={save} title="One .html file with both texts, your corrections and notes, and the viewer: it opens offline">{ "Save comparison" }</button>
            }
            <button class="button" onclick={json}>{ "Download JSON" }</button>
            <button class="button" onclick={csv}>{ "Download CSV" }</button>
            <button class="button" onclick={tmx} title="The linked passages as a translation memory (TMX 1.4)">{ "Download TMX" }</button>
            <button class="button" onclick={print}>{ "Print" }</button>
            if let Some(notice) = &props.notice {
                <span class="notice" role="status">{ notice }</span>
            }
        </div>
    }
}
