//! The translation worker: a wasm of its own (the page's first load does not
//! carry the translation engine), started by the page the first time a
//! reader asks for a translation.
//!
//! It fetches the models from the app's own `models/` folder (or the address
//! the page gives), checks every file against `index.json`, keeps them in the
//! browser's Cache Storage so that the next visit needs no download, and
//! translates paragraph by paragraph. Only model files are fetched; the texts
//! arrive from the page and go back to it, nowhere else.
//!
//! Messages are JSON strings. The page sends `{"request": {"side": "l",
//! "from": "lv", "to": "en", "base": MODELS_URL, "paragraphs": [[N, TEXT],
//! ...]}}` (in the order wanted: those on screen first) and `{"stop":
//! {"side": "l"}}`. The worker answers `{"ready": true}` once started, then
//! for each side `{"side": .., "plan": BYTES}` before downloading (0: all
//! from the cache), `{"side": .., "progress": [LOADED, TOTAL]}` while it
//! does, `{"side": .., "translating": TOTAL, "memory": BYTES}`, one `{"side": .., "paragraph":
//! N, "text": .., "sentences": [[o0, o1, t0, t1], ...], "words": [[t0, t1,
//! [[o0, o1], ...]], ...]}` per paragraph (byte ranges in the paragraph and in
//! its translation; a translated word and the original words it came from;
//! with the tokens decoded and the milliseconds taken),
//! `{"side": .., "done":
//! TOTAL}`, or `{"side": .., "error": MESSAGE, "missing": BOOL}`.
//!
//! Models can also come from files the reader picks (the single file, opened
//! from disk, has no `models/` beside it): the page then sends an object
//! `{install: REQUEST_MESSAGE, files: [File, ...]}`. The files are recognised by
//! the names Mozilla publishes them under (or by an `index.json` among them,
//! whose hashes they must match), kept in Cache Storage where the browser
//! has it (for this visit only where it does not), and the request is then
//! served from them; later requests use them whenever the app's own
//! `models/` has no index.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use diptych_translate::{manifest, Manifest, Translator};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response};

/// The word lists that give glosses where no model translates: the
/// lexicons written for Diptych (an English gloss, then Latvian and Russian
/// forms), its known names (kind, English label, then Latvian and Russian
/// names), and the places Unicode CLDR names (code, kind, then English,
/// Latvian and Russian names). The build puts them beside the app; they are
/// fetched only when a reader asks for glosses, so that this wasm stays small.
const WORD_LISTS: [&str; 5] = [
    "lexicon-lv-ru.tsv",
    "lexicon-news-lv-ru.tsv",
    "lexicon-general-lv-ru.tsv",
    "names-lv-ru-en.tsv",
    "places-lv-ru-en.tsv",
];

/// Case endings of Latvian and Russian nouns, longest first: a name's stem
/// is what is left (Kazahstānā and Kazahstāna, Казахстане and Казахстан
/// meet at kazahstān, казахстан). Written here from general knowledge of
/// the two languages' declensions.
const ENDINGS: &[&str] = &[
    "ами", "ями", "ого", "его", "ому", "ему", "iem", "ой", "ей", "ом", "ем", "ах", "ях", "ам",
    "ям", "ām", "ās", "ēm", "ēs", "as", "ai", "am", "os", "us", "is", "es", "ei", "ы", "и", "а",
    "я", "у", "ю", "е", "о", "ь", "й", "ā", "a", "u", "s", "š", "i", "e", "ē", "o",
];

/// A name's stem: without its case ending, if at least three letters stay.
fn stem(lower: &str) -> Option<&str> {
    ENDINGS.iter().find_map(|e| {
        let rest = lower.strip_suffix(e)?;
        (rest.chars().count() >= 3).then_some(rest)
    })
}

