//! The one error type of the engine. Every message is written for the person
//! who chose the file: it says what the file seems to be and what to do.

use std::fmt;

/// Why a document could not be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input holds no text at all (empty, or only white space).
    Empty,
    /// The input is larger than the engine accepts.
    TooLarge {
        /// Size of the input in bytes.
        bytes: usize,
        /// The largest accepted size in bytes.
        limit: usize,
    },
    /// The input is a kind of file the engine does not read.
    Refused {
        /// What the file looks like, in plain words ("a PDF document").
        what: String,
        /// What the user can do instead.
        advice: String,
    },
    /// The input claims a readable format but is damaged.
    Damaged {
        /// The format it claims ("Word document").
        format: String,
        /// What went wrong, in plain words.
        detail: String,
    },
    /// The input is in a format this build of the engine leaves out (the web
    /// page's own engine reads HTML and Word files in a worker of their own).
    Unbuilt {
        /// The format ("HTML page").
        format: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => write!(f, "This file holds no text. Choose a file with the article's text, or paste the text."),
            Error::TooLarge { bytes, limit } => write!(
                f,
                "This file is {} MB; Diptych compares articles of up to {} MB each. Split it, or keep only the article's text.",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            Error::Refused { what, advice } => write!(f, "This looks like {what}, which Diptych cannot read. {advice}"),
            Error::Damaged { format, detail } => {
                write!(f, "This {format} could not be read ({detail}). Save it again, or paste its text.")
            }
            Error::Unbuilt { format } => {
                write!(f, "This {format} needs Diptych's reader for such files, which this build leaves out. Paste its text instead.")
            }
        }
    }
}

impl std::error::Error for Error {}

fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / 1_048_576.0;
    if mb >= 10.0 {
        format!("{mb:.0}")
    } else {
        format!("{mb:.1}")
    }
}
