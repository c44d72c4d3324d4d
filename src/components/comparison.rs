use std::rc::Rc;

use diptych_core::{Lang, ParagraphKind, Report, Row, Side};
use yew::prelude::*;

use super::percent;
use crate::state::{Action, MachineTranslation, Maker, Shared, SideTranslation, TranslationStatus};

/// What a reader asks of the translation of a side.
#[derive(Debug, Clone, PartialEq)]
pub enum TranslateAsk {
    /// Translate into a language ("en", "lv", "ru").
    Start(Side, String),
    /// Translate with the browser's own translator instead (no models here).
    Browser(Side, String),
    /// Gloss the words from Diptych's own word lists (no models here).
    Gloss(Side),
    /// Translate with models from files the reader picked (the single
    /// file, or a page served without models).
    Install(Side, String, js_sys::Array),
    /// Stop translating.
    Stop(Side),
    /// Show the translation (true) or the original (false).
    Show(Side, bool),
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub report: Shared,
    pub selected: Option<(Side, usize)>,
    /// Label paragraphs written in another language than their text.
    #[prop_or(true)]
    pub labels: bool,
    pub dispatch: Callback<Action>,
    /// Each side's machine translation, if asked for.
    #[prop_or_default]
    pub translations: [Option<SideTranslation>; 2],
    /// Translation requests; none where translation is not offered.
    #[prop_or_default]
    pub translate: Option<Callback<TranslateAsk>>,
}

fn language(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "lv" => "Latvian",
        "ru" => "Russian",
        _ => "another language",
    }
}

/// A paragraph as translated. Each sentence holds its original, shown
/// beside it on hover or keyboard focus (and read out with it); each
/// translated word knows the original words it came from, which light up in
/// that original as the pointer passes over the word.
fn translated(
    report: &Report,
    marks: &[(usize, usize, usize)],
    doc_text: &str,
    start: usize,
    to: &str,
    mt: &MachineTranslation,
) -> Html {
    let mut pieces: Vec<Html> = Vec::new();
    let mut at = 0;
    for (original, tr) in &mt.sentences {
        if tr.start < at || tr.end > mt.text.len() {
            continue;
        }
        pieces.push(html! { { &mt.text[at..tr.start] } });
        let source = doc_text
            .get(start + original.start..start + original.end)
            .unwrap_or_default();
        // The sentence's words, each with the original words it came from.
        let mut words: Vec<Html> = Vec::new();
        let mut w_at = tr.start;
        for (w, from) in mt
            .words
            .iter()
            .filter(|(w, _)| w.start >= tr.start && w.end <= tr.end)
        {
            if w.start < w_at {
                continue;
            }
            words.push(html! { { &mt.text[w_at..w.start] } });
            let sources: Vec<String> = from
                .iter()
                .map(|r| format!("{}-{}", r.start, r.end))
                .collect();
            // A word that comes from a name keeps the name's colour (and its
            // hover): the entity lights in the translation too.
            let entity = marks.iter().find(|&&(a, b, _)| {
                from.iter()
                    .any(|r| start + r.start < b && a < start + r.end)
            });
            words.push(match entity {
                Some(&(_, _, id)) => html! {
                    <mark class={classes!("mt-w", entity_class(id, report.entities[id].shared))} data-entity={id.to_string()}
                          data-o={sources.join(" ")} title={report.entities[id].label.clone()}>{ &mt.text[w.clone()] }</mark>
                },
                None => html! { <span class="mt-w" data-o={sources.join(" ")}>{ &mt.text[w.clone()] }</span> },
            });
            w_at = w.end;
        }
        words.push(html! { { &mt.text[w_at..tr.end] } });
        // The original, word by word (each knows where it starts in the paragraph).
        let mut original_words: Vec<Html> = Vec::new();
        let mut o_at = 0;
        for (k, word) in source
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - source.as_ptr() as usize, w))
        {
            original_words.push(html! { { &source[o_at..k] } });
            original_words
                .push(html! { <span data-at={(original.start + k).to_string()}>{ word }</span> });
            o_at = k + word.len();
        }
        pieces.push(html! {
            <span class="mt-s" tabindex="0" aria-label={format!("{} (original: {source})", &mt.text[tr.clone()])}>
                { for words }
                <span class="mt-orig" aria-hidden="true"><strong>{ "Original: " }</strong>{ for original_words }</span>
            </span>
        });
        at = tr.end;
    }
    pieces.push(html! { { mt.text.get(at..).unwrap_or_default() } });
    html! { <p lang={to.to_string()} class="mt">{ for pieces }</p> }
}