/// The glossary from the word lists beside the app (fetched once; later
/// requests reuse it).
async fn glossary(state: &Rc<RefCell<State>>, base: &str) -> Result<Rc<Glossary>, String> {
    if let Some(known) = state.borrow().glossary.clone() {
        return Ok(known);
    }
    let mut out = Glossary::default();
    // The single file hands the lists over with the engine (`diptychLists`).
    let inline = js_sys::Reflect::get(&js_sys::global(), &"diptychLists".into())
        .ok()
        .filter(JsValue::is_object);
    for name in WORD_LISTS {
        let given = inline
            .as_ref()
            .and_then(|lists| js_sys::Reflect::get(lists, &name.into()).ok())
            .and_then(|t| t.as_string());
        let text = match given {
            Some(text) => text,
            None => {
                let bytes = fetch(&format!("{base}{name}"), |_| {}).await?;
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            // Names: kind, label, Latvian, Russian; places: code, kind,
            // English, Latvian, Russian; lexicons: gloss, Latvian, Russian.
            let (gloss, lv, ru, split) = match cols[..] {
                [_, label, lv, ru, ..] if name.starts_with("names") => (label, lv, ru, '|'),
                [_, _, en, lv, ru, ..] if name.starts_with("places") => {
                    (en.split('|').next().unwrap_or(en), lv, ru, '|')
                }
                [gloss, lv, ru, ..] => (gloss, lv, ru, ' '),
                _ => continue,
            };
            let is_name = !name.starts_with("lexicon");
            for (k, forms) in [lv, ru].into_iter().enumerate() {
                for form in forms
                    .split(split)
                    .filter(|f| !f.is_empty() && !f.contains(' '))
                {
                    let lower = form.to_lowercase();
                    // Names are also known by their stem, to gloss them in
                    // any case (the lists give them in the nominative).
                    // (A nominative with no ending is its own stem: Лондон.)
                    if is_name {
                        out.stems[k]
                            .entry(stem(&lower).unwrap_or(&lower).to_string())
                            .or_insert_with(|| gloss.to_string());
                    }
                    out.words[k]
                        .entry(lower)
                        .or_insert_with(|| gloss.to_string());
                }
            }
        }
    }
    let out = Rc::new(out);
    state.borrow_mut().glossary = Some(out.clone());
    Ok(out)
}

/// A paragraph with each word the word lists know followed by its English
/// gloss in brackets: the text, and each gloss's range with its word's.
fn glossed(text: &str, glossary: &Glossary, lang: usize) -> (String, Vec<Value>) {
    let mut out = String::new();
    let mut words = Vec::new();
    let mut at = 0;
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    while at < text.len() {
        let rest = &text[at..];
        let start = rest.find(is_word).map_or(text.len(), |k| at + k);
        out.push_str(&text[at..start]);
        let end = text[start..]
            .find(|c: char| !is_word(c))
            .map_or(text.len(), |k| start + k);
        let word = &text[start..end];
        out.push_str(word);
        let lower = word.to_lowercase();
        // A capitalised word the lists do not have in this form may be a
        // name in another case: looked up by its stem.
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        let gloss = glossary.words[lang].get(&lower).or_else(|| {
            stem(&lower)
                .filter(|_| capital)
                .and_then(|s| glossary.stems[lang].get(s))
        });
        // (A gloss that only repeats the word, Twitter [Twitter], is left out.)
        if let Some(gloss) = gloss.filter(|g| !g.is_empty() && g.to_lowercase() != lower) {
            out.push_str(" [");
            let g = out.len();
            out.push_str(gloss);
            words.push(json!([g, out.len(), [[start, end]]]));
            out.push(']');
        }
        at = end.max(start + 1).min(text.len().max(end));
        if end == start {
            // A lone non-word character at the end.
            break;
        }
    }
    (out, words)
}

/// The Cache Storage bucket the model files are kept in.
const CACHE: &str = "diptych-translation-models";

/// Where models loaded from files are kept in that cache: an address that
/// is never fetched, only a key.
const LOCAL: &str = "https://models-from-files.invalid/";

/// One side's paragraphs to translate.
struct Request {
    side: String,
    from: String,
    to: String,
    base: String,
    paragraphs: VecDeque<(u64, String)>,
    total: usize,
}

#[derive(Default)]
struct State {
    translator: Translator,
    queue: VecDeque<Request>,
    /// Sides the page asked to stop, until their next request.
    stopped: Vec<String>,
    /// The queue is being served.
    busy: bool,
    /// The glossary, once fetched and built (see [`glossary`]).
    glossary: Option<Rc<Glossary>>,
    /// Models loaded from files, held here when this browser's Cache
    /// Storage did not take them: the index, and the reader's files by path
    /// (read again when needed; the browser keeps them for this visit).
    local: Option<(Manifest, Vec<(String, web_sys::File)>)>,
}

/// English glosses by lower-case word form, for Latvian (0) and Russian (1).
#[derive(Default)]
struct Glossary {
    /// Word forms as the lists give them.
    words: [std::collections::HashMap<String, String>; 2],
    /// Names by their stem (see [`stem`]).
    stems: [std::collections::HashMap<String, String>; 2],
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(value: Value) {
    let _ = scope().post_message(&JsValue::from_str(&value.to_string()));
}

/// Lets the page's messages (a "stop") in between two paragraphs.
async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = scope().set_timeout_with_callback(&resolve);
    });
    let _ = JsFuture::from(promise).await;
}

