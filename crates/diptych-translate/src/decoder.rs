//! One sentence through a Firefox Translations model, with its soft word
//! alignment: the transformer encoder, the SSRU decoder with cross-attention,
//! greedy search over the lexical shortlist.
//!
//! The weights, the int8 matrix kernels, the layer operations, the
//! SentencePiece vocabulary and the shortlist are fxtranslate's (its public
//! `weights`, `ops`, `gemm`, `spm` and `shortlist` modules); only the order of
//! the steps is written here. fxtranslate's own aligned decoder
//! (`Engine::translate_aligned`) projects the encoder output into the
//! cross-attention keys and values again at every output token, and gathers
//! and prepares the shortlist's output rows again at every token, on the
//! scalar kernel: measured in the Chromium worker on tiny-sized models, 4.5 ms
//! an output token. Here both are done once a sentence (the keys and values
//! once for each decoder layer, the shortlist rows once, packed for the SIMD
//! kernel in the browser). The arithmetic is the same, so the words and the
//! alignment are the same: the tests compare the two on every sentence of a
//! synthetic model.
//!
//! Layer names and the order of operations are those of Marian's
//! `transformer` model type as the models are published (post-norm layers,
//! sinusoidal positions, tied output embedding, SSRU decoder).

use std::f32::consts::FRAC_PI_2;

use fxtranslate::engine::{Aligned, Token};
use fxtranslate::ops;
use fxtranslate::shortlist::Shortlist;
use fxtranslate::spm::SpmVocab;
use fxtranslate::weights::{Config, Weights};

use crate::offsets;

/// Layer normalisation's epsilon in these models.
const EPS: f32 = 1e-6;

/// A loaded model: weights, vocabulary (shared by both sides in every model
/// we use) and shortlist.
pub struct Model {
    weights: Weights,
    vocab: SpmVocab,
    shortlist: Option<Shortlist>,
    config: Config,
    /// Per embedding column: the frequency and phase of its position signal.
    position: Vec<(f32, f32)>,
    /// The output layer's bias, for every word.
    output_bias: Vec<f32>,
}

/// The words one sentence may be translated into, and how they are scored.
enum Output {
    /// Every word of the vocabulary (a model without a shortlist).
    All,
    /// The shortlist's words, scored among all (a float model).
    Among(Vec<u32>),
    /// The shortlist's words, scored on their own rows of the int8 output
    /// layer.
    Int8(Shortlisted),
}

/// The output layer restricted to one sentence's shortlist: the candidate
/// words' rows and their bias, prepared once for all of its tokens.
struct Shortlisted {
    words: Vec<u32>,
    rows: Vec<i8>,
    bias: Vec<f32>,
    /// The rows packed for the browser's SIMD kernel.
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    packed: Option<fxtranslate::gemm::PreparedB>,
    unquant: f32,
    quant: f32,
}

impl Model {
    pub fn new(weights: Weights, vocab: SpmVocab, shortlist: Option<Shortlist>) -> Model {
        let config = weights.config();
        let half = config.dim_emb / 2;
        let position = (0..config.dim_emb)
            .map(|c| {
                let frequency = 1e-4f32.powf((c % half) as f32 / (half as f32 - 1.0));
                (frequency, (c / half) as f32 * FRAC_PI_2)
            })
            .collect();
        let output_bias = weights
            .f32("decoder_ff_logit_out_b")
            .unwrap_or_else(|| vec![0.0; weights.output_vocab()]);
        Model {
            weights,
            vocab,
            shortlist,
            config,
            position,
            output_bias,
        }
    }

