//! On-device translation for Diptych: a paragraph of Latvian or Russian into
//! English, English into either, and Latvian ↔ Russian through English, with
//! each translated word tied to the original words it came from, so that the
//! original is always one hover away.
//!
//! The models are Mozilla's Firefox Translations models (MPL-2.0), three
//! files a direction (the Marian model, its SentencePiece vocabulary and a
//! lexical shortlist), listed with their hashes in an `index.json`
//! ([`manifest`]). They run on the `fxtranslate` crate, a Rust port of the
//! Bergamot/Marian inference engine: its weights, kernels and vocabulary, in
//! the order of steps of `decoder.rs` (which keeps per sentence what its own
//! aligned decoder recomputes per word). All of it sits behind [`Direction`],
//! so that another engine reading the same files (the official Bergamot wasm)
//! could replace it without the rest of Diptych noticing.
//!
//! Text never leaves the process: only model files are read.

mod decoder;
pub mod manifest;
mod offsets;

use std::ops::Range;

use fxtranslate::segment::Segmenter;

pub use manifest::{Manifest, Role};

/// The languages Diptych translates between (English directly, Latvian and
/// Russian into and out of it).
pub const LANGUAGES: [&str; 3] = ["en", "lv", "ru"];

/// The matrix kernel the engine runs on here: WebAssembly SIMD in the
/// browser builds (`+simd128`, see `.cargo/config.toml`), else scalar.
pub fn kernel() -> &'static str {
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        fxtranslate::gemm::backend()
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    {
        "scalar"
    }
}

/// Why translation could not be done, in words for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The models index could not be used.
    Manifest(String),
    /// A file is not the one the index lists.
    Integrity(String),
    /// A model file could not be read as a model.
    Model(String),
    /// No model (or pair of models through English) for the direction.
    NoRoute { from: String, to: String },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Manifest(why) => write!(f, "The translation models index cannot be used: {why}."),
            Error::Integrity(why) => write!(
                f,
                "A translation model file is damaged or not the one expected: {why}. Download the models again."
            ),
            Error::Model(why) => write!(f, "A translation model could not be loaded: {why}."),
            Error::NoRoute { from, to } => write!(
                f,
                "No translation model from {from} to {to} is installed (nor through English)."
            ),
        }
    }
}

impl std::error::Error for Error {}

/// The files of one direction, as bytes (read from disk or fetched and checked).
pub struct Files<'a> {
    /// The Marian model.
    pub model: &'a [u8],
    /// The SentencePiece vocabulary.
    pub vocab: &'a [u8],
    /// The lexical shortlist, if the direction has one.
    pub shortlist: Option<&'a [u8]>,
}

/// One translation direction, loaded.
pub struct Direction {
    /// Source language code.
    pub from: String,
    /// Target language code.
    pub to: String,
    model: decoder::Model,
}

/// A translated text and how it maps onto its original.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    /// The translation.
    pub text: String,
    /// Each sentence: its byte range in the original and in the translation.
    pub sentences: Vec<(Range<usize>, Range<usize>)>,
    /// Each translated word and the original words it came from (byte ranges;
    /// empty where the alignment says nothing).
    pub words: Vec<(Range<usize>, Vec<Range<usize>>)>,
    /// Output tokens the decoder produced (end-of-sentence marks included),
    /// for speed figures.
    pub tokens: usize,
}