/// Lights, in a translated sentence's original, the words the translated
/// word under the pointer came from.
fn light_source(target: Option<web_sys::EventTarget>) {
    let Some(word) = super::closest(target, ".mt-w") else {
        return;
    };
    let Some(sentence) = word.parent_element() else {
        return;
    };
    let ranges: Vec<(usize, usize)> = word
        .get_attribute("data-o")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|r| {
            let (a, b) = r.split_once('-')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .collect();
    let Ok(list) = sentence.query_selector_all(".mt-orig [data-at]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        let at: usize = el
            .get_attribute("data-at")
            .and_then(|a| a.parse().ok())
            .unwrap_or(usize::MAX);
        let lit = ranges.iter().any(|&(a, b)| a <= at && at < b);
        let _ = el.class_list().toggle_with_force("lit", lit);
    }
}

/// The files of a picker or a drop, as the translation worker takes them.
fn file_array(list: Option<web_sys::FileList>) -> js_sys::Array {
    list.map_or_else(js_sys::Array::new, |l| js_sys::Array::from(&l))
}

/// The translation controls and status of one side, in its column's head.
fn translate_bar(
    report: &Report,
    side: Side,
    t: Option<&SideTranslation>,
    ask: &Callback<TranslateAsk>,
) -> Html {
    let own = report.side(side).lang.code();
    let other = report.side(side.other()).lang.code();
    let mut targets: Vec<&str> = Vec::new();
    if matches!(own, "lv" | "ru") {
        targets.push("en");
    }
    if matches!(other, "lv" | "ru") && other != own && matches!(own, "lv" | "ru" | "en") {
        targets.push(other);
    }
    let start = |to: &str| {
        let to = to.to_string();
        ask.reform(move |_: MouseEvent| TranslateAsk::Start(side, to.clone()))
    };
    let buttons = |label: &str| -> Html {
        targets
            .iter()
            .map(|to| html! {
                <button class="translate" onclick={start(to)}>{ format!("{label} {}", language(to)) }</button>
            })
            .collect::<Html>()
    };
    let Some(t) = t else {
        return if targets.is_empty() {
            html! {}
        } else {
            html! { <div class="translate-bar">{ buttons("Translate into") }</div> }
        };
    };
    // Integer arithmetic: float formatting would add its tables to the page's download.
    let mb = |b: u64| {
        let tenths = (b + 50_000) / 100_000;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    };
    let done = t.paragraphs.iter().filter(|p| p.is_some()).count();
    let status = match &t.status {
        TranslationStatus::Loading { bytes: 0, .. } => {
            html! { <span>{ "Preparing the translation…" }</span> }
        }
        TranslationStatus::Loading { bytes, loaded } => html! {
            <span>{ format!("Downloading the translation models, once: {} of {}", mb(*loaded), mb(*bytes)) }
                <progress max={bytes.to_string()} value={loaded.to_string()}></progress></span>
        },
        TranslationStatus::Translating { done, total } => html! {
            <span>{ format!("Translating into {}… {done} of {total} paragraphs", language(&t.to)) }
                <progress max={total.to_string()} value={done.to_string()}></progress>
                <button onclick={ask.reform(move |_: MouseEvent| TranslateAsk::Stop(side))}>{ "Stop" }</button></span>
        },
        TranslationStatus::Done { .. } if t.by == Maker::Glosses => html! {
            <span class="mt-label">{ "Word glosses in English from Diptych's own word lists — not a translation; hover a paragraph for its original." }</span>
        },
        TranslationStatus::Done { .. } if t.by == Maker::Browser => html! {
            <span class="mt-label">{ format!("Machine translation into {} by this browser's built-in translator — hover or focus a paragraph for its original.", language(&t.to)) }</span>
        },
        TranslationStatus::Done { .. } => html! {
            <span class="mt-label">{ format!("Machine translation into {}, made in this browser — hover or focus a sentence for its original.", language(&t.to)) }</span>
        },
        TranslationStatus::Stopped => html! {
            <span>{ format!("Stopped: {done} of {} paragraphs translated.", t.paragraphs.len()) } { buttons("Translate again into") }</span>
        },
        TranslationStatus::Missing(why) => {
            // Chrome's own translator has Russian (not Latvian): offered, as
            // it must be, on the reader's click.
            let browser = (own == "ru" && t.to == "en" && crate::translation::browser_can_translate()).then(|| {
                let to = t.to.clone();
                html! { <button class="translate" onclick={ask.reform(move |_: MouseEvent| TranslateAsk::Browser(side, to.clone()))}>{ "Use this browser's built-in translator" }</button> }
            });
            let gloss = matches!(own, "lv" | "ru").then(|| html! {
                <button class="translate" onclick={ask.reform(move |_: MouseEvent| TranslateAsk::Gloss(side))}>{ "Show word glosses instead" }</button>
            });
            // Or the model files themselves, from disk (a reader given them,
            // or the single file opened offline).
            let to = t.to.clone();
            let picked = ask.reform(move |e: Event| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                TranslateAsk::Install(side, to.clone(), file_array(input.files()))
            });
            // (Dropped on the bar, the files do the same.)
            let to = t.to.clone();
            let dropped = ask.reform(move |e: DragEvent| {
                e.prevent_default();
                e.stop_propagation();
                TranslateAsk::Install(
                    side,
                    to.clone(),
                    file_array(e.data_transfer().and_then(|d| d.files())),
                )
            });
            html! {
                <span class="models-drop" ondragover={Callback::from(|e: DragEvent| e.prevent_default())} ondrop={dropped}><span class="error" role="alert">{ format!("Translation models are not installed here, so this page cannot translate with them. Whoever hosts it can add them (cargo xtask models; see the README, Deploy); or load the model files from disk (pick them, or drop them here). {why}") }</span>
                    <label class="translate pick">{ "Load translation models from files…" }
                        <input type="file" multiple=true accept=".bin,.spm,.json" onchange={picked} /></label>
                    { for browser }{ for gloss }</span>
            }
        }
        TranslationStatus::Failed(why) => html! {
            <span class="error" role="alert">{ why } { buttons("Try again:") }</span>
        },
    };
    let toggle = (done > 0).then(|| {
        let showing = t.showing;
        html! {
            <button class="mt-toggle" aria-pressed={showing.to_string()} onclick={ask.reform(move |_: MouseEvent| TranslateAsk::Show(side, !showing))}>
                { if showing { "Show the original" } else { "Show the translation" } }
            </button>
        }
    });
    html! { <div class="translate-bar" role="status" aria-live="polite">{ status }{ for toggle }</div> }
}