    /// Translates one sentence, greedily, keeping for each output token where
    /// the last decoder layer's first attention head looked in the source.
    pub fn translate_aligned(&self, sentence: &str) -> Aligned {
        let (source_normalized, pieces) = self.vocab.encode_with_offsets(sentence);
        let eos = self.vocab.eos_id();
        let mut source: Vec<u32> = pieces.iter().map(|(id, _)| *id).collect();
        source.push(eos);
        let seq = source.len();

        let context = self.encode(&source);
        // Cross-attention keys and values: the same at every output token.
        let memory: Vec<(Vec<f32>, Vec<f32>)> = (1..=self.config.dec_depth)
            .map(|layer| {
                let p = format!("decoder_l{layer}_context");
                (
                    self.affine(&format!("{p}_Wk"), &context, seq, Some(&format!("{p}_bk"))),
                    self.affine(&format!("{p}_Wv"), &context, seq, Some(&format!("{p}_bv"))),
                )
            })
            .collect();
        let output = self.output_for(&source);

        let d = self.config.dim_emb;
        let mut cells = vec![vec![0.0f32; d]; self.config.dec_depth];
        let longest = ((2.0 * seq as f32).ceil() as usize + 4).min(256);
        let mut words = Vec::new();
        let mut alignments = Vec::new();
        let mut previous = eos;
        for step in 0..longest {
            let mut row = vec![0.0f32; seq];
            let top = self.decode_step(previous, step, &memory, seq, &mut cells, &mut row);
            let next = self.best_word(&top, &output);
            alignments.push(row);
            words.push(next);
            if next == eos {
                break;
            }
            previous = next;
        }

        let (target_text, spans) = self.vocab.decode_with_offsets(&words);
        let source_units = offsets::bytes_to_utf16(&source_normalized);
        let target_units = offsets::bytes_to_utf16(&target_text);
        // (The vocabulary's spans lie within its texts; clamped all the same.)
        let at = |units: &[usize], byte: usize| units[byte.min(units.len() - 1)];
        let end = at(&source_units, source_normalized.len());
        let source_tokens = pieces
            .iter()
            .map(|(id, r)| Token {
                id: *id,
                begin: at(&source_units, r.start),
                end: at(&source_units, r.end),
            })
            .chain([Token {
                id: eos,
                begin: end,
                end,
            }])
            .collect();
        let target_tokens = words
            .iter()
            .zip(&spans)
            .map(|(&id, r)| Token {
                id,
                begin: at(&target_units, r.start),
                end: at(&target_units, r.end),
            })
            .collect();
        Aligned {
            target_text,
            source_tokens,
            target_tokens,
            alignments,
            source_normalized,
        }
    }

    fn affine(&self, name: &str, x: &[f32], rows: usize, bias: Option<&str>) -> Vec<f32> {
        self.weights.affine(name, x, rows, bias)
    }

    /// Token embeddings scaled by √d plus their position signal. The decoder's
    /// first position has no previous word: its embedding is zero.
    fn embed(&self, ids: &[u32], start: usize, target: bool) -> Vec<f32> {
        let d = self.config.dim_emb;
        let scale = (d as f32).sqrt();
        let mut out = vec![0.0f32; ids.len() * d];
        for (t, (&id, row)) in ids.iter().zip(out.chunks_mut(d)).enumerate() {
            let at = start + t;
            match (target, at) {
                (true, 0) => {}
                (true, _) => self.weights.trg_embed_row_into(id, row),
                (false, _) => self.weights.src_embed_row_into(id, row),
            }
            for (v, &(frequency, phase)) in row.iter_mut().zip(&self.position) {
                *v = scale * *v + (at as f32 * frequency + phase).sin();
            }
        }
        out
    }

    fn encode(&self, source: &[u32]) -> Vec<f32> {
        let seq = source.len();
        let mut x = self.embed(source, 0, false);
        for layer in 1..=self.config.enc_depth {
            let p = format!("encoder_l{layer}");
            let q = self.affine(
                &format!("{p}_self_Wq"),
                &x,
                seq,
                Some(&format!("{p}_self_bq")),
            );
            let k = self.affine(
                &format!("{p}_self_Wk"),
                &x,
                seq,
                Some(&format!("{p}_self_bk")),
            );
            let v = self.affine(
                &format!("{p}_self_Wv"),
                &x,
                seq,
                Some(&format!("{p}_self_bv")),
            );
            let attended = self.attend(&format!("{p}_self"), &q, &k, &v, seq, None);
            let x_self = self.add_norm(&attended, &x, seq, &format!("{p}_self_Wo"));
            x = self.feed_forward(&format!("{p}_ffn"), &x_self, seq);
        }
        x
    }