fn js_error(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// The model files' cache, if this browser (and origin) has one.
async fn cache() -> Option<web_sys::Cache> {
    let storage = scope().caches().ok()?;
    let cache = JsFuture::from(storage.open(CACHE)).await.ok()?;
    cache.dyn_into().ok()
}

/// A model file's key in the cache: its address with its hash, so that a
/// new version is a new entry.
fn cache_key(base: &str, f: &manifest::File) -> String {
    format!("{base}{}?sha256={}", f.path, f.sha256)
}

/// Puts a response in the cache; whether it took it.
async fn put(cache: &web_sys::Cache, key: &str, response: Result<Response, JsValue>) -> bool {
    match response {
        Ok(response) => JsFuture::from(cache.put_with_str(key, &response))
            .await
            .is_ok(),
        Err(_) => false,
    }
}

/// A file from the cache, if there with the right hash.
async fn cached(cache: Option<&web_sys::Cache>, key: &str) -> Option<Vec<u8>> {
    let found = JsFuture::from(cache?.match_with_str(key)).await.ok()?;
    let response: Response = found.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches a URL's bytes, reporting each chunk's size as it arrives.
async fn fetch(url: &str, mut on_chunk: impl FnMut(u64)) -> Result<Vec<u8>, String> {
    let response: Response = JsFuture::from(scope().fetch_with_str(url))
        .await
        .map_err(js_error)?
        .dyn_into()
        .map_err(js_error)?;
    if !response.ok() {
        return Err(format!("HTTP {} for {url}", response.status()));
    }
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(js_error)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(js_error)?;
        if done.as_bool() == Some(true) {
            break;
        }
        let value: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
            .map_err(js_error)?
            .unchecked_into();
        on_chunk(u64::from(value.length()));
        bytes.extend(value.to_vec());
    }
    Ok(bytes)
}

/// Loads what translating `from` → `to` needs: the index, then each file from
/// the cache or the network, checked, then the engine. An error says
/// whether models are missing altogether.
async fn load(
    state: &Rc<RefCell<State>>,
    side: &str,
    base: &str,
    from: &str,
    to: &str,
) -> Result<(), (String, bool)> {
    let base = if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    };
    let index_url = format!("{base}index.json");
    let cache = cache().await;
    let fetched = if base == LOCAL {
        Err(String::new())
    } else {
        fetch(&index_url, |_| {})
            .await
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
    };
    // No index beside the app: the models a reader loaded from files, if any.
    let (manifest, base) = match fetched {
        Ok(index) => (
            Manifest::parse(&index).map_err(|e| (e.to_string(), false))?,
            base,
        ),
        Err(e) => match local_manifest(state, cache.as_ref()).await {
            Some(manifest) => (manifest, LOCAL.to_string()),
            // A page opened from disk has no web address to fetch a
            // models/ folder from: that is no failure worth its details.
            None if !index_url.starts_with("http") => {
                return Err((
                    "(Opened from disk, this page has no models folder beside it.)".into(),
                    true,
                ))
            }
            None => return Err((format!("(No models index at {index_url}: {e}.)"), true)),
        },
    };
    let models = Translator::plan(&manifest, from, to).map_err(|e| (e.to_string(), true))?;
    // Every file, from the cache where it is there already.
    let key = |f: &manifest::File| cache_key(&base, f);
    let mut files: Vec<(manifest::File, Option<Vec<u8>>)> = Vec::new();
    for f in models.iter().flat_map(|m| m.files.iter()) {
        let mut bytes = cached(cache.as_ref(), &key(f)).await;
        if bytes.is_none() && base == LOCAL {
            let file = state.borrow().local.as_ref().and_then(|(_, held)| {
                held.iter()
                    .find(|(path, _)| *path == f.path)
                    .map(|(_, file)| file.clone())
            });
            if let Some(file) = file {
                let buffer = JsFuture::from(file.array_buffer())
                    .await
                    .map_err(|e| (js_error(e), false))?;
                bytes = Some(js_sys::Uint8Array::new(&buffer).to_vec());
            }
            if bytes.is_none() {
                return Err((
                    format!("{} was loaded from a file but is no longer kept in this browser: load the models from their files again.", f.path),
                    true,
                ));
            }
        }
        files.push((f.clone(), bytes));
    }
    let total: u64 = files
        .iter()
        .filter(|(_, b)| b.is_none())
        .map(|(f, _)| f.size)
        .sum();
    post(json!({ "side": side, "plan": total }));
    let mut loaded = 0u64;
    for (f, bytes) in &mut files {
        if bytes.is_some() {
            continue;
        }
        let url = format!("{base}{}", f.path);
        let data = fetch(&url, |n| {
            loaded += n;
            post(json!({ "side": side, "progress": [loaded, total] }));
        })
        .await
        .map_err(|e| {
            (
                format!("A translation model file could not be downloaded: {e}."),
                false,
            )
        })?;
        f.verify(&data).map_err(|e| (e.to_string(), false))?;
        if let Some(cache) = &cache {
            let mut copy = data.clone();
            let _ = put(
                cache,
                &key(f),
                Response::new_with_opt_u8_array(Some(&mut copy)),
            )
            .await;
        }
        *bytes = Some(data);
    }
    state
        .borrow_mut()
        .translator
        .load_route(&manifest, from, to, |f| {
            files
                .iter()
                .find(|(g, _)| g.path == f.path)
                .and_then(|(_, b)| b.clone())
                .ok_or_else(|| "not fetched".to_string())
        })
        .map_err(|e| (e.to_string(), false))
}

