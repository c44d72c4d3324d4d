use diptych_core::Side;
use yew::prelude::*;

use super::comparison::{Comparison, TranslateAsk};
use super::corrections::Corrections;
use super::entities::{Divergences, EntityList};
use super::export::Export;
use super::input::{load_dropped, SideInput};
use super::overview::Overview;
use super::recents::Recents;

use crate::analyser::Engine;
use crate::config::{Config, Focus, Source};
use crate::state::{Action, Maker, Shared, State, SEEDS};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What to show and how (the full page without parameters: the seed).
    #[prop_or_default]
    pub config: Config,
}

/// The viewer: the full page, an iframe embed or a script embed.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    // The seed pair (or any short pair given inline) is compared before the
    // first drawing (see `Engine::send`), so the first visit opens on it.
    let state = {
        let config = config.clone();
        use_reducer(move || State::from_config(&config))
    };
    // One callback for the viewer's whole life, so that components holding it
    // are not redrawn merely because the page was.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        }))
        .clone()
    };
    let root = use_node_ref();
    // The engine runs in a Web Worker, started with the page; its answers
    // come back as actions.
    let engine = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| {
            let failed = dispatch.reform(Action::EngineFailed);
            Engine::new(
                dispatch.reform(Action::Analysed),
                failed,
                dispatch.reform(|()| Action::EngineReady),
            )
        })
    };
    // The engine's lexicon is fetched as the page starts; nothing is
    // compared before it is in.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let failed = crate::analyser::load_lexicon().await.err();
                dispatch.emit(Action::LexiconLoaded(failed));
            });
        });
    }
    // Send each new job once (HTML and Word files read by the importer
    // first).
    {
        let (engine, analysed) = (engine.clone(), dispatch.reform(Action::Analysed));
        use_effect_with((state.pending, state.lexicon_ready), {
            let job = state.job().filter(|_| state.lexicon_ready);
            move |_| {
                let Some(job) = job else { return };
                let sides = crate::import::needed(&job);
                if sides.is_empty() {
                    return engine.send(&job);
                }
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::import::read_documents(job, sides).await {
                        Ok(job) => engine.send(&job),
                        Err(refused) => analysed.emit(refused),
                    }
                });
            }
        });
    }
    // Start the worker with the page (its script is fetched while the page
    // loads, never later), so that a long pair dropped later does not wait.
    {
        let engine = engine.clone();
        use_effect_with(state.lexicon_ready, move |ready| {
            if *ready {
                engine.ensure_started();
            }
        });
    }
    // Each comparison the reader makes (not with the demo texts, not in an
    // embed) is kept in this browser with its corrections, once it has been
    // on screen a moment (not the half-made one of two files dropped at once).
    let kept = use_state(|| 0u32);
    {
        let (kept, keep) = (kept.clone(), !config.embed && !state.has_seed_text());
        let (left, right, corrections) = (
            state.left.clone(),
            state.right.clone(),
            state.corrections.clone(),
        );
        use_effect_with(state.report.clone(), move |report| {
            let report = report.clone().filter(|_| keep);
            let timer = report.map(|report| {
                gloo_timers::callback::Timeout::new(KEEP_AFTER_MS, move || {
                    wasm_bindgen_futures::spawn_local(async move {
                        let doc = &report.left;
                        let first = doc
                            .paragraphs
                            .first()
                            .map_or("", |p| &doc.text[p.start..p.end]);
                        let mut title: String = first.chars().take(90).collect();
                        if title.len() < first.len() {
                            title.push('…');
                        }
                        // A browser that cannot keep them says so in the list.
                        let _ = crate::recents::put(
                            &title,
                            (left.name.as_deref(), &left.bytes),
                            (right.name.as_deref(), &right.bytes),
                            &corrections,
                        )
                        .await;
                        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                        kept.set(js_sys::Date::now() as u32); // a new value each time
                    });
                })
            });
            move || drop(timer)
        });
    }
    // After a failure, the next job gets a fresh worker.
    {
        let engine = engine.clone();
        use_effect_with(state.engine_error.is_some(), move |failed| {
            if *failed {
                engine.reset();
            }
        });
    }
    // Texts given by address are fetched by this browser.
    {
        let dispatch = dispatch.clone();
        use_effect_with(config.source.clone(), move |source| match source {
            Source::Urls { left, right } => {
                fetch_text(Side::Left, left.clone(), dispatch.clone());
                fetch_text(Side::Right, right.clone(), dispatch);
            }
            Source::Seed => {
                for (side, name) in [Side::Left, Side::Right].into_iter().zip(SEEDS) {
                    load_seed(side, name, dispatch.clone());
                }
            }
            _ => {}
        });
    }
    // The lit entity's mentions get a class, set here rather than by
    // redrawing the text: a long pair has hundreds of thousands of nodes, and
    // touching only the mentions keeps hovering instant.
    {
        let root = root.clone();
        use_effect_with(state.lit_entity, move |lit| {
            if let Some(root) = root.cast::<web_sys::Element>() {
                light_mentions(&root, *lit);
            }
        });
    }
    // Bring the asked-for entity or paragraph into view, once, when the
    // comparison first arrives.
    {
        let (root, dispatch, focus) = (root.clone(), dispatch.clone(), config.focus.clone());
        // An embed sits in someone's article: it lights what is asked but
        // does not scroll the article to itself.
        let scroll = !config.embed;
        let done = use_mut_ref(|| false);
        use_effect_with(state.report.clone(), move |report| {
            let already = *done.borrow();
            if let (Some(report), Some(focus), false) = (report, focus, already) {
                *done.borrow_mut() = true;
                apply_focus(
                    report,
                    &focus,
                    root.cast::<web_sys::Element>(),
                    scroll,
                    &dispatch,
                );
            }
        });
    }
    // In an iframe embed, tell the parent page how tall the content is.
    {
        let root = root.clone();
        let report = config.report_height;
        use_effect_with((), move |_| {
            let observer = if report {
                root.cast::<web_sys::Element>()
                    .and_then(|el| report_height(&el))
            } else {
                None
            };
            move || {
                if let Some((observer, _closure)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    // Say "comparing" only when it takes longer than a blink.
    let slow = use_state(|| false);
    {
        let slow = slow.clone();
        use_effect_with(state.pending, move |pending| {
            slow.set(false);
            let timer =
                pending.map(|_| gloo_timers::callback::Timeout::new(150, move || slow.set(true)));
            move || drop(timer)
        });
    }
    // Translation: its own worker and wasm, started on the first request.
    let translation = {
        let (dispatch, models) = (dispatch.clone(), config.models.clone());
        use_memo((), move |_| {
            crate::translation::Translation::new(dispatch, models)
        })
    };
    let translate = Some({
        let (translation, dispatch) = ((*translation).clone(), dispatch.clone());
        let report = state.report.clone();
        Callback::from(move |ask: TranslateAsk| match ask {
            TranslateAsk::Start(side, to) => {
                let Some(report) = &report else { return };
                let doc = report.side(side);
                let paragraphs = paragraphs_of(doc);
                dispatch.emit(Action::Translate(side, to.clone(), Maker::Models));
                translation.request(side, doc.lang.code(), &to, paragraphs);
            }
            TranslateAsk::Install(side, to, files) => {
                let Some(report) = &report else { return };
                let doc = report.side(side);
                dispatch.emit(Action::Translate(side, to.clone(), Maker::Models));
                translation.install(side, doc.lang.code(), &to, paragraphs_of(doc), files);
            }
            TranslateAsk::Gloss(side) => {
                let Some(report) = &report else { return };
                let doc = report.side(side);
                dispatch.emit(Action::Translate(side, "en".into(), Maker::Glosses));
                translation.gloss(side, doc.lang.code(), paragraphs_of(doc));
            }
            TranslateAsk::Browser(side, to) => {
                let Some(report) = &report else { return };
                let doc = report.side(side);
                let paragraphs = paragraphs_of(doc);
                dispatch.emit(Action::Translate(side, to.clone(), Maker::Browser));
                crate::translation::with_browser(
                    dispatch.clone(),
                    side,
                    doc.lang.code().to_string(),
                    to,
                    paragraphs,
                );
            }
            TranslateAsk::Stop(side) => {
                translation.stop(side);
                dispatch.emit(Action::TranslationUpdate(
                    side,
                    crate::state::TranslationStatus::Stopped,
                ));
            }
            TranslateAsk::Show(side, showing) => {
                dispatch.emit(Action::ShowTranslation(side, showing))
            }
        })
    });
    // translate=LANG: each side not in that language is translated as soon
    // as the texts are compared (once: "Show the original" stays shown).
    {
        let (translate, wanted) = (translate.clone(), config.translate.clone());
        let untranslated = [
            state.translations[0].is_none(),
            state.translations[1].is_none(),
        ];
        use_effect_with(state.report.clone(), move |report| {
            if let (Some(report), Some(to), Some(ask)) = (report, wanted, translate) {
                for (k, side) in [Side::Left, Side::Right].into_iter().enumerate() {
                    let lang = report.side(side).lang.code();
                    if untranslated[k] && lang != to && matches!(lang, "lv" | "ru" | "en") {
                        ask.emit(TranslateAsk::Start(side, to.clone()));
                    }
                }
            }
        });
    }
    let swap = dispatch.reform(|_: MouseEvent| Action::Swap);
    // "Save comparison": both documents as given, the corrections, and the viewer in one file.
    let save = (!config.embed).then(|| {
        let (left, right) = (state.left.clone(), state.right.clone());
        let corrections = state.corrections.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |()| {
            let (left, right) = (left.clone(), right.clone());
            let (corrections, dispatch) = (corrections.clone(), dispatch.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let saved = crate::save::Saved {
                    left: (left.name.as_deref(), &left.bytes),
                    right: (right.name.as_deref(), &right.bytes),
                    corrections: &corrections,
                };
                let notice = match crate::save::save(saved).await {
                    Ok(name) => format!("Saved as {name}: it opens offline, with your corrections, and stays on this device."),
                    Err(e) => e,
                };
                dispatch.emit(Action::Notice(notice));
            });
        })
    });
    // Dropping files anywhere on the viewer: two fill both sides, one the left.
    let on_drop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                load_dropped(Side::Left, &files, dispatch.clone());
            }
        })
    };
    let on_over = Callback::from(|e: DragEvent| e.prevent_default());
    // Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo corrections, except
    // while the reader types in a field (which has its own undo).
    let on_key = {
        let dispatch = dispatch.clone();
        let editable = !config.embed;
        Callback::from(move |e: KeyboardEvent| {
            let typing = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA"));
            if !editable || typing || !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            match (e.key().to_lowercase().as_str(), e.shift_key()) {
                ("z", false) => {
                    e.prevent_default();
                    dispatch.emit(Action::Undo);
                }
                ("y", _) | ("z", true) => {
                    e.prevent_default();
                    dispatch.emit(Action::Redo);
                }
                _ => {}
            }
        })
    };
    let panels = config.panels;
    let waiting = state.left.waiting.is_some() || state.right.waiting.is_some();
    let pane_errors: Vec<String> = if panels.inputs {
        Vec::new()
    } else {
        // Without the input panes, their errors show here.
        [(&state.left, "left"), (&state.right, "right")]
            .iter()
            .filter_map(|(p, which)| p.error.as_ref().map(|e| format!("The {which} text: {e}")))
            .collect()
    };
    html! {
        <div ref={root} class={classes!("page", config.embed.then_some("embed"), config.theme.class())} ondrop={on_drop} ondragover={on_over} onkeydown={on_key}
             data-engine={if state.engine_error.is_some() { "failed" } else if state.engine_ready { "ready" } else { "starting" }}>
        if !config.embed {
            <header class="top">
                <h1>{ "Diptych" }</h1>
                <p class="tagline">{ "Two articles, side by side: where they tell the same story and where they diverge. Everything runs in this browser tab; your texts never leave this device." }</p>
            </header>
        } else if let Some(url) = &config.full_view {
            <p class="full-view"><a href={url.clone()} target="_blank" rel="noopener">{ "Open the full view ↗" }</a></p>
        }
        if !config.problems.is_empty() || !pane_errors.is_empty() {
            <div class="problems" role="alert">
                { for config.problems.iter().chain(pane_errors.iter()).map(|p| html! { <p class="error">{ p }</p> }) }
            </div>
        }
        if panels.inputs {
            <section class="inputs" aria-label="Documents">
                <SideInput side={Side::Left} pane={state.left.clone()} dispatch={dispatch.clone()} />
                <button class="swap" onclick={swap} title="Swap left and right" aria-label="Swap left and right">{ "⇄" }</button>
                <SideInput side={Side::Right} pane={state.right.clone()} dispatch={dispatch.clone()} />
            </section>
        }
        if panels.inputs && !config.embed {
            <Recents dispatch={dispatch.clone()} version={*kept} />
        }
        if let Some(message) = &state.lexicon_error {
            <p class="engine-error" role="alert">{ message }</p>
        }
        if let Some(message) = &state.engine_error {
            <p class="engine-error" role="alert">{ message }</p>
        }
        if (state.pending.is_some() && *slow) || (waiting && !panels.inputs) {
            <p class="progress" role="status" aria-live="polite"><span class="spinner" aria-hidden="true"></span>{
                if waiting { "Fetching the texts…" } else { "Comparing… (in the background: the page stays usable)" }
            }</p>
        }
        if let Some(report) = state.report.clone() {
            // What a screen reader says of the comparison as a whole.
            <p id="diptych-summary" class="visually-hidden">{ report.summary() }</p>
            // On paper, the two sources come first.
            <p class="print-sources" aria-hidden="true">{ format!(
                "Left: {} ({}). Right: {} ({}).{}",
                report.left.name.as_deref().unwrap_or("pasted text"), report.left.lang.name(),
                report.right.name.as_deref().unwrap_or("pasted text"), report.right.lang.name(),
                match report.corrections.len() { 0 => String::new(), n => format!(" With {n} correction{} by the reader, marked “yours”.", if n == 1 { "" } else { "s" }) },
            ) }</p>
            if panels.overview {
                <Overview report={report.clone()} />
            }
            if panels.export {
                <Export report={report.clone()} save={save.clone()} notice={state.notice.clone()} />
            }
            if !config.embed {
                <Corrections report={report.clone()} picked={state.picked} selected={state.selected}
                             can_undo={!state.undo.is_empty()} can_redo={!state.redo.is_empty()} dispatch={dispatch.clone()} />
            }
            <div class={classes!("workspace", (!panels.entities && !panels.divergences).then_some("alone"))}>
                <main aria-label="Comparison" aria-describedby="diptych-summary">
                    <Comparison report={report.clone()} selected={state.selected} labels={config.labels} dispatch={dispatch.clone()}
                                translations={state.translations.clone()} translate={translate.clone()} />
                </main>
                if panels.entities || panels.divergences {
                    <aside aria-label="Entities and divergences">
                        if panels.entities {
                            <EntityList report={report.clone()} lit={state.lit_entity} dispatch={dispatch.clone()} />
                        }
                        if panels.divergences {
                            <Divergences report={report} dispatch={dispatch} editable={!config.embed} />
                        }
                    </aside>
                }
            </div>
        } else if state.pending.is_none() && !waiting && state.left.is_empty() && state.right.is_empty() {
            <p class="waiting" role="status">{
                if panels.inputs { "Drop two articles here (or choose or paste them above) to compare them." } else { "Drop two articles here to compare them." }
            }</p>
        } else if state.pending.is_none() && !waiting {
            <p class="waiting" role="status">{ "Fix or add the document marked above to see the comparison." }</p>
        }
        </div>
    }
}

