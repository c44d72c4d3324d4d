//! The one state of the page and the actions that change it.
//!
//! The state holds the two inputs as the user gave them and the report the
//! engine made of them; the engine itself runs in a Web Worker
//! ([`crate::analyser`]), and every decision about text is the engine's.

use std::rc::Rc;

use diptych_core::{Corrections, MentionAt, NoteOn, ParagraphPair, Report, Side};
use yew::Reducible;

use crate::analyser::{Doc, Job, Outcome};
use crate::config::{Config, Given, Source};

/// A report as the components hold it: equal when it is the same report.
/// (Comparing two reports field by field on every render would cost more
/// than drawing them.)
#[derive(Debug, Clone)]
pub struct Shared(pub Rc<Report>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Report;
    fn deref(&self) -> &Report {
        &self.0
    }
}

/// What the user put on one side.
#[derive(Debug, Clone, PartialEq)]
pub struct Pane {
    /// A file name, or None for pasted text.
    pub name: Option<String>,
    /// The raw bytes.
    pub bytes: Rc<Vec<u8>>,
    /// Why this side could not be read, in plain words.
    pub error: Option<String>,
    /// What this side is waiting for ("Fetching …"), if anything.
    pub waiting: Option<String>,
}

impl Pane {
    /// A side holding what the user (or the page's settings) gave.
    fn given(name: Option<String>, bytes: Vec<u8>) -> Self {
        Pane {
            name,
            bytes: Rc::new(bytes),
            error: None,
            waiting: None,
        }
    }

    /// A side with nothing in it yet.
    pub fn empty() -> Self {
        Pane {
            name: None,
            bytes: Rc::new(Vec::new()),
            error: None,
            waiting: None,
        }
    }

    /// Nothing given yet (an empty paste is something: it gets its error).
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.bytes.is_empty()
            && self.waiting.is_none()
            && self.error.is_none()
    }
}

/// A paragraph's machine translation.
#[derive(Debug, PartialEq)]
pub struct MachineTranslation {
    /// The translation.
    pub text: String,
    /// Each sentence: its byte range in the paragraph's original text and in
    /// the translation.
    pub sentences: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>,
    /// Each translated word (its range in the translation) and the original
    /// words it came from (ranges in the paragraph's original).
    pub words: Vec<(std::ops::Range<usize>, Vec<std::ops::Range<usize>>)>,
}

/// Where a side's translation stands.
#[derive(Debug, Clone, PartialEq)]
pub enum TranslationStatus {
    /// Fetching the models: `bytes` to download (0: from this browser's cache).
    Loading { bytes: u64, loaded: u64 },
    /// Translating, paragraph by paragraph.
    Translating { done: usize, total: usize },
    /// All paragraphs translated.
    Done { total: usize },
    /// The reader stopped it.
    Stopped,
    /// No models are installed where the app is served.
    Missing(String),
    /// Something went wrong, in plain words.
    Failed(String),
}

/// One side's machine translation, as far as it has come.
#[derive(Debug, Clone, PartialEq)]
pub struct SideTranslation {
    /// The language it is translated into ("en", "lv", "ru").
    pub to: String,
    /// Per paragraph, once translated.
    pub paragraphs: Rc<Vec<Option<Rc<MachineTranslation>>>>,
    /// The translation is shown (else the original).
    pub showing: bool,
    pub status: TranslationStatus,
    /// What made it.
    pub by: Maker,
}