    /// One output token: the SSRU layer on the previous word, attention over
    /// the source, the feed-forward layer, for each decoder layer.
    fn decode_step(
        &self,
        previous: u32,
        step: usize,
        memory: &[(Vec<f32>, Vec<f32>)],
        seq: usize,
        cells: &mut [Vec<f32>],
        alignment: &mut [f32],
    ) -> Vec<f32> {
        let mut x = self.embed(&[previous], step, true);
        let layers = self.config.dec_depth;
        for (layer, ((keys, values), cell)) in (1..=layers).zip(memory.iter().zip(cells)) {
            let p = format!("decoder_l{layer}");
            let candidate = self.affine(&format!("{p}_rnn_W"), &x, 1, None);
            let forget = self.affine(&format!("{p}_rnn_Wf"), &x, 1, Some(&format!("{p}_rnn_bf")));
            *cell = ops::highway(cell, &candidate, &forget);
            let x_rnn = self.add_norm(&ops::relu(cell), &x, 1, &format!("{p}_rnn_ffn"));
            let q = self.affine(
                &format!("{p}_context_Wq"),
                &x_rnn,
                1,
                Some(&format!("{p}_context_bq")),
            );
            let keep = (layer == layers).then_some(&mut *alignment);
            let attended = self.attend(&format!("{p}_context"), &q, keys, values, seq, keep);
            let x_context = self.add_norm(&attended, &x_rnn, 1, &format!("{p}_context_Wo"));
            x = self.feed_forward(&format!("{p}_ffn"), &x_context, 1);
        }
        x
    }

    /// Scaled dot-product attention of each query row over all keys, head by
    /// head, then the output projection. `alignment` receives the first head's
    /// weights for the first query.
    fn attend(
        &self,
        prefix: &str,
        q: &[f32],
        k: &[f32],
        v: &[f32],
        keys: usize,
        mut alignment: Option<&mut [f32]>,
    ) -> Vec<f32> {
        let d = self.config.dim_emb;
        let heads = self.config.heads;
        let width = d / heads;
        let scale = 1.0 / (width as f32).sqrt();
        let queries = q.len() / d;
        let mut joined = vec![0.0f32; q.len()];
        let mut weights = vec![0.0f32; keys];
        for head in 0..heads {
            let cols = head * width..(head + 1) * width;
            for i in 0..queries {
                let qh = &q[i * d..(i + 1) * d][cols.clone()];
                for (j, w) in weights.iter_mut().enumerate() {
                    let kh = &k[j * d..(j + 1) * d][cols.clone()];
                    let dot: f32 = qh.iter().zip(kh).map(|(&a, &b)| a * b).sum();
                    *w = dot * scale;
                }
                ops::softmax_in_place(&mut weights, 1, keys);
                if head == 0 && i == 0 {
                    if let Some(row) = alignment.take() {
                        row.copy_from_slice(&weights);
                    }
                }
                let out = &mut joined[i * d..(i + 1) * d][cols.clone()];
                for (j, &w) in weights.iter().enumerate() {
                    let vh = &v[j * d..(j + 1) * d][cols.clone()];
                    for (o, &x) in out.iter_mut().zip(vh) {
                        *o += w * x;
                    }
                }
            }
        }
        self.affine(
            &format!("{prefix}_Wo"),
            &joined,
            queries,
            Some(&format!("{prefix}_bo")),
        )
    }

    /// Layer normalisation of a sublayer's output added to its input.
    fn add_norm(&self, branch: &[f32], input: &[f32], rows: usize, name: &str) -> Vec<f32> {
        let sum: Vec<f32> = branch.iter().zip(input).map(|(a, b)| a + b).collect();
        // Every layer of the architecture has its norm; a model without one was
        // refused at load (see `check_tensors`).
        let (gamma, beta) = self.weights.layer_norm(name).unwrap_or((&[1.0], None));
        ops::layer_normalization(&sum, gamma, beta, rows, self.config.dim_emb, EPS)
    }

    fn feed_forward(&self, prefix: &str, x: &[f32], rows: usize) -> Vec<f32> {
        let hidden = self.affine(
            &format!("{prefix}_W1"),
            x,
            rows,
            Some(&format!("{prefix}_b1")),
        );
        let out = self.affine(
            &format!("{prefix}_W2"),
            &ops::relu(&hidden),
            rows,
            Some(&format!("{prefix}_b2")),
        );
        self.add_norm(&out, x, rows, &format!("{prefix}_ffn"))
    }

    /// The output layer for one sentence: its shortlist's rows of the int8
    /// embedding, with their bias prepared.
    fn output_for(&self, source: &[u32]) -> Output {
        let Some(shortlist) = &self.shortlist else {
            return Output::All;
        };
        // (The shortlist pads its words to a multiple of eight with the next
        // ids, which a small model may not have.)
        let vocab = self.weights.output_vocab() as u32;
        let mut words = shortlist.candidates(source, true);
        words.retain(|&w| w < vocab);
        let Some(quant_weights) = self.weights.output_wemb_qmult() else {
            return Output::Among(words);
        };
        let d = self.config.dim_emb;
        let quant = self.weights.output_qa();
        let unquant = 1.0 / (quant * quant_weights);
        let mut rows = vec![0i8; words.len() * d];
        for (&word, row) in words.iter().zip(rows.chunks_mut(d)) {
            self.weights.output_wemb_int8_row(word, row);
        }
        let raw: Vec<f32> = words
            .iter()
            .map(|&w| self.output_bias[w as usize])
            .collect();
        let bias = ops::prepare_bias(&rows, words.len(), d, &raw, unquant);
        Output::Int8(Shortlisted {
            #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
            packed: fxtranslate::gemm::PreparedB::new(&rows, words.len(), d),
            words,
            rows,
            bias,
            unquant,
            quant,
        })
    }

