//! The Web Worker that runs the engine, so that a long comparison never
//! freezes the page. The worker is this same wasm started a second time (see
//! `main.rs`), so the engine is downloaded and compiled once. The page sends
//! a [`Job`]; the worker answers with an [`Outcome`] carrying the same id, so
//! the page can drop stale answers. Both travel as bincode bytes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use diptych_core::{compare_with, Corrections, Decoded, Input, Report, Side};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent};
use yew::Callback;

/// One document as the user gave it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Doc {
    /// File name, if any.
    pub name: Option<String>,
    /// The raw bytes.
    pub bytes: Vec<u8>,
    /// The document as the importer read it, for HTML and Word files
    /// (`import`): the page's engine has no reader for them.
    pub decoded: Option<Decoded>,
}

/// A comparison to make.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    /// Which request this is.
    pub id: u32,
    /// The left document.
    pub left: Doc,
    /// The right document.
    pub right: Doc,
    /// The reader's corrections, input to the engine like the texts.
    pub corrections: Corrections,
}

/// The answer to a [`Job`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// The report.
    Done { id: u32, report: Box<Report> },
    /// One side was refused; the message is for the user.
    Refused {
        id: u32,
        side: Side,
        message: String,
    },
}

impl Outcome {
    /// The job this answers.
    pub fn id(&self) -> u32 {
        match self {
            Outcome::Done { id, .. } | Outcome::Refused { id, .. } => *id,
        }
    }
}

/// A document as the engine takes it.
fn input(doc: &Doc) -> Input<'_> {
    Input {
        bytes: &doc.bytes,
        name: doc.name.as_deref(),
        decoded: doc.decoded.as_ref(),
    }
}

/// Runs a job: the same call the page would make, wherever it runs.
pub fn run(job: &Job) -> Outcome {
    let (left, right) = (input(&job.left), input(&job.right));
    match compare_with(left, right, &job.corrections) {
        Ok(report) => Outcome::Done {
            id: job.id,
            report: Box::new(report),
        },
        Err(e) => Outcome::Refused {
            id: job.id,
            side: e.side,
            message: e.error.to_string(),
        },
    }
}

/// What the worker is started with: a classic script that loads the page's
/// own module (the same wasm, so nothing is fetched twice), hands it the
/// already-compiled `WebAssembly.Module`, and lets [`serve`] take over.
const BOOTSTRAP: &str = r#"
self.onmessage = async (event) => {
  self.onmessage = null;
  try {
    // The single file hands over the module's source: a page opened from
    // disk has an opaque origin, and its blob: URLs cannot be imported here.
    // The engine's lexicon, for `serve` to install (the page fetched it).
    self.diptychLexicon = event.data.lexicon;
    const script = event.data.source
      ? URL.createObjectURL(new Blob([event.data.source], { type: 'text/javascript' }))
      : event.data.script;
    const engine = await import(script);
    await engine.default({ module_or_path: event.data.module });
  } catch (e) {
    self.postMessage({ failed: String(e && e.message || e) });
  }
};
"#;

/// The engine's lexicon keys, a file beside the page: not in the page's own
/// wasm, so that the first download stays small.
const LEXICON_FILE: &str = "lexicon-keys.tsv";

/// Fetches the engine's lexicon from the page's own origin (or takes it from
/// the single file, which carries it inline) and installs it on the page;
/// the worker is handed the same text. An engine with the lexicon built in
/// (the tests') has nothing to do. The error is for the reader.
pub async fn load_lexicon() -> Result<(), String> {
    if diptych_core::has_lexicon() {
        return Ok(());
    }
    let keys = match crate::embed::asset("lexicon") {
        Some(keys) => keys,
        None => {
            let url = crate::embed::asset("lexiconUrl").unwrap_or_else(|| LEXICON_FILE.into());
            let bytes = crate::components::app::fetch_bytes(&url)
                .await
                .map_err(|e| lexicon_missing(&e))?;
            String::from_utf8(bytes).map_err(|_| lexicon_missing("it is not UTF-8 text."))?
        }
    };
    diptych_core::install_lexicon(keys).map_err(|e| lexicon_missing(&format!("{e}.")))
}

