//! When it happened: the time of day each text gives for the event itself,
//! held against the other's ("Сегодня в 12:44 ... произошло землетрясение"
//! against "Событие произошло в 12.45 по местному времени").
//!
//! A story gives many times (a warning, an evacuation, a statement); only a
//! time in a sentence that says the event happened is the event's. Two such
//! times disagree when each text gives one, neither approximately, and they
//! are less than half an hour apart: a larger gap is more likely another
//! clock (Moscow time against local time) or another moment than a slip.
//!
//! The words for "happened" are everyday Latvian, Russian and English news
//! verbs, written here from general knowledge (lower-case prefixes).

use crate::{Document, Entity, EntityKind, Link, NumberConflict, Quantity, Side};

/// Verbs that say an event happened: "произошло", "случилось",
/// "прогремел" (a blast), "вспыхнул" (a fire), "notika", "izcēlās",
/// "occurred", "happened", "struck".
const HAPPENED: &[&str] = &[
    "произош",
    "случил",
    "прогремел",
    "вспыхнул",
    "notika",
    "notikus",
    "noticis",
    "izcēlās",
    "izcēlies",
    "occurred",
    "happened",
    "struck",
];

/// The largest gap, in minutes, that is a disagreement rather than another clock.
const MAX_GAP: f64 = 30.0;

/// The event's time on one side: the first exact time of each sentence that
/// says the event happened; `None` unless all such sentences give one value.
fn event_time(doc: &Document, entities: &[Entity], side: Side) -> Option<(usize, f64)> {
    let mut times: Vec<(usize, usize, usize, f64)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Number && e.quantity == Some(Quantity::Time))
        .filter(|e| !e.approximate)
        .filter_map(|e| Some((e, e.value?)))
        .flat_map(|(e, v)| {
            e.mentions
                .iter()
                .filter(move |m| m.side == side)
                .map(move |m| (m.start, m.paragraph, e.id, v))
        })
        .collect();
    times.sort_by_key(|t| t.0);
    let mut found: Option<(usize, f64)> = None;
    let mut seen_sentences: Vec<usize> = Vec::new();
    for (start, paragraph, id, value) in times {
        let Some(sentence) = super::sentence_at(doc, paragraph, start) else {
            continue;
        };
        if seen_sentences.contains(&sentence.start) {
            continue; // "12.45 по местному времени (10.45 мск)": the first is the story's
        }
        seen_sentences.push(sentence.start);
        if !super::has_word(&doc.text[sentence.start..sentence.end], HAPPENED) {
            continue;
        }
        match found {
            Some((_, v)) if v != value => return None,
            Some(_) => {}
            None => found = Some((id, value)),
        }
    }
    found
}

/// Adds the disagreement between the two texts' times of the event, if any.
pub(super) fn event_times(
    left: &Document,
    right: &Document,
    links: &[Link],
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    let (Some((l, a)), Some((r, b))) = (
        event_time(left, entities, Side::Left),
        event_time(right, entities, Side::Right),
    ) else {
        return;
    };
    if a == b || (a - b).abs() >= MAX_GAP {
        return;
    }
    let paragraph = |id: usize, side: Side| {
        entities[id]
            .mentions
            .iter()
            .find(|m| m.side == side)
            .map(|m| m.paragraph)
    };
    let (lp, rp) = (paragraph(l, Side::Left), paragraph(r, Side::Right));
    let link = links.iter().position(|k| {
        lp.is_some_and(|p| k.left.contains(&p)) && rp.is_some_and(|p| k.right.contains(&p))
    });
    out.push(NumberConflict {
        link,
        quantity: Quantity::Time,
        left: l,
        right: r,
        measure: Some("time of the event".to_string()),
        by_reader: false,
    });
}

#[cfg(test)]
mod tests {
    use crate::{compare, Input, Quantity};

    fn conflicts(left: &str, right: &str) -> Vec<(String, String)> {
        let report = compare(Input::text(left), Input::text(right)).expect("compares");
        report
            .divergences
            .number_conflicts
            .iter()
            .filter(|c| c.quantity == Quantity::Time)
            .map(|c| {
                (
                    report.entities[c.left].label.clone(),
                    report.entities[c.right].label.clone(),
                )
            })
            .collect()
    }

    const LEFT: &str = "Землетрясение в Алматы\n\nСегодня, 4 декабря 2025 года в 12:44, в Алматы произошло землетрясение. Толчки ощущались на уровне 3 баллов.";

    #[test]
    fn two_times_of_the_event_that_differ_by_a_minute_disagree() {
        let right = "Землетрясение в Алма-Ате\n\nСила толчков в Алма-Ате составила 3 балла. Событие произошло в 12.45 по местному времени (10.45 мск).";
        assert_eq!(conflicts(LEFT, right), [("12:44".into(), "12:45".into())]);
    }

    #[test]
    fn another_clock_or_another_moment_is_no_disagreement() {
        // Only Moscow time: two hours off is a clock, not a slip.
        let moscow = "Землетрясение в Алма-Ате\n\nСила толчков в Алма-Ате составила 3 балла. Событие произошло в 10:45 мск.";
        assert!(conflicts(LEFT, moscow).is_empty());
        // A time that is not the event's (the sirens), and one given "about".
        let sirens = "Землетрясение в Алма-Ате\n\nВ 12:50 прозвучали сирены. Землетрясение произошло около 12:40.";
        assert!(conflicts(LEFT, sirens).is_empty());
    }
}
