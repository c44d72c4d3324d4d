//! The one state of the page and the actions that change it.
//!
//! The state holds the two inputs as the user gave them and the report the
//! engine made of them; every decision about text is the engine's.

use std::rc::Rc;

use diptych_core::{compare, Input, Report, Side};
use yew::Reducible;

/// What the user put on one side.
#[derive(Debug, Clone, PartialEq)]
pub struct Pane {
    /// A file name, or None for pasted text.
    pub name: Option<String>,
    /// The raw bytes.
    pub bytes: Rc<Vec<u8>>,
    /// Why this side could not be read, in plain words.
    pub error: Option<String>,
}

impl Pane {
    fn new(name: &str, bytes: &[u8]) -> Self {
        Pane { name: Some(name.to_string()), bytes: Rc::new(bytes.to_vec()), error: None }
    }
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub left: Pane,
    pub right: Pane,
    pub report: Option<Rc<Report>>,
    /// The entity whose mentions are lit.
    pub lit_entity: Option<usize>,
    /// The selected paragraph.
    pub selected: Option<(Side, usize)>,
}

/// What can happen.
pub enum Action {
    /// A file or pasted text arrived for one side.
    Load { side: Side, name: Option<String>, bytes: Vec<u8> },
    /// A side could not even be read (too large, unreadable file).
    Fail { side: Side, message: String },
    /// Swap left and right.
    Swap,
    /// Light (or unlight) an entity's mentions.
    Light(Option<usize>),
    /// Select a paragraph (or nothing).
    Select(Option<(Side, usize)>),
}

const SEED_LEFT: &[u8] = include_bytes!("../assets/seeds/kazakhstan-2022.lv.txt");
const SEED_RIGHT: &[u8] = include_bytes!("../assets/seeds/zhanaozen-2011.ru.txt");

impl Default for State {
    /// The seed pair, compared: the first visit shows what the tool is for.
    fn default() -> Self {
        let mut s = State {
            left: Pane::new("kazakhstan-2022.lv.txt", SEED_LEFT),
            right: Pane::new("zhanaozen-2011.ru.txt", SEED_RIGHT),
            report: None,
            lit_entity: None,
            selected: None,
        };
        s.analyse();
        s
    }
}

impl State {
    fn pane_mut(&mut self, side: Side) -> &mut Pane {
        match side {
            Side::Left => &mut self.left,
            Side::Right => &mut self.right,
        }
    }

    /// Runs the engine; an error goes to the pane it concerns and the other
    /// pane keeps its text.
    fn analyse(&mut self) {
        self.lit_entity = None;
        self.selected = None;
        if self.left.error.is_some() || self.right.error.is_some() {
            self.report = None;
            return;
        }
        let left = Input { bytes: &self.left.bytes, name: self.left.name.as_deref() };
        let right = Input { bytes: &self.right.bytes, name: self.right.name.as_deref() };
        match compare(left, right) {
            Ok(r) => self.report = Some(Rc::new(r)),
            Err(e) => {
                self.report = None;
                self.pane_mut(e.side).error = Some(e.error.to_string());
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Load { side, name, bytes } => {
                *s.pane_mut(side) = Pane { name, bytes: Rc::new(bytes), error: None };
                s.analyse();
            }
            Action::Fail { side, message } => {
                s.pane_mut(side).error = Some(message);
                s.report = None;
            }
            Action::Swap => {
                std::mem::swap(&mut s.left, &mut s.right);
                s.analyse();
            }
            Action::Light(e) => s.lit_entity = e,
            Action::Select(p) => s.selected = p,
        }
        Rc::new(s)
    }
}
