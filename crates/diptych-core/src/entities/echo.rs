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

use super::translated::{meets, senses, words};
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
        let names = names(raws, sides[a]);
        if names.is_empty() {
            continue;
        }
        let other = sides[b];
        for s in other.sentences {
            let body = &other.text[s.span.start..s.span.end];
            let toks = &s.tokens;
            // The sentence's content words, by token index, with their senses.
            let content: Vec<(usize, Vec<String>)> = toks
                .iter()
                .enumerate()
                .filter(|(_, t)| !t.stopword && !t.number)
                .map(|(k, t)| (k, senses(t)))
                .collect();
            let mut c = 0;
            while c < content.len() {
                let mut best: Option<(usize, usize)> = None;
                for (n, name) in names.iter().enumerate() {
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
fn fits(name: &Name, run: &[(usize, Vec<String>)]) -> bool {
    let mut used = vec![false; name.words.len()];
    for (_, w) in run {
        match (0..used.len()).find(|&k| !used[k] && meets(&name.words[k], w)) {
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
            let w = words(surface);
            let Identity::Name(_, kind) = r.identity else {
                return None;
            };
            (w.len() >= 2).then(|| Name {
                head: head(surface, w.len()),
                words: w,
                kind,
                span: (r.start, r.end),
            })
        })
        .collect()
}

/// Which of a name's `n` words is its head noun: a Latvian name's last
/// (its other words are genitives and adjectives before it: "Noguldījumu
/// garantiju fonds"); a Russian name's first word that is no adjective
/// ("Центральная избирательная комиссия", "Управление по борьбе с ...").
fn head(surface: &str, n: usize) -> usize {
    if !surface
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    {
        return n - 1;
    }
    let adjective = |w: &str| {
        let w = w.to_lowercase();
        [
            "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ую",
            "юю", "ых", "их",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    surface
        .split([' ', '-'])
        .filter(|w| w.chars().count() > 2)
        .position(|w| !adjective(w))
        .unwrap_or(n - 1)
        .min(n - 1)
}

/// Whether a run of content words is one phrase: only spaces (or a hyphen)
/// between its words and at most a couple of small words among them.
fn joined(body: &str, toks: &[crate::normalize::Token<'_>], run: &[(usize, Vec<String>)]) -> bool {
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
    toks[from..=to].windows(2).all(|w| {
        let gap = &body[w[0].start + w[0].text.len()..w[1].start];
        gap.chars().all(|c| c == ' ' || c == '-')
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
