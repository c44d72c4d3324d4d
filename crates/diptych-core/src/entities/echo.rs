//! A body one text names with capitals and the other says in small letters.
//!
//! Latvian capitalises a body's name ("Krīzes vadības padome", "Noguldījumu
//! garantiju fonds", "Speciālo uzdevumu bataljons"); a Russian newsroom often
//! writes the same body as a description ("правительственного кризисного
//! совета", "Гарантийного фонда", "батальона специального назначения"), and
//! the other way round ("Управления по борьбе с киберпреступностью" and
//! "kibernoziegumu apkarošanas pārvalde"). Recognition, which reads
//! capitals, finds the name on one side only.
//!
//! So each name of several words, neither a person's nor a place's, is
//! looked for in the other text: a run of words within one sentence, joined
//! by spaces and small words ("по", "un"), that translates into it word by
//! word by the same test as two recognised names ([`super::translated`]).
//! A run found becomes a mention of that name on the other side, and the
//! names recognised inside it give way to it.

use super::translated::{meets, name_words, named, one_name, senses, senses_of, skeleton_sense};
use super::{Identity, Raw, SideText};
use crate::EntityKind;

/// Small words a run may hold between its words, at most two: those that
/// join a body's name ("Управление по борьбе с ...", "образования и
/// науки", "Закона о ...", "Finanšu un kapitāla ..."), not those that place
/// a thing ("больницам в Курземе" are hospitals in a region).
const SMALL_WORDS: usize = 2;
const JOINING: &[&str] = &["по", "и", "с", "со", "о", "об", "un"];

/// Mentions found in small letters of names the other side recognised; and
/// the indexes of `raws` they replace.
pub(super) fn mentions(raws: &[Raw], sides: [&SideText<'_>; 2]) -> (Vec<Raw>, Vec<usize>) {
    let mut found = Vec::new();
    let mut replaced = Vec::new();
    for (a, b) in [(0, 1), (1, 0)] {
        let mut names = names(raws, sides[a]);
        // (A name the other text names with capitals too, in words that
        // translate into it, is found there already: "Рижский марафон" is
        // "Rīgas maratons", not the "maratonu Rīgā" of a sentence.)
        let named = named(raws, sides[b].side, sides[b].text);
        let others = SenseIndex::new(named.iter().map(|(_, w)| w.as_slice()));
        names.retain(|n| {
            !others
                .meeting(n.words.iter().flatten())
                .iter()
                .any(|&o| one_name(&n.words, &named[o].1))
        });
        if names.is_empty() {
            continue;
        }
        // Each name by the keys of its words' senses, so that a word of
        // the other text is tried only against names one of whose words
        // it may pair with.
        let index = SenseIndex::new(names.iter().map(|n| n.words.as_slice()));
        // The names a word may belong to, found without spelling out its
        // senses: most words of a long text belong to none.
        let candidates = |t: &crate::normalize::Token<'_>| -> Vec<usize> {
            let mut out: Vec<usize> = t
                .concepts()
                .iter()
                .filter_map(|c| index.concepts.get(c))
                .flatten()
                .copied()
                .collect();
            let skeleton = skeleton_sense(t);
            if let Some(list) = skeleton.as_deref().and_then(|k| index.keys.get(key(k))) {
                out.extend(list);
            }
            // (The town a word names is a capitalised word's: "Кекавского края".)
            if t.capital {
                if let Some(list) =
                    super::town_of(t).and_then(|p| index.keys.get(format!("p{p}").as_str()))
                {
                    out.extend(list);
                }
            }
            out.sort_unstable();
            out.dedup();
            out
        };
        let other = sides[b];
        let mut memo: rustc_hash::FxHashMap<std::rc::Rc<str>, Senses> = Default::default();
        for s in other.sentences {
            let body = &other.text[s.span.start..s.span.end];
            let toks = &s.tokens;
            // The sentence's content words, by token index, with their
            // senses and the names they may belong to (each spelling's
            // once: a long text repeats its words).
            let content: Vec<(usize, Senses)> = toks
                .iter()
                .enumerate()
                .filter(|(_, t)| !t.stopword && !t.number)
                .map(|(k, t)| {
                    let s = memo.entry(t.lower.clone()).or_insert_with(|| {
                        let candidates = candidates(t);
                        let senses = if candidates.is_empty() {
                            Vec::new()
                        } else {
                            senses_of(t, t.capital)
                        };
                        std::rc::Rc::new((senses, candidates))
                    });
                    (k, s.clone())
                })
                .collect();
            let mut c = 0;
            while c < content.len() {
                let mut best: Option<(usize, usize)> = None;
                let senses = content[c].1.clone();
                for &n in &senses.1 {
                    let name = &names[n];
                    let words = &name.words;
                    let lo = words.len().saturating_sub(1).max(2);
                    for m in (lo..=words.len()).rev() {
                        let Some(run) = content.get(c..c + m) else {
                            continue;
                        };
                        if best.is_some_and(|(_, bm)| bm >= m) || !joined(body, toks, run) {
                            continue;
                        }
                        let small = run.iter().any(|&(k, _)| !toks[k].capital);
                        if small && fits(name, run) {
                            best = Some((n, m));
                            break;
                        }
                    }
                }
                let Some((n, m)) = best else {
                    c += 1;
                    continue;
                };
                let (first, last) = (&toks[content[c].0], &toks[content[c + m - 1].0]);
                let start = s.span.start + first.start;
                let end = s.span.start + last.start + last.text.len();
                // A name of several words recognised here already pairs by
                // the usual test (or is another name, read in full).
                let covered = |r: &Raw| r.side == other.side && r.start < end && start < r.end;
                let named = raws.iter().any(|r| {
                    covered(r)
                        && (r.start == start || (r.start < start && end <= r.end))
                        && match &r.identity {
                            Identity::Name(keys, _) => keys.len() >= 2 || r.end == end,
                            Identity::Known(_) => true,
                            _ => r.end == end,
                        }
                });
                if !named {
                    replaced.extend(
                        raws.iter()
                            .enumerate()
                            .filter(|(_, r)| {
                                covered(r)
                                    && start <= r.start
                                    && r.end <= end
                                    && matches!(r.identity, Identity::Name(..))
                            })
                            .map(|(i, _)| i),
                    );
                    found.push(Raw {
                        side: other.side,
                        start,
                        end,
                        paragraph: s.paragraph,
                        identity: Identity::Name(
                            super::words_keys(&toks[content[c].0..=content[c + m - 1].0]),
                            names[n].kind,
                        ),
                        weak: false,
                        expands: None,
                        echoes: Some(names[n].span),
                    });
                }
                c += m;
            }
        }
    }
    (found, replaced)
}