fn lexicon_missing(why: &str) -> String {
    format!(
        "The engine's word list ({LEXICON_FILE}, deployed beside this page) could not be loaded: {why} \
         Without it the engine knows no names in advance (bodies, parties, outlets, given names) and \
         matches paragraphs by names, figures and shared words only, so fewer of both are found."
    )
}

/// The page's handle on the engine's worker.
pub struct Engine {
    worker: RefCell<Option<Live>>,
    on_outcome: Callback<Outcome>,
    on_failure: Callback<String>,
    on_ready: Callback<()>,
}

/// A running worker and the jobs waiting for it to be ready.
struct Live {
    worker: web_sys::Worker,
    ready: Rc<Cell<bool>>,
    queue: Rc<RefCell<Vec<js_sys::Uint8Array>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

impl Engine {
    /// A handle; the worker starts with [`Engine::ensure_started`] or the
    /// first long job. `on_ready` hears when it is up.
    pub fn new(
        on_outcome: Callback<Outcome>,
        on_failure: Callback<String>,
        on_ready: Callback<()>,
    ) -> Engine {
        Engine {
            worker: RefCell::new(None),
            on_outcome,
            on_failure,
            on_ready,
        }
    }

    /// Sends a job (starting the worker if it is not running). A short pair
    /// is compared right here instead: it takes a few milliseconds, less
    /// than handing it to the worker would (the page's first comparison
    /// does not wait for the worker to start).
    pub fn send(&self, job: &Job) {
        if job.left.bytes.len() + job.right.bytes.len() <= ON_PAGE_BYTES {
            self.on_outcome.emit(run(job));
            return;
        }
        self.ensure_started();
        let bytes = match bincode::serialize(job) {
            Ok(b) => b,
            Err(e) => {
                return self.on_failure.emit(format!(
                    "The comparison could not be sent to the engine ({e})."
                ))
            }
        };
        let message = js_sys::Uint8Array::from(bytes.as_slice());
        let slot = self.worker.borrow();
        let Some(live) = slot.as_ref() else { return };
        if live.ready.get() {
            let _ = live.worker.post_message(&message);
        } else {
            live.queue.borrow_mut().push(message);
        }
    }

    /// Starts the worker unless it runs; a failure is reported. (The page
    /// calls this once it is idle, so that a long pair finds it ready.)
    pub fn ensure_started(&self) {
        let mut slot = self.worker.borrow_mut();
        if slot.is_none() {
            match self.start() {
                Ok(live) => *slot = Some(live),
                Err(e) => {
                    drop(slot);
                    self.on_failure.emit(e);
                }
            }
        }
    }