/// Tensors every model of the architecture has; checked before the engine
/// reads them (it stops at a missing one instead of saying so).
/// Returns how many words the embedding has rows for.
fn check_tensors(parsed: &fxtranslate::model::Model) -> Result<usize, Error> {
    let yml = parsed
        .get("special:model.yml")
        .map(|it| String::from_utf8_lossy(&it.data).into_owned())
        .ok_or_else(|| Error::Model("the model states no configuration".into()))?;
    let number = |key: &str, default: usize| {
        yml.lines()
            .find_map(|l| {
                l.trim()
                    .strip_prefix(key)?
                    .trim()
                    .strip_prefix(':')?
                    .trim()
                    .parse()
                    .ok()
            })
            .unwrap_or(default)
    };
    let (enc, dec) = (number("enc-depth", 6), number("dec-depth", 4));
    let mut needed: Vec<String> = vec!["decoder_ff_logit_out_b".into()];
    for l in 1..=enc {
        for t in [
            "self_Wq", "self_Wk", "self_Wv", "self_Wo", "ffn_W1", "ffn_W2", "self_bq", "self_bk",
            "self_bv", "self_bo", "ffn_b1", "ffn_b2",
        ] {
            needed.push(format!("encoder_l{l}_{t}"));
        }
        for t in ["self_Wo_ln_scale", "ffn_ffn_ln_scale"] {
            needed.push(format!("encoder_l{l}_{t}"));
        }
    }
    for l in 1..=dec {
        for t in [
            "rnn_W",
            "rnn_Wf",
            "rnn_ffn_ln_scale",
            "context_Wq",
            "context_Wk",
            "context_Wv",
            "context_Wo",
            "context_Wo_ln_scale",
            "ffn_W1",
            "ffn_W2",
            "ffn_ffn_ln_scale",
            "rnn_bf",
            "context_bq",
            "context_bk",
            "context_bv",
            "context_bo",
            "ffn_b1",
            "ffn_b2",
        ] {
            needed.push(format!("decoder_l{l}_{t}"));
        }
    }
    let Some(wemb) = parsed.get("Wemb").or_else(|| parsed.get("decoder_Wemb")) else {
        return Err(Error::Model("the model has no embeddings".into()));
    };
    if parsed.get("none_QuantMultA").is_none()
        && parsed.get("decoder_Wemb_QuantMultA").is_none()
        && parsed
            .items
            .iter()
            .any(|it| it.name.ends_with("_QuantMultA"))
    {
        return Err(Error::Model("the model lacks its output multiplier".into()));
    }
    // An int8 model scales each matrix's input by its own multiplier.
    let int8 = parsed
        .items
        .iter()
        .any(|it| it.name.ends_with("_QuantMultA"));
    let multipliers: Vec<String> = needed
        .iter()
        .filter(|n| int8 && n.rsplit('_').next().is_some_and(|t| t.starts_with('W')))
        .map(|n| format!("{n}_QuantMultA"))
        .collect();
    if let Some(missing) = needed
        .iter()
        .chain(&multipliers)
        .find(|n| parsed.get(n).is_none())
    {
        return Err(Error::Model(format!("the model has no tensor {missing}")));
    }
    Ok(wemb
        .shape
        .first()
        .and_then(|&rows| usize::try_from(rows).ok())
        .unwrap_or(0))
}

/// A shortlist's header must agree with its length, and the words it lists
/// must be the model's (another model's shortlist could name words past its
/// embedding), before the engine reads it.
fn check_shortlist(bytes: &[u8], rows: usize) -> Result<(), Error> {
    let u64_at = |i: usize| {
        bytes
            .get(i * 8..i * 8 + 8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("eight bytes")))
    };
    let (Some(offsets), Some(lists)) = (u64_at(4), u64_at(5)) else {
        return Err(Error::Model("the shortlist is too short".into()));
    };
    let need = offsets
        .checked_add(6)
        .and_then(|n| n.checked_mul(8))
        .and_then(|n| lists.checked_mul(4).and_then(|l| n.checked_add(l)));
    if need.is_none_or(|n| n > bytes.len() as u64) {
        return Err(Error::Model(
            "the shortlist is shorter than its header says".into(),
        ));
    }
    // Each source word's list starts where the last one ended, within the
    // lists.
    let starts = bytes[6 * 8..(offsets as usize + 6) * 8]
        .chunks_exact(8)
        .map(|b| u64::from_le_bytes(b.try_into().expect("eight bytes")));
    let mut previous = 0;
    for start in starts {
        if start < previous || start > lists {
            return Err(Error::Model(
                "the shortlist's index points outside its lists".into(),
            ));
        }
        previous = start;
    }
    // The words always allowed (the first so many), and each listed word.
    let lists_at = (offsets as usize + 6) * 8;
    let listed = bytes[lists_at..lists_at + lists as usize * 4]
        .chunks_exact(4)
        .map(|b| u64::from(u32::from_le_bytes(b.try_into().expect("four bytes"))) + 1);
    let words = u64_at(2).into_iter().chain(listed).max().unwrap_or(0);
    let rows = rows as u64;
    if words > rows {
        return Err(Error::Model(format!(
            "the shortlist is not this model's (it names {words} words, the model has {rows})"
        )));
    }
    Ok(())
}

impl Direction {
    /// Loads a direction from its files (already checked against the index).
    pub fn load(from: &str, to: &str, files: Files<'_>) -> Result<Direction, Error> {
        // Parsed once: checked, then handed to the weights.
        let parsed = fxtranslate::model::Model::from_bytes(files.model)
            .map_err(|e| Error::Model(e.to_string()))?;
        let rows = check_tensors(&parsed)?;
        if files.vocab.len() < 16 {
            return Err(Error::Model("the vocabulary is empty".into()));
        }
        // A vocabulary of another model would index past the embedding.
        let vocab = fxtranslate::spm::SpmVocab::from_bytes(files.vocab);
        let pieces = vocab.len();
        if pieces == 0 || pieces > rows {
            return Err(Error::Model(format!(
                "the vocabulary ({pieces} words) is not this model's ({rows} embedding rows)"
            )));
        }
        let weights = fxtranslate::weights::Weights::new(parsed).map_err(Error::Model)?;
        let shortlist = match files.shortlist {
            Some(bytes) => {
                check_shortlist(bytes, rows)?;
                Some(fxtranslate::shortlist::Shortlist::from_bytes(bytes))
            }
            None => None,
        };
        Ok(Direction {
            from: from.to_string(),
            to: to.to_string(),
            model: decoder::Model::new(weights, vocab, shortlist),
        })
    }

