//! Where the viewer runs: the full page (and an iframe embed, which is the
//! same page with `?embed=1`), or script embeds mounted into the host page's
//! `<div data-diptych>` elements, each in its own Shadow DOM so that neither
//! page's styles reach the other. See docs/embed.md.

use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use crate::components::{App, AppProps};
use crate::config::{from_pairs, Config, Given, Settings, SideSetting, Source};

/// What a loader (the script embed's, or the single file's) tells the app
/// about its own files: `window.diptychAssets = { script, style, page }`.
pub(crate) fn asset(name: &str) -> Option<String> {
    js_sys::Reflect::get(&assets()?, &name.into())
        .ok()?
        .as_string()
}

/// The loader's `window.diptychAssets` object, if there is one.
fn assets() -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"diptychAssets".into())
        .ok()
        .filter(|v| v.is_object())
}

/// A text the loader carries in one of its groups (the single file's
/// `seeds: { "kazakhstan-2022.lv.txt": "…" }`).
pub(crate) fn carried(group: &str, name: &str) -> Option<String> {
    let group = js_sys::Reflect::get(&assets()?, &group.into())
        .ok()
        .filter(|v| v.is_object())?;
    js_sys::Reflect::get(&group, &name.into()).ok()?.as_string()
}

/// The address of the app's own JavaScript module, which the engine's worker
/// imports: from the loader if there is one, else the module Trunk preloads.
pub fn own_script() -> Option<String> {
    if let Some(script) = asset("script") {
        return Some(script);
    }
    let links = gloo_utils::document()
        .query_selector_all("link[rel=modulepreload]")
        .ok()?;
    (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into::<web_sys::HtmlLinkElement>().ok())
        .map(|link| link.href())
        .find(|href| href.ends_with(".js") && !href.contains("/snippets/"))
}

/// The app module's source text, when a loader has it (the single file).
pub fn own_source() -> Option<String> {
    asset("source")
}

/// Starts the viewer: into each `<div data-diptych>` when loaded by the
/// script embed, else into the page's body.
pub fn start() {
    let document = gloo_utils::document();
    if asset("embed").is_some() {
        if let Ok(hosts) = document.query_selector_all("[data-diptych]") {
            for host in
                (0..hosts.length()).filter_map(|i| hosts.item(i)?.dyn_into::<Element>().ok())
            {
                mount(&host);
            }
        }
        return;
    }
    // The single file keeps its own markup before drawing, to save copies of itself.
    if asset("source").is_some() {
        crate::save::keep_pristine();
    }
    // The static stand-in has done its work.
    if let Some(fallback) = document.get_element_by_id("diptych-fallback") {
        fallback.remove();
    }
    yew::Renderer::<App>::with_props(AppProps {
        config: page_config(),
    })
    .render();
}

/// The full page's (or iframe's) settings: its query string and an optional
/// `<script type="application/json" id="diptych-config">`.
pub fn page_config() -> Config {
    let location = web_sys::window().map(|w| w.location());
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let pairs = web_sys::UrlSearchParams::new_with_str(&search)
        .map(query_pairs)
        .unwrap_or_default();
    let json = gloo_utils::document()
        .get_element_by_id("diptych-config")
        .and_then(|e| e.text_content());
    let mut config = from_pairs(pairs, json.as_deref().map(settings_from_json), Source::Seed);
    if config.embed {
        let in_frame = web_sys::window()
            .and_then(|w| w.parent().ok().flatten())
            .zip(web_sys::window())
            .is_some_and(|(p, w)| p != w);
        config.report_height = in_frame;
        // The same page without `embed`, for the "open the full view" link.
        if let Some(href) = location.and_then(|l| l.href().ok()) {
            if let Ok(url) = web_sys::Url::new(&href) {
                url.search_params().delete("embed");
                config.full_view = Some(url.href());
            }
        }
    }
    config
}

fn query_pairs(params: web_sys::UrlSearchParams) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    let entries = js_sys::try_iter(&params).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let entry = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (entry.get(0).as_string(), entry.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    pairs
}