/// What made a side's translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Maker {
    /// The translation models.
    Models,
    /// The browser's own translator.
    Browser,
    /// Diptych's word lists: glosses, not a translation.
    Glosses,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub left: Pane,
    pub right: Pane,
    /// The latest report (kept on screen while a newer one is computed).
    pub report: Option<Shared>,
    /// The comparison asked for and not answered yet, by job id.
    pub pending: Option<u32>,
    /// The engine's worker failed (it is restarted for the next comparison).
    pub engine_error: Option<String>,
    /// The engine's worker is up (until then, long pairs wait for it).
    pub engine_ready: bool,
    /// The engine's lexicon has come (or failed to): comparisons wait for it.
    pub lexicon_ready: bool,
    /// Why the lexicon could not be loaded, if it could not.
    pub lexicon_error: Option<String>,
    /// The last job id handed out.
    pub last_job: u32,
    /// The entity whose mentions are lit.
    pub lit_entity: Option<usize>,
    /// The selected paragraph.
    pub selected: Option<(Side, usize)>,
    /// The paragraph last selected on each side: what "Link" joins.
    pub picked: [Option<usize>; 2],
    /// The reader's corrections to the analysis of these two texts.
    pub corrections: Corrections,
    /// Earlier corrections, for Undo (the latest last).
    pub undo: Vec<Corrections>,
    /// Undone corrections, for Redo.
    pub redo: Vec<Corrections>,
    /// What the last save did (or why it failed), in plain words.
    pub notice: Option<String>,
    /// Each side's machine translation, if asked for.
    pub translations: [Option<SideTranslation>; 2],
}

/// One correction a reader makes.
#[derive(Debug, Clone, PartialEq)]
pub enum Correction {
    /// Link these paragraphs.
    Link(ParagraphPair),
    /// Remove the link of these paragraphs (the engine's or the reader's own).
    Unlink(ParagraphPair),
    /// This figure disagreement is wrong.
    DismissFigures(MentionAt, MentionAt),
    /// These two figures disagree (left, right).
    AddFigures(MentionAt, MentionAt),
    /// Attach (or, with empty text, remove) a note.
    Note(NoteOn, String),
    /// The entities of these two mentions are one.
    JoinEntities(MentionAt, MentionAt),
    /// The mentions written as this one are an entity of their own.
    SplitEntity(MentionAt),
}

/// What can happen.
pub enum Action {
    /// A file or pasted text arrived for one side.
    Load {
        side: Side,
        name: Option<String>,
        bytes: Vec<u8>,
    },
    /// A file of the demo pair arrived (or could not be fetched): taken only
    /// while its side still waits for it, not over what the reader gave.
    Seed {
        side: Side,
        result: Result<Vec<u8>, String>,
    },
    /// A comparison exported as JSON came back: both texts (name, bytes)
    /// and the reader's corrections.
    Restore {
        left: (Option<String>, Vec<u8>),
        right: (Option<String>, Vec<u8>),
        corrections: Corrections,
    },
    /// A side could not even be read (too large, unreadable file).
    Fail { side: Side, message: String },
    /// Swap left and right.
    Swap,
    /// The worker answered.
    Analysed(Outcome),
    /// The worker failed to start or stopped (the message is for the user).
    EngineFailed(String),
    /// The worker is up.
    EngineReady,
    /// The engine's lexicon is installed, or could not be (why).
    LexiconLoaded(Option<String>),
    /// Light (or unlight) an entity's mentions.
    Light(Option<usize>),
    /// Select a paragraph (or nothing).
    Select(Option<(Side, usize)>),
    /// Correct the analysis.
    Correct(Correction),
    /// Take back the last correction.
    Undo,
    /// Make the last undone correction again.
    Redo,
    /// Say what a save did.
    Notice(String),
    /// Translate a side (into a language code) by one of the makers; the
    /// translator is asked by the caller.
    Translate(Side, String, Maker),
    /// The translator's progress on a side.
    TranslationUpdate(Side, TranslationStatus),
    /// A side's paragraph came back translated.
    Translated(Side, usize, Rc<MachineTranslation>),
    /// Show a side's translation (true) or its original (false).
    ShowTranslation(Side, bool),
}

/// The demo pair's files, deployed beside the page (and carried by the
/// single file): fetched as the page starts, with the lexicon, rather than
/// built into the wasm, so that the first download stays small.
pub const SEEDS: [&str; 2] = ["kazakhstan-2022.lv.txt", "zhanaozen-2011.ru.txt"];

