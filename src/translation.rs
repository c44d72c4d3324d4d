//! The page's handle on the translation worker (`src/bin/translator.rs`, a
//! wasm of its own): started the first time a reader asks for a
//! translation, never before, so that the page's first load does not carry
//! the translation engine. The worker does the work — the models, the
//! queue, a paragraph at a time — and this handle only passes requests on
//! and turns the answers into actions. Messages are read with the browser's
//! own JSON parser: a JSON parser for them would add to the page's download.

use std::cell::RefCell;
use std::rc::Rc;

use diptych_core::Side;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::state::{Action, MachineTranslation, TranslationStatus};

/// Starts the translator in a classic worker: its no-modules script and
/// wasm sit next to the page's own (Trunk's worker build).
const BOOTSTRAP: &str = r#"
self.onmessage = (event) => {
  self.onmessage = null;
  const fail = (e) => {
    const error = 'The translation engine could not start (' + String(e && e.message || e) + ').';
    for (const side of ['l', 'r']) self.postMessage(JSON.stringify({ side, error, missing: false }));
  };
  try {
    // (The single file's translator script is already in this worker.)
    if (event.data.script) importScripts(event.data.script);
    // (And its word lists, for glosses, which it has no folder to fetch from.)
    if (event.data.lists) self.diptychLists = event.data.lists;
    // The single file hands the wasm over as base64 (no file beside it).
    const wasm = event.data.wasm64
      ? Uint8Array.from(atob(event.data.wasm64), (c) => c.charCodeAt(0))
      : event.data.wasm;
    wasm_bindgen({ module_or_path: wasm }).catch(fail);
  } catch (e) { fail(e); }
};
"#;

#[derive(Default)]
struct Inner {
    /// Where the models are, if the settings say.
    models: Option<String>,
    worker: Option<web_sys::Worker>,
    ready: bool,
    /// Messages waiting for the worker to be ready.
    queue: Vec<JsValue>,
    /// Sides with a request the worker has not finished.
    active: Vec<Side>,
    _on_message: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    _on_error: Option<Closure<dyn FnMut(web_sys::ErrorEvent)>>,
}

/// The handle; cheap to clone.
#[derive(Clone)]
pub struct Translation {
    inner: Rc<RefCell<Inner>>,
    dispatch: Callback<Action>,
}

fn letter(side: Side) -> &'static str {
    if side == Side::Left {
        "l"
    } else {
        "r"
    }
}

fn field(o: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(o, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn number(v: &JsValue) -> u64 {
    v.as_f64().map_or(0, |n| n as u64)
}

/// Paragraphs as the worker takes them: `[[index, text], ...]`.
fn paragraph_list(paragraphs: Vec<(usize, String)>) -> js_sys::Array {
    let list = js_sys::Array::new();
    for (p, text) in paragraphs {
        #[allow(clippy::cast_precision_loss)]
        list.push(&js_sys::Array::of2(&(p as f64).into(), &text.into()));
    }
    list
}

/// A message's list of lists (`[[...], ...]`), each inner one as an array.
fn arrays(v: Option<JsValue>) -> Vec<js_sys::Array> {
    v.map(|v| {
        js_sys::Array::from(&v)
            .iter()
            .map(|x| js_sys::Array::from(&x))
            .collect()
    })
    .unwrap_or_default()
}

/// The byte range at `a[k], a[k + 1]`.
#[allow(clippy::cast_possible_truncation)]
fn range(a: &js_sys::Array, k: u32) -> std::ops::Range<usize> {
    number(&a.get(k)) as usize..number(&a.get(k + 1)) as usize
}

/// `{kind: {fields}}` as JSON text, made by the browser.
fn message(kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    let inner = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&inner, &JsValue::from_str(k), v);
    }
    let outer = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&outer, &JsValue::from_str(kind), &inner);
    js_sys::JSON::stringify(&outer).map_or(JsValue::NULL, JsValue::from)
}

/// The models' folder, absolute: the address the settings give (relative
/// to the page), else `models/` beside the app's own files (for the script
/// embed, on the app's server, not the host page's).
fn models_base(setting: Option<&str>) -> String {
    let page = gloo_utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    let (path, base) = match setting {
        Some(path) => (path.to_string(), page),
        None => (
            "models/".to_string(),
            crate::worker::script_base().unwrap_or(page),
        ),
    };
    web_sys::Url::new_with_base(&path, &base).map_or(path, |u| u.href())
}

/// Whether paragraph `p` of a side is on screen now.
fn on_screen(side: Side, p: usize) -> bool {
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    gloo_utils::document()
        .get_element_by_id(&format!("{}-p{p}", letter(side)))
        .map(|el| el.get_bounding_client_rect())
        .is_some_and(|r| r.bottom() > 0.0 && r.top() < height)
}