/// Rows drawn at once when a report arrives: a screenful and then some.
const FIRST_ROWS: usize = 60;
/// Rows per block; blocks after the first are drawn one per frame, so a long
/// pair never holds the page for longer than a block takes.
const BLOCK_ROWS: usize = 30;

/// Colours for shared entities: eight hues told apart by colour-blind readers
/// (the Okabe–Ito palette, in styles/main.css), repeated with an underline style.
pub fn entity_class(id: usize, shared: bool) -> String {
    if shared {
        format!("ent c{} u{}", id % 8, (id / 8) % 3)
    } else {
        "ent one-sided".to_string()
    }
}

/// What every block needs, indexed once per report.
struct Index {
    linked: [Vec<bool>; 2],
    marks: [Vec<Vec<(usize, usize, usize)>>; 2],
    rows: Vec<Row>,
}

fn side_index(side: Side) -> usize {
    usize::from(side == Side::Right)
}

fn paragraph(
    report: &Report,
    index: &Index,
    side: Side,
    p: usize,
    selected: bool,
    labels: bool,
    translation: Option<&SideTranslation>,
) -> Html {
    let doc = report.side(side);
    let para = &doc.paragraphs[p];
    let shown = translation
        .filter(|t| t.showing)
        .and_then(|t| Some((t.to.as_str(), t.paragraphs.get(p)?.as_ref()?)));
    let mut pieces: Vec<Html> = Vec::new();
    let mut at = para.start;
    for &(start, end, id) in &index.marks[side_index(side)][p] {
        if start < at {
            continue;
        }
        pieces.push(html! { { &doc.text[at..start] } });
        let entity = &report.entities[id];
        // Lighting is a style rule the page writes for the lit entity, and
        // hover/focus are caught by the block: a mention carries no handlers.
        pieces.push(html! {
            <mark class={entity_class(id, entity.shared)} data-entity={id.to_string()} title={entity.label.clone()} tabindex="0">{ &doc.text[start..end] }</mark>
        });
        at = end;
    }
    pieces.push(html! { { &doc.text[at..para.end] } });
    let linked = index.linked[side_index(side)][p];
    let kind = match para.kind {
        ParagraphKind::Heading => Some("Heading"),
        ParagraphKind::Quotation => Some("Quotation"),
        ParagraphKind::SocialPost => Some("Social-media post"),
        ParagraphKind::Body => None,
    };
    let foreign =
        (labels && para.lang != doc.lang && para.lang != Lang::Other).then(|| para.lang.name());
    let letter = if side == Side::Left { "l" } else { "r" };
    html! {
        <div class={classes!("para", (!linked).then_some("unique"), selected.then_some("selected"), para.duplicate_of.is_some().then_some("duplicate"))}
             id={format!("{letter}-p{p}")} data-side={letter} data-p={p.to_string()}
             tabindex="0" role="article" aria-label={format!("{} paragraph {}", if side == Side::Left { "Left" } else { "Right" }, p + 1)}>
            <div class="para-tags">
                <span class="num">{ p + 1 }</span>
                if !linked { <span class="tag only">{ "only in this text" }</span> }
                if let Some(k) = kind { <span class="tag">{ k }</span> }
                if let Some(l) = foreign { <span class="tag lang">{ l }</span> }
                if let Some(d) = para.duplicate_of { <span class="tag">{ format!("repeats ¶{}", d + 1) }</span> }
                if shown.is_some() { <span class="tag mt-tag">{ "machine translation" }</span> }
            </div>
            if let Some((to, mt)) = shown {
                { translated(report, &index.marks[side_index(side)][p], &doc.text, para.start, to, mt) }
            } else {
                <p lang={para.lang.code()}>{ for pieces }</p>
            }
            { for report.corrections.notes.iter().filter_map(|n| match &n.on {
                diptych_core::NoteOn::Paragraph { side: s, paragraph } => (*s == side && *paragraph == p).then_some(("Your note: ", &n.text)),
                // Only while the link stands (the reader or the engine may undo it).
                diptych_core::NoteOn::Link(l) => (report.links.iter().any(|k| k.left == l.left && k.right == l.right)
                    && (if side == Side::Left { &l.left } else { &l.right }).contains(&p)).then_some(("Your note on its link: ", &n.text)),
            }).map(|(what, text)| html! { <p class="note"><strong>{ what }</strong>{ text }</p> }) }
        </div>
    }
}

