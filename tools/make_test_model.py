#!/usr/bin/env python3
"""Writes synthetic translation models for tests: the real file formats of
Firefox Translations' models, with random weights.

No registry we can reach ships real translation weights, so the tests of the
translation engine run on models made here. Each direction gets the three
files a real one has, under the names the real ones use:

- ``model.<pair>.intgemm.alphas.bin``: a Marian binary container with the
  tensor names, shapes and types of a transformer encoder with an SSRU
  decoder (the "tiny" architecture), int8 weights ("intgemm8") each with its
  quantisation multiplier appended, float32 biases and layer norms, the
  activation multipliers (``*_QuantMultA``) and ``special:model.yml``;
- ``vocab.<pair>.spm``: a SentencePiece model, trained here (PyPI package
  ``sentencepiece``) on the words of Diptych's own lexicon files;
- ``lex.50.50.<pair>.s2t.bin``: a lexical shortlist in Marian's binary layout.

The weights come from a seeded generator, so the files (and what the engine
makes of them: fluent-looking gibberish) are the same on every run. Beside
them goes ``index.json``, the manifest ``cargo xtask models`` writes for real
models, with each file's size and SHA-256.

Usage: make_test_model.py OUT_DIR [--pairs lv-en,ru-en,en-lv,en-ru] [--arch test|tiny]

The container layout was read from the fxtranslate crate's loader (MPL-2.0);
this writer is our own.
"""

import argparse
import hashlib
import json
import os
import random
import struct
import sys
import tempfile

INT8 = 0x101  # special:model.yml is stored as bytes
FLOAT32 = 0x404
INTGEMM8 = 0x4101


def container(items):
    """A Marian binary model: version 1, headers, names, shapes, no padding, data."""
    out = bytearray()
    out += struct.pack("<QQ", 1, len(items))
    for name, dtype, shape, data in items:
        out += struct.pack("<QQQQ", len(name) + 1, dtype, len(shape), len(data))
    for name, *_ in items:
        out += name.encode() + b"\0"
    for _, _, shape, _ in items:
        out += struct.pack("<%di" % len(shape), *shape)
    out += struct.pack("<Q", 0)
    for *_, data in items:
        out += data
    return bytes(out)


class Weights:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.items = []

    def int8(self, name, rows, cols, scale=0.35):
        """An int8 affine weight (logically [rows, cols], stored transposed)
        with its multiplier, and the activation multiplier beside it."""
        data = self.rng.randbytes(rows * cols)
        self.items.append((name, INTGEMM8, [rows, cols], data + struct.pack("<f", 127.0 / scale)))
        self.items.append((name + "_QuantMultA", FLOAT32, [1, 1], struct.pack("<f", 127.0 / 6.0)))

    def float(self, name, n, around=0.0, spread=0.05):
        values = [around + self.rng.uniform(-spread, spread) for _ in range(n)]
        self.items.append((name, FLOAT32, [1, n], struct.pack("<%df" % n, *values)))

    def norm(self, base, dim):
        self.float(base + "_ln_scale", dim, around=1.0, spread=0.1)
        self.float(base + "_ln_bias", dim)


def model(seed, vocab, dim, heads, ffn, enc_depth, dec_depth):
    w = Weights(seed)
    yml = "\n".join([
        "type: transformer",
        "dim-emb: %d" % dim,
        "dim-vocabs:\n  - %d\n  - %d" % (vocab, vocab),
        "enc-depth: %d" % enc_depth,
        "dec-depth: %d" % dec_depth,
        "transformer-heads: %d" % heads,
        "transformer-dim-ffn: %d" % ffn,
        "transformer-decoder-autoreg: rnn",
        "dec-cell: ssru",
        "tied-embeddings-all: true",
        "",
    ]).encode()
    w.items.append(("special:model.yml", INT8, [len(yml) + 1], yml + b"\0"))
    # The shared embedding, [vocab, dim] row-major, and the output projection's multiplier.
    rows = w.rng.randbytes(vocab * dim)
    w.items.append(("Wemb", INTGEMM8, [vocab, dim], rows + struct.pack("<f", 127.0 / 0.5)))
    w.items.append(("none_QuantMultA", FLOAT32, [1, 1], struct.pack("<f", 127.0 / 6.0)))
    w.float("decoder_ff_logit_out_b", vocab)
    def attention(p):
        for m in "qkvo":
            w.int8("%s_W%s" % (p, m), dim, dim)
            w.float("%s_b%s" % (p, m), dim)
        w.norm(p + "_Wo", dim)

    def feed_forward(p):
        w.int8(p + "_ffn_W1", dim, ffn)
        w.float(p + "_ffn_b1", ffn)
        w.int8(p + "_ffn_W2", ffn, dim)
        w.float(p + "_ffn_b2", dim)
        w.norm(p + "_ffn_ffn", dim)

    for layer in range(1, enc_depth + 1):
        p = "encoder_l%d" % layer
        attention(p + "_self")
        feed_forward(p)
    for layer in range(1, dec_depth + 1):
        p = "decoder_l%d" % layer
        w.int8(p + "_rnn_W", dim, dim)
        w.int8(p + "_rnn_Wf", dim, dim)
        w.float(p + "_rnn_bf", dim)
        w.norm(p + "_rnn_ffn", dim)
        attention(p + "_context")
        feed_forward(p)
    return container(w.items)