    /// Translates a text sentence by sentence, with word links.
    pub fn translate(&self, text: &str) -> Translation {
        let spans = segmenter()
            .sentences(text)
            .into_iter()
            .map(|s| s.start..s.end)
            .collect();
        self.translate_spans(text, spans)
    }

    /// Translates the given stretches of a text (sentences, in order), each
    /// as one unit, keeping what stands between them.
    fn translate_spans(&self, text: &str, spans: Vec<Range<usize>>) -> Translation {
        let mut out = Translation {
            text: String::new(),
            sentences: Vec::new(),
            words: Vec::new(),
            tokens: 0,
        };
        let mut last = 0;
        for span in &spans {
            // Keep what stood between the sentences (a space, a line break).
            out.text.push_str(&text[last..span.start]);
            last = span.end;
            let sentence = &text[span.start..span.end];
            let aligned = self.model.translate_aligned(sentence);
            out.tokens += aligned.target_tokens.len();
            let span = span.clone();
            let base = out.text.len();
            // A sentence the model gives back as nothing stands as written
            // (and has no word links): a reader is not to take it for a
            // sentence the text lacks.
            let dropped = aligned.target_text.trim().is_empty() && !sentence.trim().is_empty();
            out.text.push_str(if dropped {
                sentence
            } else {
                &aligned.target_text
            });
            out.sentences
                .push((span.start..span.end, base..out.text.len()));
            if !dropped {
                words(&aligned, sentence, span.start, base, &mut out.words);
            }
        }
        out.text.push_str(&text[last..]);
        out
    }
}

fn segmenter() -> impl Segmenter {
    fxtranslate::segment::IcuSegmenter::new()
}

/// The word links of one aligned sentence: each target word, and the source
/// words its tokens attend to most (the soft alignment's best source token,
/// end-of-sentence left out).
fn words(
    aligned: &fxtranslate::engine::Aligned,
    sentence: &str,
    source_base: usize,
    target_base: usize,
    out: &mut Vec<(Range<usize>, Vec<Range<usize>>)>,
) {
    let source_map = offsets::normalized_to_original(sentence, &aligned.source_normalized);
    let target_map = offsets::utf16_to_bytes(&aligned.target_text);
    let target = &aligned.target_text;
    let sources = aligned.source_tokens.len().saturating_sub(1); // without EOS
    let mut by_word: Vec<(Range<usize>, Vec<Range<usize>>)> = Vec::new();
    for (t, token) in aligned.target_tokens.iter().enumerate() {
        let (Some(&a), Some(&b)) = (target_map.get(token.begin), target_map.get(token.end)) else {
            continue;
        };
        if a >= b || target[a..b].trim().is_empty() {
            continue;
        }
        // A token's span takes the space before its word ("▁Gazeta").
        let a = b - target[a..b].trim_start().len();
        let b = a + target[a..b].trim_end().len();
        let (wa, wb) = offsets::whole_word(target, a, b);
        let best = aligned
            .alignments
            .get(t)
            .and_then(|row| {
                row.iter()
                    .take(sources)
                    .enumerate()
                    .max_by(|x, y| x.1.total_cmp(y.1))
            })
            .map(|(s, _)| s);
        let source = best.and_then(|s| {
            let token = &aligned.source_tokens[s];
            let (x, y) = source_map.span(token.begin, token.end)?;
            let (x, y) = offsets::whole_word(sentence, x, y);
            (x < y).then_some(source_base + x..source_base + y)
        });
        let range = target_base + wa..target_base + wb;
        match by_word.last_mut() {
            Some((r, list)) if *r == range => {
                if let Some(s) = source.filter(|s| !list.contains(s)) {
                    list.push(s);
                }
            }
            _ => by_word.push((range, source.into_iter().collect())),
        }
    }
    out.extend(by_word);
}

/// The loaded directions, and how to go from one language to another.
#[derive(Default)]
pub struct Translator {
    directions: Vec<Direction>,
}

impl Translator {
    /// No directions yet.
    pub fn new() -> Translator {
        Translator::default()
    }

    /// Adds a loaded direction.
    pub fn add(&mut self, direction: Direction) {
        self.directions
            .retain(|d| !(d.from == direction.from && d.to == direction.to));
        self.directions.push(direction);
    }