/// Fetches a text by address (in this browser: CORS rules apply) and hands
/// it to the reducer, or says in plain words why it could not.
fn fetch_text(side: Side, url: String, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = url
            .rsplit('/')
            .next()
            .filter(|n| !n.is_empty())
            .map(|n| n.split(['?', '#']).next().unwrap_or(n).to_string());
        match fetch_bytes(&url).await {
            Ok(bytes) => dispatch.emit(Action::Load {
                side,
                name: name.or(Some(url)),
                bytes,
            }),
            Err(message) => dispatch.emit(Action::Fail { side, message }),
        }
    });
}

/// Loads a file of the demo pair: from the single file, which carries it,
/// or from beside the page. (It does not replace what the reader has given
/// that side meanwhile: see `Action::Seed`.)
fn load_seed(side: Side, name: &'static str, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match crate::embed::carried("seeds", name) {
            Some(text) => Ok(text.into_bytes()),
            None => {
                let base = crate::embed::asset("seedsUrl").unwrap_or_default();
                fetch_bytes(&format!("{base}{name}")).await
            }
        };
        dispatch.emit(Action::Seed {
            side,
            result: bytes,
        });
    });
}

pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().ok_or("no window")?;
    let unreachable = |_| {
        format!("Could not fetch {url}: the server did not answer, or it does not let other sites read the text (CORS).")
    };
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(unreachable)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("Could not fetch {url}."))?;
    if !response.ok() {
        return Err(format!(
            "Could not fetch {url}: the server answered {} {}.",
            response.status(),
            response.status_text()
        ));
    }
    let length = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse::<usize>().ok());
    if let Some(bytes) = length.filter(|&l| l > diptych_core::MAX_BYTES) {
        return Err(diptych_core::Error::TooLarge {
            bytes,
            limit: diptych_core::MAX_BYTES,
        }
        .to_string());
    }
    let buffer = response
        .array_buffer()
        .map_err(|_| format!("Could not read {url}."))?;
    let buffer = wasm_bindgen_futures::JsFuture::from(buffer)
        .await
        .map_err(|_| format!("Could not read {url} to the end."))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// How long a comparison stays on screen before it is kept among the recent ones.