/// A script embed's settings: its `data-` attributes (`data-left`,
/// `data-right`, `data-panels`, `data-focus`, `data-theme`, `data-labels`,
/// `data-models`, `data-translate`)
/// and an optional `<script type="application/json">` inside it.
fn element_config(host: &Element) -> Config {
    let pairs = [
        "left", "right", "panels", "focus", "theme", "labels", "models",
    ]
    .into_iter()
    .filter_map(|name| {
        host.get_attribute(&format!("data-{name}"))
            .map(|v| (name.to_string(), v))
    })
    .chain(std::iter::once(("embed".to_string(), "1".to_string())));
    let json = host
        .query_selector("script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|s| s.text_content());
    let mut config = from_pairs(
        pairs,
        json.as_deref().map(settings_from_json),
        Source::Empty,
    );
    // The full viewer can only be opened on texts it can fetch itself.
    if let (Source::Urls { left, right }, Some(page)) = (&config.source, asset("page")) {
        let resolve = |u: &str| {
            web_sys::Url::new_with_base(
                u,
                &gloo_utils::document()
                    .base_uri()
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
            )
            .map(|u| u.href())
            .unwrap_or_else(|_| u.to_string())
        };
        if let Ok(url) = web_sys::Url::new(&page) {
            url.search_params().set("left", &resolve(left));
            url.search_params().set("right", &resolve(right));
            config.full_view = Some(url.href());
        }
    }
    config
}

/// Mounts one viewer into `host`, inside a shadow root with its own copy of
/// the stylesheet.
fn mount(host: &Element) {
    let config = element_config(host);
    let shadow = match host.shadow_root() {
        Some(s) => s,
        None => match host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)) {
            Ok(s) => s,
            Err(_) => return, // the element cannot hold a shadow root (not a div)
        },
    };
    let document = gloo_utils::document();
    if let (Some(href), Ok(link)) = (asset("style"), document.create_element("link")) {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", &href);
        let _ = shadow.append_child(&link);
    }
    let Ok(root) = document.create_element("div") else {
        return;
    };
    let _ = root.set_attribute("class", "diptych-root");
    let _ = shadow.append_child(&root);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { config }).render();
}

/// Reads inline settings with the browser's own JSON parser.
pub fn settings_from_json(text: &str) -> Result<Settings, String> {
    use js_sys::Reflect;
    let value = js_sys::JSON::parse(text).map_err(|e| {
        let why = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        format!("The inline settings are not valid JSON ({why}).")
    })?;
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err("The inline settings must be a JSON object.".to_string());
    }
    let mut s = Settings::default();
    let string = |v: &wasm_bindgen::JsValue| v.as_string();
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>())
        .iter()
        .filter_map(|k| k.as_string())
    {
        let v = Reflect::get(&value, &key.as_str().into()).unwrap_or_default();
        let ok = match key.as_str() {
            "left" | "right" => {
                let get = |name: &str| {
                    Reflect::get(&v, &name.into())
                        .ok()
                        .and_then(|x| x.as_string())
                };
                let side = match (get("text"), get("url"), get("base64")) {
                    (Some(text), None, None) => SideSetting::Text(Given {
                        name: get("name"),
                        text,
                        bytes: None,
                    }),
                    (None, Some(url), None) => SideSetting::Url(url),
                    // A saved comparison's file, byte for byte.
                    (None, None, Some(b64)) => match crate::save::from_base64(&b64) {
                        Some(bytes) => SideSetting::Text(Given {
                            name: get("name"),
                            text: String::new(),
                            bytes: Some(bytes),
                        }),
                        None => SideSetting::Invalid,
                    },
                    _ => SideSetting::Invalid,
                };
                if key == "left" {
                    s.left = Some(side);
                } else {
                    s.right = Some(side);
                }
                true
            }
            "panels" => {
                let list: Option<Vec<String>> = js_sys::Array::is_array(&v).then(|| {
                    js_sys::Array::from(&v)
                        .iter()
                        .filter_map(|x| x.as_string())
                        .collect()
                });
                s.panels = list;
                s.panels.is_some()
            }
            "focus" => {
                s.focus = string(&v);
                s.focus.is_some()
            }
            "theme" => {
                s.theme = string(&v);
                s.theme.is_some()
            }
            "labels" => {
                s.labels = v.as_bool();
                s.labels.is_some()
            }
            "embed" => {
                s.embed = v.as_bool();
                s.embed.is_some()
            }
            "models" => {
                s.models = string(&v);
                s.models.is_some()
            }
            "translate" => {
                s.translate = string(&v);
                s.translate.is_some()
            }
            "corrections" => {
                s.corrections = string(&v).and_then(|t| crate::save::corrections_from_text(&t));
                s.corrections.is_some()
            }
            _ => false,
        };
        if !ok {
            s.unknown.push(key);
        }
    }
    Ok(s)
}
