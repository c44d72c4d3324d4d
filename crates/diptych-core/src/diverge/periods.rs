//! Totals of two periods: a figure one text gives for the whole of last
//! year ("pērn bojā gāja 142 cilvēki") against one the other gives for this
//! year so far, or for the same part of last year ("по состоянию на 9
//! октября этого года погиб 91 человек"), count over two spans of time.
//! They do not disagree; the two texts are two releases of a statistic.
//!
//! A figure's period is read from its sentence, or else from its paragraph
//! before it ("В прошлом году за аналогичный период ... Травмы получили
//! 3123 человека"). The phrases are written here from general knowledge of
//! Latvian, Russian and English.

use crate::{Document, Entity, NumberConflict, Side};

/// The span of time a total covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    /// The whole of last year.
    LastYear,
    /// This year so far, or the same part of another year.
    SoFar,
}

/// Phrases of the whole of last year, lower case.
const LAST_YEAR: &[&str] = &[
    "pērn",
    "pagājušajā gadā",
    "pagājušā gadā",
    "aizvadītajā gadā",
    "в прошлом году",
    "за прошлый год",
    "в минувшем году",
    "за минувший год",
    "по итогам прошлого года",
    "last year",
];

/// Phrases of a span that is not over yet, or of the same part of another
/// year, lower case.
const SO_FAR: &[&str] = &[
    "šogad",
    "šāgada",
    "kopš gada sākuma",
    "kopš šā gada sākuma",
    "kopš šī gada sākuma",
    "šā gada",
    "šī gada",
    "tajā pašā periodā",
    "attiecīgajā periodā",
    "šajā periodā",
    "этого года",
    "текущего года",
    "в этом году",
    "с начала года",
    "аналогичный период",
    "тот же период",
    "this year",
    "so far",
    "same period",
];

/// Words that make the period after them a comparison, not the figure's
/// own: "par 13% vairāk nekā pērn", "больше, чем в прошлом году".
const THAN: &[&str] = &["nekā", "kā", "чем", "than"];

/// Whether `text` holds one of `phrases` as whole words, not after a word
/// of comparison.
fn says(text: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| {
        super::whole_phrase_at(text, p).any(|at| {
            let compared = text[..at]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| THAN.contains(&w.trim_matches(|c: char| !c.is_alphabetic())));
            !compared
        })
    })
}

/// The period a passage names; a span not over yet wins over last year
/// ("в прошлом году за аналогичный период" is part of a year).
fn period_of(text: &str) -> Option<Period> {
    let lower = text.to_lowercase();
    if says(&lower, SO_FAR) {
        Some(Period::SoFar)
    } else if says(&lower, LAST_YEAR) {
        Some(Period::LastYear)
    } else {
        None
    }
}

/// The period a figure is told over: its sentence's, else its paragraph's
/// up to it. Each mention must agree, or the figure has none.
fn figure_period(doc: &Document, e: &Entity, side: Side) -> Option<Period> {
    let mut found = None;
    for m in e.mentions.iter().filter(|m| m.side == side) {
        let p = doc.paragraphs.get(m.paragraph)?;
        let sentence = super::sentence_at(doc, m.paragraph, m.start)
            .map_or(&doc.text[p.start..p.end], |s| &doc.text[s.start..s.end]);
        let period = period_of(sentence).or_else(|| period_of(&doc.text[p.start..m.start]))?;
        if found.is_some_and(|f| f != period) {
            return None;
        }
        found = Some(period);
    }
    found
}

/// Whether a conflict's two figures are totals of two periods: the whole of
/// last year in one text, a span not over yet in the other.
pub(super) fn apart(
    left: &Document,
    right: &Document,
    entities: &[Entity],
    c: &NumberConflict,
) -> bool {
    let (Some(a), Some(b)) = (entities.get(c.left), entities.get(c.right)) else {
        return false;
    };
    match (
        figure_period(left, a, Side::Left),
        figure_period(right, b, Side::Right),
    ) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_names_its_period_and_part_of_a_year_wins() {
        assert_eq!(
            period_of("Latvijā pagājušajā gadā gājuši bojā 142 cilvēki."),
            Some(Period::LastYear)
        );
        assert_eq!(
            period_of("По состоянию на 9 октября этого года погиб 91 человек."),
            Some(Period::SoFar)
        );
        assert_eq!(
            period_of("В прошлом году за аналогичный период было 13 552 ДТП."),
            Some(Period::SoFar)
        );
        assert_eq!(period_of("Ugunsgrēkā gāja bojā pieci cilvēki."), None);
        // Last year as a comparison is not the figure's period.
        assert_eq!(
            period_of("Pārvadāti 12,1 miljoni pasažieru, par 13% vairāk nekā pērn."),
            None
        );
        // (Whole words: "pērnajā ziemā", last winter, is no year.)
        assert_eq!(period_of("Pērnajā ziemā snieg maz."), None);
    }

    #[test]
    fn last_years_toll_against_this_years_so_far_is_two_releases() {
        let lv = "Satiksmes drošība Latvijā\n\nLatvijā pērn satiksmes negadījumos gājuši bojā \
                  142 cilvēki, liecina Valsts policijas informācija.";
        let told = |ru: &str| {
            let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
            let conflicts = r.divergences.number_conflicts.len();
            (r.overview.same_event, conflicts, r.overview.verdict)
        };
        let (verdict, conflicts, words) = told(
            "Безопасность на дорогах Латвии\n\nПо состоянию на 9 октября этого года в ДТП \
             в Латвии погиб 91 человек, сообщили в Государственной полиции.",
        );
        assert_ne!(verdict, crate::SameEvent::Same, "{words}");
        assert_eq!(conflicts, 0, "{words}");
        assert!(words.contains("142 ≠ 91 (killed)"), "{words}");
        // Both over last year: one total, and 142 against 91 disagrees.
        let (verdict, conflicts, words) = told(
            "Безопасность на дорогах Латвии\n\nВ прошлом году в ДТП в Латвии погиб \
             91 человек, сообщили в Государственной полиции.",
        );
        assert_eq!(verdict, crate::SameEvent::Same, "{words}");
        assert_eq!(conflicts, 1, "{words}");
    }
}
