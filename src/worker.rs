//! Starting the app's workers. The engine's worker is the page's own wasm
//! started a second time (`analyser`); the translator and the importer are
//! wasms of their own (Trunk's worker builds, `src/bin/`), fetched only when
//! a reader first needs them, from beside the page's script — or, in the
//! single file, from `window.diptychAssets[name]` (`{source, wasm64}`),
//! which `tools/dist.mjs` fills in.

use wasm_bindgen::prelude::*;

/// A classic worker running `bootstrap` (a script of ours, from a `blob:`
/// address: the page's CSP allows workers from there only). The error says
/// which step failed.
pub fn blob_worker(bootstrap: &str) -> Result<web_sys::Worker, &'static str> {
    let parts = js_sys::Array::of1(&JsValue::from_str(bootstrap));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "blob")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "blob URL")?;
    let worker = web_sys::Worker::new(&url).map_err(|_| "workers are blocked");
    let _ = web_sys::Url::revoke_object_url(&url);
    worker
}

/// The folder of the page's own script (where the worker wasms are).
pub fn script_base() -> Option<String> {
    let script = crate::embed::own_script()?;
    let cut = script.rfind('/')?;
    Some(script[..=cut].to_string())
}

/// Starts the worker wasm `diptych-{name}` with `bootstrap`, a classic
/// script that takes the first message: `{script, wasm}` (addresses beside
/// the page's script) or, in the single file, `{wasm64}` with the script
/// already prepended to the bootstrap, plus the inline asset's `extra`
/// fields. Returns the worker and that first message, for the caller to
/// add to and send. The error says what failed, in plain words.
pub fn wasm_worker(
    name: &str,
    bootstrap: &str,
    extra: &[&str],
) -> Result<(web_sys::Worker, js_sys::Object), String> {
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
    let inline = web_sys::window()
        .and_then(|w| get(&w, "diptychAssets"))
        .filter(JsValue::is_object)
        .and_then(|a| get(&a, name))
        .filter(JsValue::is_object);
    let start = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&start, &k.into(), v);
    let code = match &inline {
        Some(inline) => {
            for key in extra.iter().chain(&["wasm64"]) {
                let _ = set(key, &get(inline, key).unwrap_or_default());
            }
            let source = get(inline, "source")
                .and_then(|s| s.as_string())
                .unwrap_or_default();
            format!("{source}\n{bootstrap}")
        }
        None => {
            let base = script_base().ok_or(
                "its files were not found: the app must be served from a web server".to_string(),
            )?;
            let _ = set("script", &format!("{base}diptych-{name}.js").into());
            let _ = set("wasm", &format!("{base}diptych-{name}_bg.wasm").into());
            bootstrap.to_string()
        }
    };
    let worker = blob_worker(&code).map_err(str::to_string)?;
    Ok((worker, start))
}