/// The index of the models loaded from files: held in memory, else kept
/// in the cache.
async fn local_manifest(
    state: &Rc<RefCell<State>>,
    cache: Option<&web_sys::Cache>,
) -> Option<Manifest> {
    if let Some((manifest, _)) = &state.borrow().local {
        return Some(manifest.clone());
    }
    let index = cached(cache, &format!("{LOCAL}index.json")).await?;
    Manifest::parse(&String::from_utf8_lossy(&index)).ok()
}

/// Reads the files a reader picked, makes their index (checked against an
/// `index.json` among them, if there is one) and keeps them. Says whether
/// they are kept for later visits.
async fn install(state: &Rc<RefCell<State>>, files: &js_sys::Array) -> Result<bool, String> {
    /// A picked file: its name, size and hash, and the file itself (the
    /// cache takes it as it is).
    struct Picked {
        name: String,
        size: u64,
        sha256: String,
        file: web_sys::File,
    }
    let cache = cache().await;
    // One file at a time, so that a hundred megabytes of models are never
    // all held at once.
    let mut picked: Vec<Picked> = Vec::new();
    let mut index: Option<Manifest> = None;
    for file in files.iter() {
        let file: web_sys::File = file.dyn_into().map_err(|_| "not a file".to_string())?;
        let buffer = JsFuture::from(file.array_buffer())
            .await
            .map_err(js_error)?;
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let name = file.name();
        if name == "index.json" {
            index =
                Some(Manifest::parse(&String::from_utf8_lossy(&bytes)).map_err(|e| e.to_string())?);
            continue;
        }
        picked.push(Picked {
            size: bytes.len() as u64,
            sha256: manifest::sha256(&bytes),
            name,
            file,
        });
    }
    let expected = "Translation models are three files a direction, named as Mozilla publishes them: model.lven.intgemm.alphas.bin, vocab.lven.spm and lex.50.50.lven.s2t.bin for Latvian into English (ruen, enlv, enru for the others)";
    let manifest = match index {
        // An index among them: every file it lists must be there, whole.
        Some(mut manifest) => {
            for model in &mut manifest.models {
                for f in &mut model.files {
                    let name = f.path.rsplit('/').next().unwrap_or(&f.path).to_string();
                    let p = picked.iter().find(|p| p.name == name).ok_or_else(|| {
                        format!("{name}, which index.json lists, was not among the files.")
                    })?;
                    f.check(p.size, || p.sha256.clone())
                        .map_err(|e| e.to_string())?;
                    f.path = name;
                }
            }
            manifest
        }
        None => Manifest::from_published(
            picked
                .iter()
                .map(|p| (p.name.clone(), p.size, p.sha256.clone())),
        )
        .ok_or_else(|| format!("These files hold no whole translation model. {expected}."))?,
    };
    let wanted: Vec<&manifest::File> = manifest
        .models
        .iter()
        .flat_map(|m| m.files.iter())
        .collect();
    let kept = match &cache {
        Some(cache) => {
            let mut all = true;
            for f in &wanted {
                let Some(p) = picked.iter().find(|p| p.name == f.path) else {
                    continue;
                };
                let response = Response::new_with_opt_blob(Some(&p.file));
                all &= put(cache, &cache_key(LOCAL, f), response).await;
            }
            let mut index = serde_json::to_string(&manifest)
                .unwrap_or_default()
                .into_bytes();
            let response = Response::new_with_opt_u8_array(Some(&mut index));
            all &= put(cache, &format!("{LOCAL}index.json"), response).await;
            all
        }
        None => false,
    };
    // Held here when the cache could not take them (this visit only).
    let held: Vec<(String, web_sys::File)> = picked
        .into_iter()
        .filter(|p| wanted.iter().any(|f| f.path == p.name))
        .map(|p| (p.name, p.file))
        .collect();
    state.borrow_mut().local = (!kept).then(|| (manifest, held));
    Ok(kept)
}