/// The entity a mention under an event's target stands for.
fn mention(target: Option<web_sys::EventTarget>) -> Option<usize> {
    super::closest(target, "mark[data-entity]")?
        .get_attribute("data-entity")?
        .parse()
        .ok()
}

/// The paragraph under an event's target.
fn paragraph_at(target: Option<web_sys::EventTarget>) -> Option<(Side, usize)> {
    let el = super::closest(target, ".para[data-p]")?;
    let side = if el.get_attribute("data-side")? == "l" {
        Side::Left
    } else {
        Side::Right
    };
    Some((side, el.get_attribute("data-p")?.parse().ok()?))
}

#[derive(Properties, PartialEq)]
struct BlockProps {
    report: Shared,
    index: Rc<Index>,
    /// Rows `start..end` of the index.
    start: usize,
    end: usize,
    /// The selection, when it touches this block (so other blocks do not redraw).
    selected: Option<(Side, usize)>,
    labels: bool,
    translations: [Option<SideTranslation>; 2],
}

impl PartialEq for Index {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Some rows; drawn again only when the selection enters or leaves them.
#[component]
fn Block(props: &BlockProps) -> Html {
    let r = &props.report;
    let index = &props.index;
    html! {
        <div class="block">
            { for index.rows[props.start..props.end].iter().map(|row| {
                let link = row.link.map(|k| &r.links[k]);
                let active = props.selected.is_some_and(|(s, p)| {
                    let (own, linked) = if s == Side::Left { (&row.left, link.map(|l| &l.left)) } else { (&row.right, link.map(|l| &l.right)) };
                    own.contains(&p) || linked.is_some_and(|l| l.contains(&p))
                });
                let why = link.map(|l| {
                    let mut parts: Vec<String> = l.evidence.entities.iter().map(|&e| r.entities[e].label.clone()).collect();
                    parts.extend(l.evidence.terms.iter().take(3).map(|(a, b)| format!("{a} = {b}")));
                    parts.join("; ")
                });
                let is_selected = |side: Side, p: usize| props.selected == Some((side, p));
                html! {
                    <div class={classes!("row", link.is_some().then_some("linked"), active.then_some("active"))}>
                        <div class="cell">{ for row.left.iter().map(|&p| paragraph(r, index, Side::Left, p, is_selected(Side::Left, p), props.labels, props.translations[0].as_ref())) }</div>
                        <div class="link-cell">
                            if link.is_some_and(|l| l.by_reader) {
                                <span class="score mine" title="Linked by you">{ "yours" }</span>
                            } else if let Some(l) = link {
                                <span class="score" title={format!("Linked with confidence {}%. Why: {}", percent(l.score), why.clone().unwrap_or_default())}>{ format!("{}%", percent(l.score)) }</span>
                            }
                        </div>
                        <div class="cell">{ for row.right.iter().map(|&p| paragraph(r, index, Side::Right, p, is_selected(Side::Right, p), props.labels, props.translations[1].as_ref())) }</div>
                        if active {
                            if link.is_some_and(|l| l.by_reader) {
                                <p class="why" role="status">{ "You linked these (a correction: the engine's evidence is not shown)." }</p>
                            } else if let Some(w) = why {
                                <p class="why" role="status">{ format!("Why these are linked ({}%): {}", link.map_or(0, |l| percent(l.score)), if w.is_empty() { "lengths and position fit".to_string() } else { w }) }</p>
                            }
                        }
                    </div>
                }
            }) }
        </div>
    }
}

/// The two texts in rows: linked paragraphs side by side, one-sided ones
/// alone. The first rows are drawn at once and the rest a block per frame.
#[component]
pub fn Comparison(props: &Props) -> Html {
    let r = &props.report;
    let index = use_memo(props.report.clone(), |r| Index {
        linked: [r.linked(Side::Left), r.linked(Side::Right)],
        marks: [r.marks(Side::Left), r.marks(Side::Right)],
        rows: r.rows(),
    });
    let total = index.rows.len();
    // How many rows of which report are drawn: a new report starts over,
    // then a block more each frame.
    let drawn = use_state(|| (Rc::as_ptr(&r.0), FIRST_ROWS));
    let now = if drawn.0 == Rc::as_ptr(&r.0) {
        drawn.1
    } else {
        FIRST_ROWS
    };
    {
        let drawn = drawn.clone();
        use_effect_with(
            (Rc::as_ptr(&r.0), now, total),
            move |&(report, now, total)| {
                let frame = (now < total).then(|| {
                    gloo_render::request_animation_frame(move |_| {
                        drawn.set((report, now + BLOCK_ROWS))
                    })
                });
                move || drop(frame)
            },
        );
    }
    // One set of listeners for every mention and paragraph.
    let dispatch = &props.dispatch;
    let over = dispatch.reform(|e: MouseEvent| {
        light_source(e.target());
        Action::Light(mention(e.target()))
    });
    let focus = dispatch.reform(|e: FocusEvent| Action::Light(mention(e.target())));
    let leave = dispatch.reform(|_: MouseEvent| Action::Light(None));
    let click = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(at) = paragraph_at(e.target()) {
                dispatch.emit(Action::Select(Some(at)));
            }
        })
    };
    let key = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                if let Some(at) = paragraph_at(e.target()) {
                    e.prevent_default();
                    dispatch.emit(Action::Select(Some(at)));
                }
            }
        })
    };
    let end = now.min(total);
    let blocks = (0..end)
        .step_by(BLOCK_ROWS)
        .map(|start| (start, (start + BLOCK_ROWS).min(end)));
    let selected_in = |start: usize, stop: usize| {
        props.selected.filter(|&(side, p)| {
            index.rows[start..stop].iter().any(|row| {
                if side == Side::Left {
                    row.left.contains(&p)
                } else {
                    row.right.contains(&p)
                }
            }) || index.rows[start..stop].iter().any(|row| {
                row.link.is_some_and(|k| {
                    let l = &r.links[k];
                    if side == Side::Left {
                        l.left.contains(&p)
                    } else {
                        l.right.contains(&p)
                    }
                })
            })
        })
    };
    html! {
        <div class="rows" onmouseover={over} onmouseleave={leave} onfocusin={focus} onclick={click} onkeydown={key}>
            <div class="row head">
                <div class="cell">{ format!("Left · {}", r.left.name.as_deref().unwrap_or("pasted text")) }
                    if let Some(ask) = &props.translate { { translate_bar(r, Side::Left, props.translations[0].as_ref(), ask) } }</div>
                <div class="link-cell"></div>
                <div class="cell">{ format!("Right · {}", r.right.name.as_deref().unwrap_or("pasted text")) }
                    if let Some(ask) = &props.translate { { translate_bar(r, Side::Right, props.translations[1].as_ref(), ask) } }</div>
            </div>
            // A list of its own: keyed, so that a new block is added without
            // touching the others.
            <div class="blocks">
                { for blocks.map(|(start, stop)| html! {
                    <Block key={start} report={props.report.clone()} index={index.clone()} {start} end={stop} selected={selected_in(start, stop)} labels={props.labels} translations={props.translations.clone()} />
                }) }
            </div>
            if end < total {
                <p class="more" role="status">{ format!("Drawing rows… {end} of {total}") }</p>
            }
        </div>
    }
}
