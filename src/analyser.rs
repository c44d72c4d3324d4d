//! The Web Worker that runs the engine, so that a long comparison never
//! freezes the page. The page sends a [`Job`]; the worker answers with an
//! [`Outcome`] carrying the same id, so the page can drop stale answers.

use diptych_core::{compare, Input, Report, Side};
use gloo_worker::{HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};

/// One document as the user gave it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Doc {
    /// File name, if any.
    pub name: Option<String>,
    /// The raw bytes.
    pub bytes: Vec<u8>,
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
}

/// The answer to a [`Job`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// The report.
    Done { id: u32, report: Report },
    /// One side was refused; the message is for the user.
    Refused { id: u32, side: Side, message: String },
}

impl Outcome {
    /// The job this answers.
    pub fn id(&self) -> u32 {
        match self {
            Outcome::Done { id, .. } | Outcome::Refused { id, .. } => *id,
        }
    }
}

/// Runs a job: the same call the page would make, wherever it runs.
pub fn run(job: &Job) -> Outcome {
    let left = Input { bytes: &job.left.bytes, name: job.left.name.as_deref() };
    let right = Input { bytes: &job.right.bytes, name: job.right.name.as_deref() };
    match compare(left, right) {
        Ok(report) => Outcome::Done { id: job.id, report },
        Err(e) => Outcome::Refused { id: job.id, side: e.side, message: e.error.to_string() },
    }
}

/// The worker.
pub struct Analyser;

impl Worker for Analyser {
    type Message = ();
    type Input = Job;
    type Output = Outcome;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        diptych_core::prepare();
        Analyser
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, job: Job, who: HandlerId) {
        scope.respond(who, run(&job));
    }
}
