//! Recent comparisons, kept in this browser's IndexedDB and nowhere else:
//! both documents byte for byte, the reader's corrections, a title and the
//! time of the last change. One record per pair of texts (its key is a hash
//! of both), so correcting a comparison again updates its record.
//!
//! Written on web-sys's IndexedDB bindings: each request is wrapped in a
//! promise and awaited. (The `idb` and `rexie` crates do the same and bring
//! an async runtime's channels with them; five operations do not need it.)

use diptych_core::Corrections;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransactionMode};

const DB: &str = "diptych";
const STORE: &str = "comparisons";
/// Records kept; the oldest goes when one more is saved.
pub const KEEP: usize = 20;

/// One recent comparison as the list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Recent {
    pub key: String,
    pub title: String,
    /// The two documents' names, "a.txt ↔ b.txt".
    pub names: String,
    /// When it was last saved, in milliseconds since 1970.
    pub saved: f64,
}

/// What a record holds to reopen the comparison.
pub struct Stored {
    pub left: (Option<String>, Vec<u8>),
    pub right: (Option<String>, Vec<u8>),
    pub corrections: Corrections,
}

/// The pair's key: FNV-1a over both documents (lengths first, so that the
/// split between them counts).
pub fn key_of(left: &[u8], right: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let len = |n: usize| (n as u64).to_le_bytes();
    for b in len(left.len())
        .iter()
        .chain(left)
        .chain(&len(right.len()))
        .chain(right)
    {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A request's result once it succeeds; its error's message if it fails.
async fn done(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let outcome = wasm_bindgen_futures::JsFuture::from(promise).await;
    request.set_onsuccess(None);
    request.set_onerror(None);
    match outcome {
        Ok(_) => request.result().map_err(|_| "no result".to_string()),
        Err(_) => Err(request
            .error()
            .ok()
            .flatten()
            .map_or_else(|| "the request failed".into(), |e| e.message())),
    }
}

fn unavailable(why: impl std::fmt::Display) -> String {
    format!("Recent comparisons cannot be kept in this browser ({why}).")
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .ok_or_else(|| unavailable("no window"))?
        .indexed_db()
        .map_err(|_| unavailable("storage is blocked here"))?
        .ok_or_else(|| unavailable("no IndexedDB"))?;
    let request = factory
        .open_with_u32(DB, 1)
        .map_err(|_| unavailable("storage is blocked here"))?;
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(db) = request.result() {
                let _ = db
                    .unchecked_into::<IdbDatabase>()
                    .create_object_store(STORE);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = done(&request).await.map_err(unavailable)?;
    request.set_onupgradeneeded(None);
    Ok(db.unchecked_into())
}

/// One request on the store, in a transaction of its own, the database
/// closed after it. The outer error is the store's (already a sentence for
/// the reader); the inner one says why the request failed.
async fn request(
    mode: IdbTransactionMode,
    make: &dyn Fn(&IdbObjectStore) -> Result<IdbRequest, JsValue>,
) -> Result<Result<JsValue, String>, String> {
    let refused = if mode == IdbTransactionMode::Readonly {
        "it could not be read"
    } else {
        "it was refused"
    };
    let db = open().await?;
    let store = db
        .transaction_with_str_and_mode(STORE, mode)
        .and_then(|t| t.object_store(STORE));
    let Ok(store) = store else {
        db.close();
        return Err(unavailable("its store could not be opened"));
    };
    let outcome = match make(&store) {
        Ok(request) => done(&request).await,
        Err(_) => Err(refused.into()),
    };
    db.close();
    Ok(outcome)
}

fn get(o: &JsValue, k: &str) -> JsValue {
    js_sys::Reflect::get(o, &k.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(o: &js_sys::Object, k: &str, v: &JsValue) {
    let _ = js_sys::Reflect::set(o, &k.into(), v);
}

/// The recent comparisons, newest first. Records this version cannot read
/// are left out.
pub async fn list() -> Result<Vec<Recent>, String> {
    let all = request(IdbTransactionMode::Readonly, &|s| s.get_all()).await?;
    let all: js_sys::Array = all.map_err(unavailable)?.unchecked_into();
    let mut recents: Vec<Recent> = all
        .iter()
        .filter_map(|r| {
            Some(Recent {
                key: get(&r, "key").as_string()?,
                title: get(&r, "title").as_string()?,
                names: get(&r, "names").as_string()?,
                saved: get(&r, "saved").as_f64()?,
            })
        })
        .collect();
    recents.sort_by(|a, b| b.saved.total_cmp(&a.saved));
    Ok(recents)
}

/// Keeps this comparison (replacing its earlier record), then drops the
/// oldest beyond [`KEEP`].
pub async fn put(
    title: &str,
    left: (Option<&str>, &[u8]),
    right: (Option<&str>, &[u8]),
    corrections: &Corrections,
) -> Result<(), String> {
    let key = key_of(left.1, right.1);
    let record = js_sys::Object::new();
    set(&record, "key", &key.as_str().into());
    set(&record, "title", &title.into());
    let name = |n: Option<&str>| n.unwrap_or("pasted text").to_string();
    set(
        &record,
        "names",
        &format!("{} ↔ {}", name(left.0), name(right.0)).into(),
    );
    set(&record, "saved", &js_sys::Date::now().into());
    for (k, (n, bytes)) in [("left", left), ("right", right)] {
        let doc = js_sys::Object::new();
        if let Some(n) = n {
            set(&doc, "name", &n.into());
        }
        set(&doc, "bytes", &js_sys::Uint8Array::from(bytes).into());
        set(&record, k, &doc);
    }
    let corrections = crate::save::corrections_to_text(corrections)
        .ok_or("the corrections could not be encoded")?;
    set(&record, "corrections", &corrections.into());
    let key = JsValue::from(key);
    request(IdbTransactionMode::Readwrite, &|s| {
        s.put_with_key(&record, &key)
    })
    .await?
    .map_err(|e| format!("This comparison could not be kept in this browser ({e})."))?;
    let recents = list().await?;
    for old in recents.iter().skip(KEEP) {
        delete(&old.key).await?;
    }
    Ok(())
}

/// One recent comparison, to reopen.
pub async fn get_one(key: &str) -> Result<Stored, String> {
    let key = JsValue::from(key);
    let found = request(IdbTransactionMode::Readonly, &|s| s.get(&key)).await?;
    let damaged =
        || "This recent comparison is damaged and cannot be reopened; delete it.".to_string();
    let record = found.map_err(unavailable)?;
    if record.is_undefined() {
        return Err("This recent comparison is no longer kept (deleted in another tab?).".into());
    }
    let doc = |k: &str| -> Option<(Option<String>, Vec<u8>)> {
        let d = get(&record, k);
        let bytes = get(&d, "bytes").dyn_into::<js_sys::Uint8Array>().ok()?;
        Some((get(&d, "name").as_string(), bytes.to_vec()))
    };
    let corrections = get(&record, "corrections")
        .as_string()
        .and_then(|c| crate::save::corrections_from_text(&c))
        .ok_or_else(damaged)?;
    Ok(Stored {
        left: doc("left").ok_or_else(damaged)?,
        right: doc("right").ok_or_else(damaged)?,
        corrections,
    })
}

/// Forgets one recent comparison.
pub async fn delete(key: &str) -> Result<(), String> {
    let key = JsValue::from(key);
    request(IdbTransactionMode::Readwrite, &|s| s.delete(&key))
        .await?
        .map(|_| ())
        .map_err(|e| format!("It could not be deleted ({e})."))
}

/// Forgets them all.
pub async fn clear() -> Result<(), String> {
    request(IdbTransactionMode::Readwrite, &|s| s.clear())
        .await?
        .map(|_| ())
        .map_err(|e| format!("They could not be deleted ({e})."))
}

#[cfg(test)]
mod tests {
    use super::key_of;

    #[test]
    fn a_pair_is_keyed_by_both_texts_and_where_they_split() {
        assert_eq!(key_of(b"ab", b"c"), key_of(b"ab", b"c"));
        assert_ne!(key_of(b"ab", b"c"), key_of(b"a", b"bc"));
        assert_ne!(key_of(b"ab", b"c"), key_of(b"c", b"ab"));
        assert_eq!(key_of(b"", b"").len(), 16);
    }
}