def shortlist(seed, vocab, first=16, best=8):
    """Marian's binary shortlist: header, per-source-word offsets, target ids
    (all below `vocab`, the vocabulary's size)."""
    rng = random.Random(seed)
    lists = []
    offsets = []
    for _ in range(vocab):
        offsets.append(len(lists))
        lists.extend(sorted(rng.sample(range(vocab), min(best, vocab))))
    offsets.append(len(lists))
    header = struct.pack("<QQQQQQ", 0xF11A48D5013417F5, 0, first, best, len(offsets), len(lists))
    return header + struct.pack("<%dQ" % len(offsets), *offsets) + struct.pack("<%dI" % len(lists), *lists)


def training_text():
    """The words of our own lexicon and names tables: Latvian, Russian, English."""
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "..", "crates", "diptych-core", "data")
    lines = []
    for name in sorted(os.listdir(data)):
        with open(os.path.join(data, name), encoding="utf-8") as f:
            lines += [l.replace("\t", " ").strip() for l in f if not l.startswith("#") and l.strip()]
    return lines


def vocabulary(path, size):
    import sentencepiece as spm  # PyPI: sentencepiece (Apache-2.0)

    with tempfile.TemporaryDirectory() as tmp:
        text = os.path.join(tmp, "text.txt")
        with open(text, "w", encoding="utf-8") as f:
            f.write("\n".join(training_text()) + "\n")
        spm.SentencePieceTrainer.train(
            input=text,
            model_prefix=os.path.join(tmp, "vocab"),
            vocab_size=size,
            hard_vocab_limit=False,
            model_type="unigram",
            character_coverage=1.0,
            num_threads=1,
            seed_sentencepiece_size=20000,
            shuffle_input_sentence=False,
            # Marian's ids: <unk>, </s> (end), and no <s>.
            unk_id=1,
            eos_id=0,
            bos_id=-1,
            pad_id=-1,
            minloglevel=2,
        )
        with open(os.path.join(tmp, "vocab.model"), "rb") as f:
            return f.read()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--pairs", default="lv-en,ru-en,en-lv,en-ru")
    ap.add_argument("--arch", choices=["test", "tiny"], default="test",
                    help="test: a small model for the tests; tiny: the size and shape of "
                         "Firefox Translations' tiny models (for benchmarks, ~17 MB each)")
    args = ap.parse_args()
    # (embedding dim, heads, ffn, encoder layers, decoder layers, embedding rows, vocabulary, shortlist)
    arch = {
        "test": (32, 4, 64, 2, 1, 512, 512, (16, 8)),
        "tiny": (256, 8, 1536, 6, 2, 32000, 8000, (50, 50)),
    }[args.arch]
    dim, heads, ffn, enc, dec, rows, vocab, (first, best) = arch
    os.makedirs(args.out, exist_ok=True)
    spm_bytes = vocabulary(args.out, vocab)
    import sentencepiece as spm  # the trained size may be below the one asked
    pieces = spm.SentencePieceProcessor(model_proto=spm_bytes).get_piece_size()
    entries = []
    for k, pair in enumerate(p for p in args.pairs.split(",") if p):
        src, trg = pair.split("-")
        tag = src + trg
        files = {
            "model": ("model.%s.intgemm.alphas.bin" % tag,
                      model(1000 + k, max(rows, pieces), dim, heads, ffn, enc, dec)),
            "vocab": ("vocab.%s.spm" % tag, spm_bytes),
            "shortlist": ("lex.50.50.%s.s2t.bin" % tag, shortlist(2000 + k, pieces, first, best)),
        }
        listed = []
        for role, (name, data) in files.items():
            os.makedirs(os.path.join(args.out, pair), exist_ok=True)
            with open(os.path.join(args.out, pair, name), "wb") as f:
                f.write(data)
            listed.append({
                "role": role,
                "path": "%s/%s" % (pair, name),
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            })
        entries.append({
            "pair": pair,
            "from": src,
            "to": trg,
            "architecture": "synthetic-" + args.arch,
            "version": "test",
            "license": "generated for tests by tools/make_test_model.py (random weights)",
            "files": listed,
        })
    with open(os.path.join(args.out, "index.json"), "w", encoding="utf-8") as f:
        json.dump({"format": 1, "models": entries}, f, indent=1)
    print("wrote %d synthetic models to %s" % (len(entries), args.out))


if __name__ == "__main__":
    sys.exit(main())