/// A word's senses and the names (by index) one of whose words it may
/// pair with, shared by its every occurrence.
type Senses = std::rc::Rc<(Vec<String>, Vec<usize>)>;

/// Names (by index) under the keys of their words' senses: a concept by
/// its number, any other sense by [`key`]. Two senses that are one
/// ([`super::translated`]'s `same_sense`) share a key.
struct SenseIndex<'a> {
    concepts: rustc_hash::FxHashMap<u32, Vec<usize>>,
    keys: rustc_hash::FxHashMap<&'a str, Vec<usize>>,
}

impl<'a> SenseIndex<'a> {
    fn new(names: impl Iterator<Item = &'a [Vec<String>]>) -> Self {
        let mut index = SenseIndex {
            concepts: Default::default(),
            keys: Default::default(),
        };
        for (n, words) in names.enumerate() {
            for sense in words.iter().flatten() {
                let list = match concept(sense) {
                    Some(c) => index.concepts.entry(c).or_default(),
                    None => index.keys.entry(key(sense)).or_default(),
                };
                if list.last() != Some(&n) {
                    list.push(n);
                }
            }
        }
        index
    }

    /// The names a word of any of these senses may pair with, each once.
    fn meeting<'s>(&self, senses: impl Iterator<Item = &'s String>) -> Vec<usize> {
        let mut out: Vec<usize> = senses
            .filter_map(|sense| match concept(sense) {
                Some(c) => self.concepts.get(&c),
                None => self.keys.get(key(sense)),
            })
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The lexicon concept a sense names ("c" and its number), if it is one.
fn concept(sense: &str) -> Option<u32> {
    sense.strip_prefix('c')?.parse().ok()
}

/// What a sense is looked up by: a transliterated skeleton by its first
/// six letters (two spellings of a borrowed word meet past them:
/// [`super::translated`]'s `same_sense`), a concept or a place whole.
fn key(sense: &str) -> &str {
    match sense.char_indices().nth(6) {
        Some((at, _)) if sense.starts_with('k') => &sense[..at],
        _ => sense,
    }
}

/// A name to look for: its words with their senses, which of them is its
/// head noun, and what it was recognised as.
struct Name {
    words: Vec<Vec<String>>,
    head: usize,
    kind: EntityKind,
    span: (usize, usize),
}

/// Whether a run of words says the name: every word of the run pairs with
/// one of the name's, the head among them; the name may keep one word more
/// (the "vadības" of "Krīzes vadības padome" against "кризисного совета"),
/// not a place, which would make another country's body.
fn fits(name: &Name, run: &[(usize, Senses)]) -> bool {
    let mut used = vec![false; name.words.len()];
    for (_, w) in run {
        match (0..used.len()).find(|&k| !used[k] && meets(&name.words[k], &w.0)) {
            Some(k) => used[k] = true,
            None => return false,
        }
    }
    used[name.head]
        && name
            .words
            .iter()
            .zip(&used)
            .all(|(w, &u)| u || !w.iter().any(|x| x.starts_with('p')))
}

/// A side's names to look for: several words, of a body, event or thing
/// (a person's or a place's name is written with capitals everywhere), each
/// spelling once.
fn names(raws: &[Raw], side: &SideText<'_>) -> Vec<Name> {
    let mut seen = rustc_hash::FxHashSet::default();
    // (Not a name opening a sentence: its capital may be the sentence's,
    // "Воздушным судном управлял ...".)
    let openings: rustc_hash::FxHashSet<usize> = side
        .sentences
        .iter()
        .filter_map(|s| s.tokens.first().map(|t| s.span.start + t.start))
        .collect();
    let opens = |r: &Raw| openings.contains(&r.start);
    raws.iter()
        .filter(|r| r.side == side.side && !r.weak && !opens(r))
        .filter(|r| {
            matches!(&r.identity, Identity::Name(keys, kind)
                if keys.len() >= 2 && matches!(kind, EntityKind::Organisation
                    | EntityKind::Media | EntityKind::Event | EntityKind::Other))
        })
        .filter_map(|r| {
            let surface = side.text.get(r.start..r.end)?;
            if !seen.insert(surface) {
                return None;
            }
            let toks = name_words(surface);
            let w: Vec<Vec<String>> = toks.iter().map(senses).collect();
            let Identity::Name(_, kind) = r.identity else {
                return None;
            };
            (w.len() >= 2).then(|| Name {
                head: head(&toks, super::name::cyrillic(surface)).min(w.len() - 1),
                words: w,
                kind,
                span: (r.start, r.end),
            })
        })
        .collect()
}

/// Which of a name's words (`toks`, as [`name_words`] gives them) is its
/// head noun: a Latvian name's last (its other words are genitives and
/// adjectives before it: "Noguldījumu garantiju fonds"); a Russian name's
/// first word that is no adjective ("Центральная избирательная комиссия",
/// "Управление по борьбе с ...").
fn head(toks: &[crate::normalize::Token<'_>], cyrillic: bool) -> usize {
    let last = toks.len().saturating_sub(1);
    if !cyrillic {
        return last;
    }
    let adjective = |w: &str| {
        [
            "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым",
            "им", "ую", "юю", "ых", "их",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    toks.iter()
        .position(|t| t.text.chars().count() > 2 && !adjective(&t.lower))
        .unwrap_or(last)
}

/// Whether a run of content words is one phrase: only spaces (or a
/// hyphen) between its words and at most a couple of small words, no
/// figure, among them.
fn joined(body: &str, toks: &[crate::normalize::Token<'_>], run: &[(usize, Senses)]) -> bool {
    let (from, to) = (run[0].0, run[run.len() - 1].0);
    if to + 1 - from - run.len() > SMALL_WORDS {
        return false;
    }
    let inner = &toks[from + 1..to];
    if inner
        .iter()
        .any(|t| t.stopword && !JOINING.contains(&&*t.lower))
    {
        return false;
    }
    // (A hyphen joins only unspaced: " - " is a clause's dash.)
    inner.iter().all(|t| !t.number)
        && toks[from..=to].windows(2).all(|w| {
            let gap = &body[w[0].start + w[0].text.len()..w[1].start];
            gap == "-" || gap.chars().all(char::is_whitespace)
        })
}

#[cfg(test)]
mod tests {
    fn shared(lv: &str, ru: &str) -> Vec<String> {
        super::super::shared_labels(lv, ru, |k| k != crate::EntityKind::Number)
    }

    #[test]
    fn a_body_said_in_small_letters_is_the_body_named() {
        let found = shared(
            "Valdība sasauca Krīzes vadības padomi.",
            "Правительство созвало заседание кризисного совета.",
        );
        assert!(found.iter().any(|l| l.contains("padome")), "{found:?}");
        // Russian capitals, Latvian small letters.
        let found = shared(
            "Par to lēma operatīvā medicīniskā komisija.",
            "Решение приняла Оперативная медицинская комиссия.",
        );
        assert!(found.iter().any(|l| l.contains("komisija")), "{found:?}");
    }

    #[test]
    fn a_name_both_texts_capitalise_is_not_looked_for_in_a_sentence() {
        // "maratonu Rīgā" is a marathon in Riga, not the name the other text
        // gives, which "Rīgas maratons" translates.
        let found = super::super::shared_labels(
            "Pērn Rīgas maratonā piedalījās 47 sportisti, bet uz šī gada maratonu Rīgā \
             reģistrējās 86.",
            "Часть Рижского марафона проводится в поддержку Украины. Рижский марафон \
             проводится с 1991 года.",
            |k| k == crate::EntityKind::Event,
        );
        assert_eq!(found, ["Rīgas maratons"], "{found:?}");
    }

    #[test]
    fn words_of_another_body_or_across_a_comma_are_no_mention() {
        let found = shared(
            "Valdība sasauca Krīzes vadības padomi.",
            "Правительство созвало заседание совета безопасности.",
        );
        assert!(!found.iter().any(|l| l.contains("padome")), "{found:?}");
        let found = shared(
            "Valdība sasauca Krīzes vadības padomi.",
            "Он говорил о кризисе, совета не было.",
        );
        assert!(!found.iter().any(|l| l.contains("padome")), "{found:?}");
        // Nor a thing placed by a preposition: hospitals in a region.
        let found = shared(
            "Trūkst vietu Kurzemes reģiona slimnīcā.",
            "Не хватает мест больницам в Курземе.",
        );
        assert!(!found.iter().any(|l| l.contains("slimnīca")), "{found:?}");
    }
}