impl Default for State {
    /// The seed pair, to be compared as soon as its files and the worker are
    /// in: the first visit shows what the tool is for.
    fn default() -> Self {
        let seed = |name: &str| Pane {
            name: Some(name.into()),
            waiting: Some("Loading the demo pair…".into()),
            ..Pane::empty()
        };
        State {
            left: seed(SEEDS[0]),
            right: seed(SEEDS[1]),
            report: None,
            pending: None,
            engine_error: None,
            engine_ready: false,
            lexicon_ready: false,
            lexicon_error: None,
            last_job: 1,
            lit_entity: None,
            selected: None,
            picked: [None, None],
            corrections: Corrections::default(),
            undo: Vec::new(),
            redo: Vec::new(),
            notice: None,
            translations: [None, None],
        }
    }
}

impl State {
    /// Whether either text is one of the demo pair the page opens with
    /// (as it is for a moment when two files are dropped at once).
    pub fn has_seed_text(&self) -> bool {
        [&self.left, &self.right]
            .iter()
            .any(|p| p.name.as_deref().is_some_and(|n| SEEDS.contains(&n)))
    }

    /// The first state for what the page or embed was asked to show.
    pub fn from_config(config: &Config) -> State {
        let start = |left: Pane, right: Pane, pending: Option<u32>| State {
            left,
            right,
            report: None,
            pending,
            ..State::default()
        };
        match &config.source {
            Source::Seed => State::default(),
            Source::Empty => start(Pane::empty(), Pane::empty(), None),
            Source::Texts { left, right } => {
                let pane = |g: &Given| {
                    let bytes = g
                        .bytes
                        .clone()
                        .unwrap_or_else(|| g.text.clone().into_bytes());
                    Pane::given(g.name.clone(), bytes)
                };
                State {
                    corrections: config.corrections.clone(),
                    ..start(pane(left), pane(right), Some(1))
                }
            }
            Source::Urls { left, right } => {
                let pane = |url: &str| Pane {
                    waiting: Some(format!("Fetching {url}…")),
                    ..Pane::empty()
                };
                start(pane(left), pane(right), None)
            }
        }
    }

    /// A side's text could not be had: it says why, and nothing is compared.
    fn fail(&mut self, side: Side, message: String) {
        let pane = self.pane_mut(side);
        pane.waiting = None;
        pane.error = Some(message);
        self.report = None;
        self.pending = None;
    }

    fn pane_mut(&mut self, side: Side) -> &mut Pane {
        match side {
            Side::Left => &mut self.left,
            Side::Right => &mut self.right,
        }
    }

    /// The job for the pending comparison, if one is due.
    pub fn job(&self) -> Option<Job> {
        let id = self.pending?;
        let doc = |p: &Pane| Doc {
            name: p.name.clone(),
            bytes: p.bytes.to_vec(),
            decoded: None,
        };
        Some(Job {
            id,
            left: doc(&self.left),
            right: doc(&self.right),
            corrections: self.corrections.clone(),
        })
    }

    /// Asks for a new comparison of new texts: the corrections of the old
    /// ones do not apply to them.
    fn request(&mut self) {
        self.corrections = Corrections::default();
        self.undo.clear();
        self.redo.clear();
        self.picked = [None, None];
        self.translations = [None, None];
        self.lit_entity = None;
        self.selected = None;
        self.recompute();
    }

    /// Applies a correction to the corrections.
    fn apply(&mut self, correction: Correction) {
        let c = &mut self.corrections;
        match correction {
            Correction::Link(pair) => put_back(&mut c.links_added, &mut c.links_removed, pair),
            Correction::Unlink(pair) => take_back(&mut c.links_added, &mut c.links_removed, pair),
            Correction::DismissFigures(l, r) => {
                take_back(&mut c.figures_added, &mut c.figures_dismissed, (l, r));
            }
            Correction::AddFigures(l, r) => {
                put_back(&mut c.figures_added, &mut c.figures_dismissed, (l, r));
            }
            Correction::JoinEntities(a, b) => {
                if a != b {
                    push_new(&mut c.entities_joined, (a, b));
                }
            }
            Correction::SplitEntity(at) => push_new(&mut c.entities_split, at),
            Correction::Note(on, text) => {
                c.notes.retain(|n| n.on != on);
                let text = text.trim();
                if !text.is_empty() {
                    c.notes.push(diptych_core::Note {
                        on,
                        text: text.chars().take(2000).collect(),
                    });
                }
            }
        }
    }