const KEEP_AFTER_MS: u32 = 600;

/// Lights and scrolls to the entity, or selects and scrolls to the paragraph.
fn apply_focus(
    report: &Shared,
    focus: &Focus,
    root: Option<web_sys::Element>,
    scroll: bool,
    dispatch: &Callback<Action>,
) {
    match focus {
        Focus::Entity(name) => {
            let wanted = name.to_lowercase();
            let found = report
                .entities
                .iter()
                .find(|e| e.label.to_lowercase() == wanted)
                .or_else(|| {
                    report.entities.iter().find(|e| {
                        e.mentions.iter().any(|m| {
                            report
                                .side(m.side)
                                .text
                                .get(m.start..m.end)
                                .is_some_and(|t| t.to_lowercase() == wanted)
                        })
                    })
                });
            if let Some(e) = found {
                dispatch.emit(Action::Light(Some(e.id)));
                if scroll {
                    super::scroll_to(root, format!("mark[data-entity='{}']", e.id));
                }
            }
        }
        Focus::Paragraph(side, n) => {
            if *n <= report.side(*side).paragraphs.len() {
                dispatch.emit(Action::Select(Some((*side, n - 1))));
                if scroll {
                    let letter = if *side == Side::Left { "l" } else { "r" };
                    super::scroll_to(root, format!("#{letter}-p{}", n - 1));
                }
            }
        }
    }
}

