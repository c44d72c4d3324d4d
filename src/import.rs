//! HTML pages and Word documents, read in the importer worker
//! (`src/bin/importer.rs`, a wasm of its own) before the engine compares
//! them: the page's own engine leaves those readers out of its first
//! download (`diptych-core` without `formats`). A job whose documents need
//! them waits here, one worker per file, and goes on with each document's
//! text and the blocks its source stated. What was read is kept for the
//! visit, so that a correction does not read the file again.

use std::cell::RefCell;

use diptych_core::{needs_reader, Decoded, Side};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::analyser::{Doc, Job, Outcome};

/// The importer's first message: load the wasm, read the file it carries,
/// answer with the result's bytes (or `{failed}`).
const BOOTSTRAP: &str = r#"
self.onmessage = async (event) => {
  self.onmessage = null;
  const d = event.data;
  try {
    // (The single file's importer script is already in this worker.)
    if (d.script) importScripts(d.script);
    const wasm = d.wasm64 ? Uint8Array.from(atob(d.wasm64), (c) => c.charCodeAt(0)) : d.wasm;
    await wasm_bindgen({ module_or_path: wasm });
    self.postMessage(wasm_bindgen.read_document(d.bytes, d.name));
  } catch (e) {
    self.postMessage({ failed: String(e && e.message || e) });
  }
};
"#;

/// Files read this visit: their name, bytes, and what they read as.
type Read = (Option<String>, Vec<u8>, Decoded);

thread_local! {
    static READ: RefCell<Vec<Read>> = const { RefCell::new(Vec::new()) };
}

/// How many read files are kept (both sides, and the pair before).
const KEEP: usize = 4;

/// Whether a document still needs the importer.
fn pending(doc: &Doc) -> bool {
    doc.decoded.is_none() && needs_reader(&doc.bytes, doc.name.as_deref())
}

/// The sides whose documents need the importer (each sniffed once: an
/// HTML page is told by decoding the file).
pub fn needed(job: &Job) -> Vec<Side> {
    [(Side::Left, &job.left), (Side::Right, &job.right)]
        .into_iter()
        .filter(|(_, doc)| pending(doc))
        .map(|(side, _)| side)
        .collect()
}

/// Reads the job's HTML and Word documents on `sides` (from [`needed`]); a
/// refusal (a damaged file, a workbook, a worker that could not start) is
/// the job's outcome instead.
pub async fn read_documents(mut job: Job, sides: Vec<Side>) -> Result<Job, Outcome> {
    for side in sides {
        let doc = match side {
            Side::Left => &mut job.left,
            Side::Right => &mut job.right,
        };
        match read(doc).await {
            Ok(decoded) => doc.decoded = Some(decoded),
            Err(message) => {
                return Err(Outcome::Refused {
                    id: job.id,
                    side,
                    message,
                })
            }
        }
    }
    Ok(job)
}

/// One document, from what was read this visit or by a new worker.
async fn read(doc: &Doc) -> Result<Decoded, String> {
    let known = READ.with_borrow(|read| {
        read.iter()
            .find(|(name, bytes, _)| *name == doc.name && *bytes == doc.bytes)
            .map(|(_, _, decoded)| decoded.clone())
    });
    if let Some(decoded) = known {
        return Ok(decoded);
    }
    let decoded = import(doc).await?;
    READ.with_borrow_mut(|read| {
        if read.len() == KEEP {
            read.remove(0);
        }
        read.push((doc.name.clone(), doc.bytes.clone(), decoded.clone()));
    });
    Ok(decoded)
}

/// Starts a worker for the document and waits for its answer.
async fn import(doc: &Doc) -> Result<Decoded, String> {
    let failed = |what: &str| {
        format!("The reader for HTML and Word files could not start ({what}). Paste the article's text instead.")
    };
    let (worker, start) =
        crate::worker::wasm_worker("importer", BOOTSTRAP, &[]).map_err(|e| failed(&e))?;
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&start, &k.into(), v);
    let _ = set(
        "bytes",
        &js_sys::Uint8Array::from(doc.bytes.as_slice()).into(),
    );
    let _ = set(
        "name",
        &doc.name.clone().map_or(JsValue::NULL, JsValue::from),
    );
    let answer = js_sys::Promise::new(&mut |resolve, _| {
        let on_error = resolve.clone();
        let on_message = Closure::once_into_js(move |e: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &e.data());
        });
        let on_error = Closure::once_into_js(move |e: web_sys::ErrorEvent| {
            e.prevent_default();
            let why = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&why, &"failed".into(), &e.message().into());
            let _ = on_error.call1(&JsValue::NULL, &why);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    });
    worker
        .post_message(&start)
        .map_err(|_| failed("the file could not be handed over"))?;
    let data = JsFuture::from(answer).await.unwrap_or_default();
    worker.terminate();
    match data.dyn_ref::<js_sys::Uint8Array>() {
        Some(bytes) => bincode::deserialize::<Result<Decoded, String>>(&bytes.to_vec())
            .unwrap_or_else(|e| Err(failed(&format!("its answer could not be read: {e}")))),
        None => Err(failed(
            &js_sys::Reflect::get(&data, &"failed".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default(),
        )),
    }
}
