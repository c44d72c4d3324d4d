//! The Diptych comparison engine: two news articles in, one [`Report`] out.
//!
//! The pipeline, one module a stage, in the order data flows:
//! `ingest` (bytes to text) → `segment` (paragraphs, sentences) → `detect`
//! (languages) → `normalize` (folding, transliteration, stemming) →
//! `entities` (who, where, what figure) → `align` (paragraph links) →
//! `diverge` (what only one side has) → [`Report`]. Exports of a report
//! live beside it: `tmx` (the linked passages as a translation memory).
//!
//! It has no web dependencies and runs the same natively and in WebAssembly.
//!
//! ```
//! use diptych_core::{compare, Input};
//! let left = "Kazahstānā protestētāji ieņēma Almati lidostu. Tokajevs lūdza ODKB palīdzību.";
//! let right = "В Казахстане протестующие захватили аэропорт Алматы. Токаев попросил помощи у ОДКБ.";
//! let report = compare(Input::text(left), Input::text(right)).unwrap();
//! assert_eq!(report.links.len(), 1);
//! assert!(report.entities.iter().any(|e| e.label == "Kazakhstan" && e.shared));
//! ```
#![deny(missing_docs)]

mod align;
mod correct;
mod detect;
mod diverge;
pub(crate) mod entities;
mod error;
mod ingest;
mod normalize;
mod report;
mod segment;
mod tmx;

pub use correct::{Corrections, MentionAt, Note, NoteOn, ParagraphPair};
pub use error::Error;
pub use ingest::{ingest, needs_reader, Decoded, Format, Hint, MAX_BYTES};
pub use normalize::{
    concepts, fold, has_lexicon, install_lexicon, installed_lexicon, key, lexicon_file,
    lexicon_keys, stem_latvian, transliterate,
};
pub use report::*;

/// One document to compare: its bytes and, if known, its file name (the
/// extension helps tell HTML, Markdown and .docx apart).
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// The raw bytes, in any supported encoding and format.
    pub bytes: &'a [u8],
    /// The file name, if the document came from a file.
    pub name: Option<&'a str>,
    /// The document already read (by the web page's importer worker), if
    /// it was: then `bytes` are not read again.
    pub decoded: Option<&'a Decoded>,
}

impl<'a> Input<'a> {
    /// Pasted text.
    pub fn text(text: &'a str) -> Self {
        Input {
            bytes: text.as_bytes(),
            name: None,
            decoded: None,
        }
    }

    /// A file's bytes and name.
    pub fn file(bytes: &'a [u8], name: &'a str) -> Self {
        Input {
            bytes,
            name: Some(name),
            decoded: None,
        }
    }
}

/// Builds the engine's lookup tables (the CLDR gazetteer index, the seed
/// lexicon, calendar names, stopwords) ahead of the first comparison, for
/// example on another thread while the documents are being read. Calling it
/// is optional and cheap after the first time.
pub fn prepare() {
    entities::prepare();
    normalize::prepare();
}

/// Which document an error belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideError {
    /// The side whose input was refused.
    pub side: Side,
    /// Why.
    pub error: Error,
}

impl std::fmt::Display for SideError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let which = match self.side {
            Side::Left => "left",
            Side::Right => "right",
        };
        write!(f, "The {which} document: {}", self.error)
    }
}

impl std::error::Error for SideError {}

/// Reads one document: decode, segment, detect languages. Useful on its own
/// to check a file before the other one is chosen.
pub fn read(input: Input<'_>) -> Result<Document, Error> {
    let decoded = match input.decoded {
        Some(decoded) => decoded.clone(),
        None => ingest::ingest(input.bytes, input.name)?,
    };
    let segments = segment::segment(&decoded.text, &decoded.hints);
    let sample_end = decoded
        .text
        .char_indices()
        .nth(50_000)
        .map_or(decoded.text.len(), |(i, _)| i);
    let lang = detect::detect(&decoded.text[..sample_end]).unwrap_or(Lang::Other);
    let paragraphs = segments
        .into_iter()
        .map(|s| Paragraph {
            start: s.span.start,
            end: s.span.end,
            kind: s.kind,
            lang: detect::detect(&decoded.text[s.span.start..s.span.end]).unwrap_or(lang),
            sentences: s.sentences,
            duplicate_of: s.duplicate_of,
        })
        .collect();
    Ok(Document {
        name: input.name.map(str::to_string),
        format: decoded.format,
        encoding: decoded.encoding,
        lang,
        published: decoded.published,
        text: decoded.text,
        paragraphs,
        coverage: 0.0,
    })
}

/// Compares two documents.
pub fn compare(left: Input<'_>, right: Input<'_>) -> Result<Report, SideError> {
    compare_with(left, right, &Corrections::default())
}

/// Compares two documents with the reader's corrections (see [`Corrections`]).
pub fn compare_with(
    left: Input<'_>,
    right: Input<'_>,
    corrections: &Corrections,
) -> Result<Report, SideError> {
    let left = read(left).map_err(|error| SideError {
        side: Side::Left,
        error,
    })?;
    let right = read(right).map_err(|error| SideError {
        side: Side::Right,
        error,
    })?;
    Ok(compare_documents_with(left, right, corrections))
}

/// Compares two documents already read with [`read`].
pub fn compare_documents(left: Document, right: Document) -> Report {
    compare_documents_with(left, right, &Corrections::default())
}

/// Compares two documents already read with [`read`], with the reader's
/// corrections.
pub fn compare_documents_with(
    mut left: Document,
    mut right: Document,
    corrections: &Corrections,
) -> Report {
    let left_sentences = normalize::sentences(&left.text, &left.paragraphs);
    let right_sentences = normalize::sentences(&right.text, &right.paragraphs);
    let mut entities = entities::extract(
        &entities::SideText {
            side: Side::Left,
            text: &left.text,
            sentences: &left_sentences,
        },
        &entities::SideText {
            side: Side::Right,
            text: &right.text,
            sentences: &right_sentences,
        },
    );
    correct::entities(&mut entities, corrections);
    let mut links = align::align(
        &align::AlignSide {
            text: &left.text,
            paragraphs: &left.paragraphs,
            sentences: &left_sentences,
        },
        &align::AlignSide {
            text: &right.text,
            paragraphs: &right.paragraphs,
            sentences: &right_sentences,
        },
        &entities,
    );
    drop((left_sentences, right_sentences));
    correct::links(
        &mut links,
        corrections,
        [left.paragraphs.len(), right.paragraphs.len()],
    );
    let (divergences, overview) = diverge::diverge(
        &mut left,
        &mut right,
        &mut links,
        &mut entities,
        corrections,
    );
    Report {
        version: REPORT_VERSION,
        left,
        right,
        links,
        entities,
        divergences,
        overview,
        corrections: corrections.clone(),
    }
}