    /// Loads what a translation from `from` to `to` needs and is not loaded
    /// yet: the direct model, or the two through English, as the index lists
    /// them. `read` gets each file's bytes (from disk, from the network, from
    /// a cache); each is checked against its size and SHA-256 before use.
    pub fn load_route(
        &mut self,
        manifest: &Manifest,
        from: &str,
        to: &str,
        mut read: impl FnMut(&manifest::File) -> Result<Vec<u8>, String>,
    ) -> Result<(), Error> {
        let models = Translator::plan(manifest, from, to)?;
        for m in models {
            if self
                .directions
                .iter()
                .any(|d| d.from == m.from && d.to == m.to)
            {
                continue;
            }
            let mut bytes = |role: Role| -> Result<Option<Vec<u8>>, Error> {
                let Some(file) = m.file(role) else {
                    return Ok(None);
                };
                let data = read(file).map_err(|e| Error::Model(format!("{}: {e}", file.path)))?;
                file.verify(&data)?;
                Ok(Some(data))
            };
            let missing =
                |role: &str| Error::Manifest(format!("the {} model lists no {role}", m.pair));
            let model = bytes(Role::Model)?.ok_or_else(|| missing("model"))?;
            let vocab = bytes(Role::Vocab)?.ok_or_else(|| missing("vocabulary"))?;
            let shortlist = bytes(Role::Shortlist)?;
            self.add(Direction::load(
                &m.from,
                &m.to,
                Files {
                    model: &model,
                    vocab: &vocab,
                    shortlist: shortlist.as_deref(),
                },
            )?);
        }
        Ok(())
    }

    /// The index's models a translation from `from` to `to` takes.
    pub fn plan<'m>(
        manifest: &'m Manifest,
        from: &str,
        to: &str,
    ) -> Result<Vec<&'m manifest::Model>, Error> {
        via_english(from, to, |a, b| manifest.model(a, b))
    }

    /// The directions a translation from `from` to `to` takes: one, or two
    /// through English.
    pub fn route(&self, from: &str, to: &str) -> Result<Vec<&Direction>, Error> {
        via_english(from, to, |a, b| {
            self.directions.iter().find(|d| d.from == a && d.to == b)
        })
    }

    /// Translates `text` from one language to another; through English, the
    /// word links go from the final words back to the original's.
    pub fn translate(&self, text: &str, from: &str, to: &str) -> Result<Translation, Error> {
        let route = self.route(from, to)?;
        let mut result = route[0].translate(text);
        for step in &route[1..] {
            // Sentence by sentence as the first step gave them, so that each
            // final sentence has one original.
            let spans = result.sentences.iter().map(|(_, t)| t.clone()).collect();
            let next = step.translate_spans(&result.text, spans);
            result = compose(&result, next);
        }
        Ok(result)
    }
}

/// The one routing rule, for the index's models and for loaded directions
/// alike: the direct direction, else into English and out of it.
fn via_english<T>(
    from: &str,
    to: &str,
    find: impl Fn(&str, &str) -> Option<T>,
) -> Result<Vec<T>, Error> {
    if let Some(direct) = find(from, to) {
        return Ok(vec![direct]);
    }
    if from != "en" && to != "en" {
        if let (Some(a), Some(b)) = (find(from, "en"), find("en", to)) {
            return Ok(vec![a, b]);
        }
    }
    Err(Error::NoRoute {
        from: from.to_string(),
        to: to.to_string(),
    })
}

/// A translation of a translation, mapped back to the first original.
fn compose(first: &Translation, second: Translation) -> Translation {
    let back = |r: &Range<usize>| -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = first
            .words
            .iter()
            .filter(|(w, _)| w.start < r.end && r.start < w.end)
            .flat_map(|(_, src)| src.iter().cloned())
            .collect();
        out.sort_by_key(|r| r.start);
        out.dedup();
        out
    };
    let sentences = second
        .sentences
        .iter()
        .map(|(mid, fin)| {
            let originals: Vec<&Range<usize>> = first
                .sentences
                .iter()
                .filter(|(_, m)| m.start < mid.end && mid.start < m.end)
                .map(|(o, _)| o)
                .collect();
            let start = originals.iter().map(|r| r.start).min().unwrap_or(0);
            let end = originals.iter().map(|r| r.end).max().unwrap_or(0);
            (start..end, fin.clone())
        })
        .collect();
    let words = second
        .words
        .iter()
        .map(|(w, mids)| (w.clone(), mids.iter().flat_map(&back).collect()))
        .collect();
    Translation {
        text: second.text,
        sentences,
        words,
        tokens: first.tokens + second.tokens,
    }
}
