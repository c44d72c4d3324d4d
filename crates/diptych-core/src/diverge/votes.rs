//! A vote's tally: how many voted for and how many against, held against
//! the other text's ("Ar 39 balsīm par un trīspadsmit pret" against "За
//! снос проголосовали 38 депутатов, против - семь").
//!
//! A figure is a vote for or against when its sentence speaks of voting and
//! the nearest word of its clause is "for" or "against". The tally is the
//! story's: the two texts are compared whether or not a link joins the
//! paragraphs, but only when each gives one full tally (one figure for and
//! one against), so that a committee's vote is not held against a
//! plenary's that the other text alone reports.
//!
//! The words of voting are everyday Latvian, Russian and English, written
//! here from general knowledge (lower-case prefixes); the words for the two
//! sides are the figures' own (`entities::VOTE_FOR`, `VOTE_AGAINST`), which
//! keep a number word beside one as a figure.

use crate::entities::{VOTE_AGAINST, VOTE_FOR};
use crate::{Document, Entity, EntityKind, Link, Mention, NumberConflict, Quantity, Side};

/// Words of voting, by prefix.
const VOTING: &[&str] = &[
    "balsoj",
    "nobalsoj",
    "balsīm",
    "balsis",
    "balsu",
    "голосова",
    "проголосова",
    "голосов",
    "vote",
    "voting",
];

/// Verbs of supporting, by prefix: in a vote, those who support are the
/// votes for ("5 561 937 человек поддержали строительство").
const SUPPORT: &[&str] = &["поддерж", "atbalst", "support"];

/// Which side of a vote a figure counts, if its paragraph is about voting.
fn side_of_vote(doc: &Document, m: &Mention) -> Option<bool> {
    let sentence = super::sentence_at(doc, m.paragraph, m.start)?;
    let text = doc.text.get(sentence.start..sentence.end)?;
    // The paragraph speaks of voting ("Против — 2 миллиона 45 тысяч 271"
    // follows "За АЭС проголосовали ...").
    let paragraph = doc.paragraphs.get(m.paragraph)?;
    if !super::has_word(doc.text.get(paragraph.start..paragraph.end)?, VOTING) {
        return None;
    }
    let (at, to) = (m.start - sentence.start, m.end - sentence.start);
    // Words with where they start, in lower case.
    let mut words: Vec<(usize, String)> = Vec::new();
    let mut open: Option<usize> = None;
    for (k, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_alphanumeric(), open) {
            (true, None) => open = Some(k),
            (false, Some(s)) => {
                words.push((s, text[s..k].to_lowercase()));
                open = None;
            }
            _ => {}
        }
    }
    // The figure's clause: between the commas, semicolons or colons around it.
    let from = text.get(..at)?.rfind([',', ';', ':']).map_or(0, |k| k + 1);
    let until = text
        .get(to..)?
        .find([',', ';', ':'])
        .map_or(text.len(), |k| to + k);
    let side = |w: &str| {
        if VOTE_FOR.contains(&w) || SUPPORT.iter().any(|v| w.starts_with(v)) {
            Some(true)
        } else if VOTE_AGAINST.contains(&w) {
            Some(false)
        } else {
            None
        }
    };
    let mut best: Option<(usize, bool)> = None;
    for (k, w) in words.iter().filter(|(k, _)| *k >= from && *k < until) {
        if let Some(s) = side(w.as_str()) {
            let distance = if *k < at {
                words.iter().filter(|(x, _)| *x > *k && *x < at).count()
            } else {
                words.iter().filter(|(x, _)| *x >= to && *x < *k).count()
            };
            if best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, s));
            }
        }
    }
    best.map(|(_, s)| s)
}

/// One side's tally: the figure for and the figure against, when it gives
/// one of each.
fn tally(doc: &Document, entities: &[Entity], side: Side) -> Option<[(usize, usize); 2]> {
    let mut found: [Vec<(usize, usize)>; 2] = Default::default();
    for e in entities.iter().filter(|e| {
        e.kind == EntityKind::Number
            && e.value.is_some()
            && !matches!(
                e.quantity,
                Some(Quantity::Percent | Quantity::Money | Quantity::Time | Quantity::Date)
            )
    }) {
        for m in e.mentions.iter().filter(|m| m.side == side) {
            if let Some(s) = side_of_vote(doc, m) {
                let list = &mut found[usize::from(!s)];
                if !list.iter().any(|x| x.0 == e.id) {
                    list.push((e.id, m.paragraph));
                }
            }
        }
    }
    match found {
        [ref f, ref a] if f.len() == 1 && a.len() == 1 => Some([f[0], a[0]]),
        _ => None,
    }
}

/// Adds the disagreements between the two texts' tallies, if any.
pub(super) fn tallies(
    left: &Document,
    right: &Document,
    links: &[Link],
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    let (Some(l), Some(r)) = (
        tally(left, entities, Side::Left),
        tally(right, entities, Side::Right),
    ) else {
        return;
    };
    for (k, what) in ["votes for", "votes against"].into_iter().enumerate() {
        let ((a, lp), (b, rp)) = (l[k], r[k]);
        if a == b || entities[a].value == entities[b].value {
            continue;
        }
        if out.iter().any(|c| c.left == a && c.right == b) {
            continue;
        }
        let link = links
            .iter()
            .position(|x| x.left.contains(&lp) && x.right.contains(&rp));
        out.push(NumberConflict {
            link,
            quantity: Quantity::Other,
            left: a,
            right: b,
            measure: Some(what.to_string()),
            by_reader: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::diverge::verdicts::disagreeing as tallies;

    #[test]
    fn two_tallies_of_one_vote_that_differ_are_reported() {
        let lv =
            "Ar 39 balsīm par un trīspadsmit pret Rīgas dome piektdien nolēma demontēt pieminekli.";
        let ru = "Рижская дума решила снести памятник. За снос проголосовали 38 депутатов, против - семь.";
        assert_eq!(
            tallies(lv, ru),
            [
                (39.0, 38.0, "votes for".to_string()),
                (13.0, 7.0, "votes against".to_string())
            ]
        );
    }

    #[test]
    fn the_same_tally_or_half_a_tally_is_not() {
        let lv = "Ar 39 balsīm par un 13 pret Rīgas dome nolēma demontēt pieminekli.";
        let ru =
            "Рижская дума решила снести памятник. За снос проголосовали 39 депутатов, против - 13.";
        assert!(tallies(lv, ru).is_empty());
        // Only the votes for: no full tally to hold against the other's.
        let ru = "Рижская дума решила снести памятник. За снос проголосовали 38 депутатов.";
        assert!(tallies(lv, ru).is_empty());
    }

    #[test]
    fn a_tally_told_over_two_sentences_of_a_paragraph_counts() {
        let a = "Из них 5 561 937 человек поддержали строительство станции, а почти 2 450 270 \
                 человек выступили против. Еще 82 тысячи голосовавших приняли оба варианта.";
        let b = "За АЭС проголосовали 5 миллионов 561 тысяча 937 человек. Против — 2 миллиона \
                 45 тысяч 271 казахстанец.";
        assert_eq!(
            tallies(a, b),
            [(2_450_270.0, 2_045_271.0, "votes against".to_string())]
        );
    }
}