/// Posts the content's height to the parent page whenever it changes:
/// `{"diptych-height": PIXELS}`, and the same height in the two formats
/// newsroom pages already listen for: pym.js's
/// `pymxPYMx<childId>xPYMxheightxPYMx<PIXELS>` (when the frame was opened
/// by `pym.Parent`, which names it with `childId=` in the address) and AMP's
/// `{"sentinel": "amp", "type": "embed-size", "height": PIXELS}` for
/// `<amp-iframe resizable>` (see docs/embed.md).
fn report_height(
    el: &web_sys::Element,
) -> Option<(
    web_sys::ResizeObserver,
    wasm_bindgen::closure::Closure<dyn FnMut()>,
)> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let measured = el.clone();
    // pym.js names its child frame in the address: ?childId=...
    let pym_id = window
        .location()
        .search()
        .ok()
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
        .and_then(|q| q.get("childId"))
        .filter(|id| !id.is_empty() && id.len() <= 200);
    let post = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        let height = measured.scroll_height();
        let set = |o: &js_sys::Object, k: &str, v: wasm_bindgen::JsValue| {
            let _ = js_sys::Reflect::set(o, &k.into(), &v);
        };
        // The height says nothing private; any parent may size its frame by it.
        let ours = js_sys::Object::new();
        set(&ours, "diptych-height", height.into());
        let _ = parent.post_message(&ours, "*");
        let amp = js_sys::Object::new();
        set(&amp, "sentinel", "amp".into());
        set(&amp, "type", "embed-size".into());
        set(&amp, "height", height.into());
        let _ = parent.post_message(&amp, "*");
        if let Some(id) = &pym_id {
            let pym = format!("pymxPYMx{id}xPYMxheightxPYMx{height}");
            let _ = parent.post_message(&pym.into(), "*");
        }
    });
    let observer = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some((observer, post))
}

/// Marks the mentions of `entity` (and only those) in this viewer as lit.
fn light_mentions(root: &web_sys::Element, entity: Option<usize>) {
    let each = |selector: &str, f: &dyn Fn(&web_sys::Element)| {
        if let Ok(list) = root.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
                {
                    f(&el);
                }
            }
        }
    };
    each("mark.ent.lit", &|el| {
        let _ = el.class_list().remove_1("lit");
    });
    if let Some(id) = entity {
        each(&format!("mark.ent[data-entity='{id}']"), &|el| {
            let _ = el.class_list().add_1("lit");
        });
    }
}

/// A document's paragraphs as (index, text), for the translators.
fn paragraphs_of(doc: &diptych_core::Document) -> Vec<(usize, String)> {
    doc.paragraphs
        .iter()
        .enumerate()
        .map(|(k, p)| (k, doc.text[p.start..p.end].to_string()))
        .collect()
}