/// Serves the queue: one request at a time, a paragraph at a time, with the
/// page's messages let in between paragraphs.
async fn serve(state: Rc<RefCell<State>>) {
    if std::mem::replace(&mut state.borrow_mut().busy, true) {
        return;
    }
    loop {
        let Some(mut request) = state.borrow_mut().queue.pop_front() else {
            break;
        };
        let side = request.side.clone();
        if let Err((message, missing)) =
            load(&state, &side, &request.base, &request.from, &request.to).await
        {
            post(json!({ "side": side, "error": message, "missing": missing }));
            continue;
        }
        // How much memory the engine holds now, models loaded (for the figures).
        let memory = wasm_bindgen::memory()
            .unchecked_into::<js_sys::WebAssembly::Memory>()
            .buffer()
            .unchecked_into::<js_sys::ArrayBuffer>()
            .byte_length();
        post(
            json!({ "side": side, "translating": request.total, "memory": memory, "kernel": diptych_translate::kernel() }),
        );
        let interrupted = |state: &Rc<RefCell<State>>| {
            let s = state.borrow();
            s.stopped.contains(&side) || s.queue.iter().any(|r| r.side == side)
        };
        loop {
            yield_now().await;
            if interrupted(&state) {
                break;
            }
            let Some((p, text)) = request.paragraphs.pop_front() else {
                post(json!({ "side": side, "done": request.total }));
                break;
            };
            let began = js_sys::Date::now();
            let result = state
                .borrow()
                .translator
                .translate(&text, &request.from, &request.to);
            let ms = js_sys::Date::now() - began;
            match result {
                Ok(t) => post(json!({
                    "side": side,
                    "paragraph": p,
                    "text": t.text,
                    "sentences": t.sentences.iter().map(|(o, tr)| [o.start, o.end, tr.start, tr.end]).collect::<Vec<_>>(),
                    "words": t.words.iter().map(|(tr, os)| json!([tr.start, tr.end, os.iter().map(|o| [o.start, o.end]).collect::<Vec<_>>()])).collect::<Vec<_>>(),
                    "tokens": t.tokens,
                    "ms": ms,
                })),
                Err(e) => {
                    post(json!({ "side": side, "error": e.to_string(), "missing": false }));
                    break;
                }
            }
        }
    }
    state.borrow_mut().busy = false;
}