    /// Asks the engine again for these texts, unless a side is known to be unreadable.
    fn recompute(&mut self) {
        let unready = |p: &Pane| p.error.is_some() || p.waiting.is_some() || p.is_empty();
        if unready(&self.left) || unready(&self.right) {
            self.pending = None;
            self.report = None;
            return;
        }
        self.last_job += 1;
        self.pending = Some(self.last_job);
    }
}

/// Adds an item to a list of corrections unless it is there already.
fn push_new<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Adds something: the reader's own, and no longer among those the reader
/// removed.
fn put_back<T: PartialEq>(own: &mut Vec<T>, removed: &mut Vec<T>, item: T) {
    removed.retain(|x| *x != item);
    push_new(own, item);
}

/// Removes something: the reader's own item is simply taken back; one of
/// the engine's is recorded as removed.
fn take_back<T: PartialEq>(own: &mut Vec<T>, removed: &mut Vec<T>, item: T) {
    let before = own.len();
    own.retain(|x| *x != item);
    if own.len() == before {
        push_new(removed, item);
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Load { side, name, bytes } => {
                *s.pane_mut(side) = Pane::given(name, bytes);
                s.request();
            }
            Action::Seed { side, result } => {
                let seed = SEEDS[usize::from(side == Side::Right)];
                let pane = s.pane_mut(side);
                if pane.waiting.is_none() || pane.name.as_deref() != Some(seed) {
                    return self;
                }
                match result {
                    Ok(bytes) => {
                        *pane = Pane::given(Some(seed.into()), bytes);
                        s.request();
                    }
                    Err(message) => s.fail(side, message),
                }
            }
            Action::Restore {
                left,
                right,
                corrections,
            } => {
                s.left = Pane::given(left.0, left.1);
                s.right = Pane::given(right.0, right.1);
                s.request();
                s.corrections = corrections;
            }
            Action::Fail { side, message } => s.fail(side, message),
            Action::Swap => {
                std::mem::swap(&mut s.left, &mut s.right);
                s.request();
            }
            Action::Analysed(outcome) => {
                // An answer to an older question is no longer wanted.
                if s.pending != Some(outcome.id()) {
                    return self;
                }
                s.pending = None;
                s.engine_error = None;
                match outcome {
                    Outcome::Done { report, .. } => s.report = Some(Shared(Rc::new(*report))),
                    Outcome::Refused { side, message, .. } => {
                        s.report = None;
                        s.pane_mut(side).error = Some(message);
                    }
                }
            }
            Action::EngineFailed(message) => {
                s.pending = None;
                s.engine_ready = false;
                s.engine_error = Some(message);
            }
            Action::EngineReady => s.engine_ready = true,
            Action::LexiconLoaded(error) => {
                s.lexicon_ready = true;
                s.lexicon_error = error;
            }
            // Hovering fires often: an unchanged state is not redrawn.
            Action::Light(e) if e == s.lit_entity => return self,
            Action::Select(p) if p == s.selected => return self,
            Action::Light(e) => s.lit_entity = e,
            Action::Select(p) => {
                s.selected = p;
                if let Some((side, p)) = p {
                    s.picked[usize::from(side == Side::Right)] = Some(p);
                }
            }
            Action::Correct(correction) => {
                // A disagreement the engine already reports is not the reader's.
                if let (Correction::AddFigures(l, r), Some(report)) = (&correction, &s.report) {
                    let (l, r) = (report.entity_at(*l), report.entity_at(*r));
                    let conflicts = &report.divergences.number_conflicts;
                    if conflicts
                        .iter()
                        .any(|c| Some(c.left) == l && Some(c.right) == r)
                    {
                        s.notice = Some(
                            "The engine already reports these two figures as disagreeing.".into(),
                        );
                        return Rc::new(s);
                    }
                }
                let before = s.corrections.clone();
                s.apply(correction);
                if s.corrections == before {
                    return self;
                }
                s.undo.push(before);
                s.redo.clear();
                s.recompute();
            }
            Action::Notice(text) => s.notice = Some(text),
            Action::Translate(side, to, by) => {
                let n = s
                    .report
                    .as_ref()
                    .map_or(0, |r| r.side(side).paragraphs.len());
                s.translations[usize::from(side == Side::Right)] = Some(SideTranslation {
                    to,
                    paragraphs: Rc::new(vec![None; n]),
                    showing: true,
                    by,
                    status: TranslationStatus::Loading {
                        bytes: 0,
                        loaded: 0,
                    },
                });
            }
            Action::TranslationUpdate(side, status) => {
                let Some(t) = s.translations[usize::from(side == Side::Right)].as_mut() else {
                    return self;
                };
                // A stopped translation stays stopped when the last answer lands.
                if t.status == TranslationStatus::Stopped
                    && matches!(status, TranslationStatus::Done { .. })
                {
                    return self;
                }
                t.status = status;
            }
            Action::Translated(side, p, translation) => {
                let Some(t) = s.translations[usize::from(side == Side::Right)].as_mut() else {
                    return self;
                };
                let mut paragraphs = (*t.paragraphs).clone();
                if let Some(slot) = paragraphs.get_mut(p) {
                    *slot = Some(translation);
                }
                let done = paragraphs.iter().filter(|x| x.is_some()).count();
                t.paragraphs = Rc::new(paragraphs);
                if let TranslationStatus::Translating { total, .. } = t.status {
                    t.status = TranslationStatus::Translating { done, total };
                }
            }
            Action::ShowTranslation(side, showing) => {
                match s.translations[usize::from(side == Side::Right)].as_mut() {
                    Some(t) if t.showing != showing => t.showing = showing,
                    _ => return self,
                }
            }
            Action::Undo => {
                let Some(previous) = s.undo.pop() else {
                    return self;
                };
                s.redo.push(std::mem::replace(&mut s.corrections, previous));
                s.recompute();
            }
            Action::Redo => {
                let Some(next) = s.redo.pop() else {
                    return self;
                };
                s.undo.push(std::mem::replace(&mut s.corrections, next));
                s.recompute();
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_pair_arriving_late_does_not_replace_the_reader_s_text() {
        let s = Rc::new(State::default());
        assert!(
            s.job().is_none(),
            "nothing is compared before the demo pair is in"
        );
        // The reader drops a file on the left before the demo pair is fetched.
        let s = s.reduce(Action::Load {
            side: Side::Left,
            name: Some("mine.txt".into()),
            bytes: b"Mans teksts.".to_vec(),
        });
        let s = s.reduce(Action::Seed {
            side: Side::Left,
            result: Ok(b"demo".to_vec()),
        });
        assert_eq!(s.left.name.as_deref(), Some("mine.txt"));
        assert_eq!(s.left.bytes.as_slice(), b"Mans teksts.");
        // A late failure does not mark the reader's side either.
        let s = s.reduce(Action::Seed {
            side: Side::Left,
            result: Err("no".into()),
        });
        assert!(s.left.error.is_none());
        // The side still waiting takes its file, and the pair is compared.
        let s = s.reduce(Action::Seed {
            side: Side::Right,
            result: Ok("Мой текст.".as_bytes().to_vec()),
        });
        assert_eq!(s.right.name.as_deref(), Some(SEEDS[1]));
        assert!(s.job().is_some());
    }
}