impl Translation {
    /// A handle; the worker starts with the first request. `models`: where
    /// the models are, if not beside the app.
    pub fn new(dispatch: Callback<Action>, models: Option<String>) -> Self {
        Translation {
            inner: Rc::new(RefCell::new(Inner {
                models,
                ..Inner::default()
            })),
            dispatch,
        }
    }

    /// Translates a side's paragraphs, those on screen first.
    pub fn request(&self, side: Side, from: &str, to: &str, paragraphs: Vec<(usize, String)>) {
        let request = self.request_message(side, from, to, paragraphs);
        self.ask(side, request);
    }

    /// Translates a side's paragraphs with models from files the reader
    /// picked: the worker reads, checks and keeps them, then translates.
    pub fn install(
        &self,
        side: Side,
        from: &str,
        to: &str,
        paragraphs: Vec<(usize, String)>,
        files: js_sys::Array,
    ) {
        // The request as it is sent alone, with the files beside it (they
        // cannot go into JSON).
        let message = js_sys::Object::new();
        let request = self.request_message(side, from, to, paragraphs);
        let _ = js_sys::Reflect::set(&message, &"install".into(), &request);
        let _ = js_sys::Reflect::set(&message, &"files".into(), &files);
        self.ask(side, message.into());
    }

    /// A side's request as JSON text, the paragraphs on screen first.
    fn request_message(
        &self,
        side: Side,
        from: &str,
        to: &str,
        paragraphs: Vec<(usize, String)>,
    ) -> JsValue {
        let (mut order, rest): (Vec<_>, Vec<_>) = paragraphs
            .into_iter()
            .partition(|(p, _)| on_screen(side, *p));
        order.extend(rest);
        let base = models_base(self.inner.borrow().models.as_deref());
        let fields = [
            ("side", letter(side).into()),
            ("from", from.into()),
            ("to", to.into()),
            ("base", base.into()),
            ("paragraphs", paragraph_list(order).into()),
        ];
        message("request", &fields)
    }

    /// Glosses a side's words in English from Diptych's own word lists, where
    /// no models are installed (the worker fetches the lists, which the build
    /// puts beside the app's files).
    pub fn gloss(&self, side: Side, from: &str, paragraphs: Vec<(usize, String)>) {
        let fields = [
            ("side", letter(side).into()),
            ("from", from.into()),
            (
                "base",
                crate::worker::script_base().unwrap_or_default().into(),
            ),
            ("paragraphs", paragraph_list(paragraphs).into()),
        ];
        self.ask(side, message("gloss", &fields));
    }

    /// Sends a side's request: the side counts as in progress (a crash of the
    /// worker is then reported on it) until its answer is complete.
    fn ask(&self, side: Side, message: JsValue) {
        {
            let mut inner = self.inner.borrow_mut();
            inner.active.retain(|s| *s != side);
            inner.active.push(side);
        }
        if let Err(e) = self.send(message) {
            self.dispatch.emit(Action::TranslationUpdate(
                side,
                TranslationStatus::Failed(e),
            ));
        }
    }

    /// Stops a side's translation.
    pub fn stop(&self, side: Side) {
        self.inner.borrow_mut().active.retain(|s| *s != side);
        let _ = self.send(message("stop", &[("side", letter(side).into())]));
    }

    fn send(&self, message: JsValue) -> Result<(), String> {
        self.ensure_started()?;
        let mut inner = self.inner.borrow_mut();
        match (&inner.worker, inner.ready) {
            (Some(worker), true) => {
                let _ = worker.post_message(&message);
            }
            _ => inner.queue.push(message),
        }
        Ok(())
    }