    fn start(&self) -> Result<Live, String> {
        let failed = |what: &str| {
            format!("The comparison engine could not start ({what}). Reload the page.")
        };
        let script =
            crate::embed::own_script().ok_or_else(|| failed("its script was not found"))?;
        let worker = crate::worker::blob_worker(BOOTSTRAP).map_err(failed)?;

        let ready = Rc::new(Cell::new(false));
        let queue: Rc<RefCell<Vec<js_sys::Uint8Array>>> = Rc::default();
        let on_message = {
            let (ready, queue, worker) = (ready.clone(), queue.clone(), worker.clone());
            let (on_outcome, on_failure, on_ready) = (
                self.on_outcome.clone(),
                self.on_failure.clone(),
                self.on_ready.clone(),
            );
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                if data.as_string().as_deref() == Some(READY) {
                    ready.set(true);
                    for message in queue.borrow_mut().drain(..) {
                        let _ = worker.post_message(&message);
                    }
                    on_ready.emit(());
                } else if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
                    match bincode::deserialize::<Outcome>(&bytes.to_vec()) {
                        Ok(outcome) => on_outcome.emit(outcome),
                        Err(e) => {
                            on_failure.emit(format!("The engine's answer could not be read ({e})."))
                        }
                    }
                } else {
                    let why = js_sys::Reflect::get(&data, &"failed".into())
                        .ok()
                        .and_then(|v| v.as_string());
                    on_failure.emit(format!(
                        "The comparison engine could not start ({}). Reload the page.",
                        why.unwrap_or_default()
                    ));
                }
            })
        };
        let on_error = {
            let on_failure = self.on_failure.clone();
            Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
                event.prevent_default();
                on_failure.emit(format!(
                    "The comparison engine stopped ({}). Try again, or with other texts.",
                    event.message()
                ));
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));

        let start = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&start, &"script".into(), &script.into());
        if let Some(source) = crate::embed::own_source() {
            let _ = js_sys::Reflect::set(&start, &"source".into(), &source.into());
        }
        let _ = js_sys::Reflect::set(&start, &"module".into(), &wasm_bindgen::module());
        if let Some(lexicon) = diptych_core::installed_lexicon() {
            let _ = js_sys::Reflect::set(&start, &"lexicon".into(), &lexicon.into());
        }
        worker
            .post_message(&start)
            .map_err(|_| failed("the module could not be handed over"))?;
        Ok(Live {
            worker,
            ready,
            queue,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Stops the worker after a failure; the next job starts a fresh one.
    pub fn reset(&self) {
        if let Some(live) = self.worker.borrow_mut().take() {
            live.worker.terminate();
        }
    }
}

/// Pairs up to this many bytes in all are compared on the page: the seed
/// pair and pasted articles (a few milliseconds); anything longer goes to
/// the worker.
const ON_PAGE_BYTES: usize = 64 * 1024;

/// The worker's "ready" message.
const READY: &str = "diptych-engine-ready";

/// Whether this instance runs inside a worker.
pub fn in_worker() -> bool {
    js_sys::global()
        .dyn_ref::<web_sys::DedicatedWorkerGlobalScope>()
        .is_some()
}

/// The worker's side: answer each job with its outcome.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    if let Some(keys) = js_sys::Reflect::get(&scope, &"diptychLexicon".into())
        .ok()
        .and_then(|v| v.as_string())
    {
        // Checked on the page already; a refusal leaves the engine without it.
        let _ = diptych_core::install_lexicon(keys);
    }
    diptych_core::prepare();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Some(bytes) = event
            .data()
            .dyn_ref::<js_sys::Uint8Array>()
            .map(js_sys::Uint8Array::to_vec)
        else {
            return;
        };
        let Ok(job) = bincode::deserialize::<Job>(&bytes) else {
            return;
        };
        if let Ok(answer) = bincode::serialize(&run(&job)) {
            let _ = reply.post_message(&js_sys::Uint8Array::from(answer.as_slice()));
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&READY.into());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worker's answer crosses as bincode, which has no field names: a
    /// report must come back whole (a field skipped when empty would shift
    /// every field after it — found by the end-to-end tests).
    #[test]
    fn a_report_round_trips_through_the_workers_encoding() {
        let lv = include_str!("../assets/seeds/kazakhstan-2022.lv.txt");
        let ru = include_str!("../assets/seeds/zhanaozen-2011.ru.txt");
        // With corrections of every kind, which travel inside the report.
        let corrections: Corrections = serde_json::from_str(
            r#"{"links_added": [{"left": [0], "right": [1]}],
                "figures_added": [[{"side": "left", "start": 3}, {"side": "right", "start": 5}]],
                "notes": [{"on": {"link": {"left": [0], "right": [1]}}, "text": "why"}]}"#,
        )
        .expect("corrections parse");
        let report = compare_with(Input::text(lv), Input::text(ru), &corrections)
            .expect("the seed pair compares");
        assert!(report.links.iter().any(|l| l.by_reader));
        let outcome = Outcome::Done {
            id: 7,
            report: Box::new(report.clone()),
        };
        let bytes = bincode::serialize(&outcome).expect("encodes");
        match bincode::deserialize::<Outcome>(&bytes).expect("decodes") {
            Outcome::Done { id, report: back } => {
                assert_eq!(id, 7);
                assert_eq!(*back, report);
            }
            _ => panic!("another outcome came back"),
        }
    }
}