    /// The next word: the best-scoring candidate (the first of equals).
    fn best_word(&self, top: &[f32], output: &Output) -> u32 {
        let out = match output {
            Output::All => return first_max(&self.weights.full_logits(top)) as u32,
            Output::Among(words) => {
                let scores = self.weights.full_logits(top);
                let among: Vec<f32> = words.iter().map(|&w| scores[w as usize]).collect();
                return words[first_max(&among)];
            }
            Output::Int8(out) => out,
        };
        let a = ops::prepare_a(top, out.quant);
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        if let Some(packed) = &out.packed {
            return out.words[first_max(&packed.matmul(&a, 1, out.unquant, &out.bias))];
        }
        let scores = ops::intgemm_affine(
            &a,
            1,
            self.config.dim_emb,
            &out.rows,
            out.words.len(),
            out.unquant,
            &out.bias,
        );
        out.words[first_max(&scores)]
    }
}

fn first_max(values: &[f32]) -> usize {
    let mut best = 0;
    for (i, &v) in values.iter().enumerate().skip(1) {
        if v > values[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use fxtranslate::engine::Engine;

    use super::*;

    /// The synthetic models `cargo xtask test` makes (tools/make_test_model.py).
    fn files(pair: &str) -> [Vec<u8>; 3] {
        let dir = std::env::var_os("DIPTYCH_TEST_MODELS").map_or_else(
            || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/test-models"),
            PathBuf::from,
        );
        let tag = pair.replace('-', "");
        let dir = dir.join(pair);
        let read = |name: String| {
            std::fs::read(dir.join(&name)).unwrap_or_else(|e| {
                panic!(
                    "{name} in {}: {e} (`cargo xtask test` makes the synthetic models)",
                    dir.display()
                )
            })
        };
        [
            read(format!("model.{tag}.intgemm.alphas.bin")),
            read(format!("vocab.{tag}.spm")),
            read(format!("lex.50.50.{tag}.s2t.bin")),
        ]
    }

    /// fxtranslate's own aligned decoder is the reference: the same model must
    /// give the same tokens, text, spans and alignment on every sentence.
    #[test]
    fn translates_exactly_as_the_engine_it_is_built_on() {
        let sentences = [
            "Saeima ceturtdien nobalsoja par budžetu.",
            "Rīgā notika sapulce, kurā piedalījās vairāk nekā 200 cilvēku.",
            "Kazahstānā trešdien turpinājās nemieri, un valdība izsludināja ārkārtas stāvokli.",
            "В Жанаозене в пятницу начались беспорядки.",
            "The government said on Wednesday that 164 people had died.",
            "",
            "A",
            "«Jaunā Vienotība» — 26 %; ODKB (КДЛО) 😀 x².",
        ];
        for pair in ["lv-en", "en-ru", "ru-en"] {
            let [model, vocab, lex] = files(pair);
            let engine = Engine::from_bytes(&model, &vocab, &vocab)
                .unwrap()
                .with_shortlist_bytes(&lex);
            let ours = Model::new(
                Weights::from_bytes(&model).unwrap(),
                SpmVocab::from_bytes(&vocab),
                Some(Shortlist::from_bytes(&lex)),
            );
            let mut tokens = 0;
            for sentence in sentences {
                let want = engine.translate_aligned(sentence);
                let got = ours.translate_aligned(sentence);
                assert_eq!(got.target_text, want.target_text, "{pair}: {sentence:?}");
                assert_eq!(
                    got.target_tokens, want.target_tokens,
                    "{pair}: {sentence:?}"
                );
                assert_eq!(
                    got.source_tokens, want.source_tokens,
                    "{pair}: {sentence:?}"
                );
                assert_eq!(got.source_normalized, want.source_normalized);
                assert_eq!(got.alignments, want.alignments, "{pair}: {sentence:?}");
                tokens += got.target_tokens.len();
            }
            assert!(tokens > sentences.len(), "{pair}: the model produced words");
        }
    }
}