    fn ensure_started(&self) -> Result<(), String> {
        if self.inner.borrow().worker.is_some() {
            return Ok(());
        }
        let failed = |what: &str| format!("The translation engine could not start ({what}).");
        let (worker, start) = crate::worker::wasm_worker("translator", BOOTSTRAP, &["lists"])
            .map_err(|e| failed(&e))?;
        let this = self.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                if let Some(m) = e
                    .data()
                    .as_string()
                    .and_then(|t| js_sys::JSON::parse(&t).ok())
                {
                    this.answer(&m);
                }
            });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The engine stopped (it ran out of memory, or a model it could not
        // read): say so on the sides it was working for; the next request
        // starts a fresh worker.
        let this = self.clone();
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                let sides = {
                    let mut inner = this.inner.borrow_mut();
                    if let Some(w) = inner.worker.take() {
                        w.terminate();
                    }
                    inner.ready = false;
                    inner.queue.clear();
                    std::mem::take(&mut inner.active)
                };
                for side in sides {
                    let why = format!(
                        "The translation engine stopped ({}). Try again.",
                        e.message()
                    );
                    this.dispatch.emit(Action::TranslationUpdate(
                        side,
                        TranslationStatus::Failed(why),
                    ));
                }
            });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        worker
            .post_message(&start)
            .map_err(|_| failed("the worker could not be started"))?;
        let mut inner = self.inner.borrow_mut();
        inner.worker = Some(worker);
        inner._on_message = Some(on_message);
        inner._on_error = Some(on_error);
        Ok(())
    }

    /// Turns one message of the worker into an action.
    fn answer(&self, m: &JsValue) {
        if field(m, "ready").is_some() {
            let mut inner = self.inner.borrow_mut();
            inner.ready = true;
            let queued: Vec<JsValue> = inner.queue.drain(..).collect();
            if let Some(worker) = &inner.worker {
                for message in queued {
                    let _ = worker.post_message(&message);
                }
            }
            return;
        }
        let side = match field(m, "side").and_then(|s| s.as_string()).as_deref() {
            Some("l") => Side::Left,
            Some("r") => Side::Right,
            _ => return,
        };
        let update = |status: TranslationStatus| {
            if matches!(
                status,
                TranslationStatus::Done { .. }
                    | TranslationStatus::Failed(_)
                    | TranslationStatus::Missing(_)
            ) {
                self.inner.borrow_mut().active.retain(|s| *s != side);
            }
            self.dispatch.emit(Action::TranslationUpdate(side, status));
        };
        if let Some(bytes) = field(m, "plan") {
            update(TranslationStatus::Loading {
                bytes: number(&bytes),
                loaded: 0,
            });
        } else if let Some(p) = field(m, "progress") {
            let p = js_sys::Array::from(&p);
            update(TranslationStatus::Loading {
                bytes: number(&p.get(1)),
                loaded: number(&p.get(0)),
            });
        } else if let Some(total) = field(m, "translating") {
            update(TranslationStatus::Translating {
                done: 0,
                total: number(&total) as usize,
            });
        } else if let Some(p) = field(m, "paragraph") {
            let text = field(m, "text")
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let sentences = arrays(field(m, "sentences"))
                .iter()
                .map(|s| (range(s, 0), range(s, 2)))
                .collect();
            let words = arrays(field(m, "words"))
                .iter()
                .map(|w| {
                    let sources = arrays(Some(w.get(2))).iter().map(|o| range(o, 0)).collect();
                    (range(w, 0), sources)
                })
                .collect();
            let translation = MachineTranslation {
                text,
                sentences,
                words,
            };
            self.dispatch.emit(Action::Translated(
                side,
                number(&p) as usize,
                Rc::new(translation),
            ));
        } else if let Some(total) = field(m, "done") {
            update(TranslationStatus::Done {
                total: number(&total) as usize,
            });
        } else if let Some(error) = field(m, "error") {
            let text = error
                .as_string()
                .unwrap_or_else(|| "Translation failed.".into());
            if field(m, "missing").and_then(|v| v.as_bool()) == Some(true) {
                update(TranslationStatus::Missing(text));
            } else {
                update(TranslationStatus::Failed(text));
            }
        }
    }
}

/// Whether this browser has a built-in translator (Chrome's `Translator`).
pub fn browser_can_translate() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("Translator")).unwrap_or(false)
}

/// Calls `target.name(arg)` and awaits the promise it returns.
async fn call(target: &JsValue, name: &str, arg: &JsValue) -> Option<JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = f.call1(target, arg).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// The fallback where no models are installed: this browser's own
/// translator (Chrome's `Translator`, which has Russian but not Latvian),
/// started by the reader's click as it requires. Paragraph by paragraph; it
/// gives no sentence or word map, so each paragraph keeps its original whole.
pub fn with_browser(
    dispatch: Callback<Action>,
    side: Side,
    from: String,
    to: String,
    paragraphs: Vec<(usize, String)>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let total = paragraphs.len();
        let update = |status| dispatch.emit(Action::TranslationUpdate(side, status));
        let api = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Translator"))
            .unwrap_or(JsValue::UNDEFINED);
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"sourceLanguage".into(), &from.as_str().into());
        let _ = js_sys::Reflect::set(&options, &"targetLanguage".into(), &to.as_str().into());
        let available = call(&api, "availability", &options)
            .await
            .and_then(|a| a.as_string());
        let translator = match available.as_deref() {
            None | Some("unavailable") => None,
            Some(_) => {
                update(TranslationStatus::Translating { done: 0, total });
                call(&api, "create", &options).await
            }
        };
        for (p, text) in paragraphs {
            let out = match &translator {
                Some(t) => call(t, "translate", &JsValue::from_str(&text))
                    .await
                    .and_then(|o| o.as_string()),
                None => None,
            };
            let Some(out) = out else {
                return update(TranslationStatus::Failed(format!(
                    "This browser's built-in translator could not translate from {from} into {to}."
                )));
            };
            let translation = MachineTranslation {
                sentences: vec![(0..text.len(), 0..out.len())],
                text: out,
                words: Vec::new(),
            };
            dispatch.emit(Action::Translated(side, p, Rc::new(translation)));
        }
        update(TranslationStatus::Done { total });
    });
}