/// A request as the page sends it (`{"side", "from", "to", "base",
/// "paragraphs": [[N, TEXT], ...]}`).
fn parse_request(r: &Value) -> Request {
    let field = |k: &str| r.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let paragraphs: VecDeque<(u64, String)> = r
        .get("paragraphs")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|p| Some((p.get(0)?.as_u64()?, p.get(1)?.as_str()?.to_string())))
                .collect()
        })
        .unwrap_or_default();
    Request {
        total: paragraphs.len(),
        paragraphs,
        side: field("side"),
        from: field("from"),
        to: field("to"),
        base: field("base"),
    }
}

/// Puts a side's request in the queue (in place of any earlier one of that
/// side) and serves it.
fn enqueue(state: &Rc<RefCell<State>>, request: Request) {
    let mut s = state.borrow_mut();
    s.stopped.retain(|x| *x != request.side);
    s.queue.retain(|q| q.side != request.side);
    s.queue.push_back(request);
    drop(s);
    wasm_bindgen_futures::spawn_local(serve(state.clone()));
}

fn main() {
    let state: Rc<RefCell<State>> = Rc::default();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        // Models from files: `{install: REQUEST_MESSAGE, files: [File, ...]}`
        // (the request message as the page sends it alone).
        if let (Some(request), Ok(files)) = (
            js_sys::Reflect::get(&data, &"install".into())
                .ok()
                .and_then(|r| r.as_string()),
            js_sys::Reflect::get(&data, &"files".into())
                .and_then(|f| f.dyn_into::<js_sys::Array>()),
        ) {
            let Some(request) = serde_json::from_str::<Value>(&request)
                .ok()
                .and_then(|m| m.get("request").map(parse_request))
            else {
                return;
            };
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match install(&state, &files).await {
                    Ok(kept) => {
                        post(json!({ "side": request.side, "installed": kept }));
                        enqueue(&state, request);
                    }
                    Err(e) => post(json!({ "side": request.side, "error": e, "missing": true })),
                }
            });
            return;
        }
        let Some(text) = data.as_string() else {
            return;
        };
        let Ok(message) = serde_json::from_str::<Value>(&text) else {
            return;
        };
        let field = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        if let Some(r) = message.get("request") {
            enqueue(&state, parse_request(r));
        } else if let Some(r) = message.get("gloss") {
            // No models: what the word lists know, word by word.
            let (side, base) = (field(r, "side"), field(r, "base"));
            let lang = usize::from(field(r, "from") == "ru");
            let paragraphs = r
                .get("paragraphs")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let glossary = match glossary(&state, &base).await {
                    Ok(g) => g,
                    Err(e) => {
                        return post(
                            json!({ "side": side, "error": format!("The word lists could not be fetched ({e})."), "missing": false }),
                        )
                    }
                };
                for p in &paragraphs {
                    let (Some(n), Some(text)) = (
                        p.get(0).and_then(Value::as_u64),
                        p.get(1).and_then(Value::as_str),
                    ) else {
                        continue;
                    };
                    let (out, words) = glossed(text, &glossary, lang);
                    post(
                        json!({ "side": side, "paragraph": n, "text": out, "sentences": [[0, text.len(), 0, out.len()]], "words": words }),
                    );
                }
                post(json!({ "side": side, "done": paragraphs.len() }));
            });
        } else if let Some(r) = message.get("stop") {
            let side = field(r, "side");
            let mut s = state.borrow_mut();
            s.queue.retain(|q| q.side != side);
            s.stopped.push(side);
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(json!({ "ready": true }));
}
