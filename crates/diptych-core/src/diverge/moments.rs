//! Two moments of one running story, told by its figures when no date does.
//!
//! Recurring news (a minimum wage raised each year, a monthly inflation
//! release) comes back with the same office, the same month name and the
//! same kind of figure. Two signs tell the reports apart without a year:
//!
//! - **consecutive steps**: one text's change ends where the other's starts
//!   ("no 740 līdz 780 eiro" after "не 700, а 740 евро"): the later step
//!   comes a period after the earlier one;
//! - **headline rates an order of magnitude apart**: the first rate each
//!   text gives (15.1 % against 1.1 %) — the same statistic does not differ
//!   fivefold between two reports of one release; a slip would be a digit.
//!
//! Written here from how the reports are phrased; the connectors are the
//! everyday Latvian, Russian and English ones ("no … līdz", "с … до",
//! "не …, а …", "from … to").

use crate::entities::figure_text;
use crate::{Document, Entity, EntityKind, Quantity, Side};

/// A figure as one side writes it: where, its value and its unit.
#[derive(Debug, Clone)]
struct Written {
    start: usize,
    end: usize,
    paragraph: usize,
    value: f64,
    unit: Option<String>,
    quantity: Option<Quantity>,
}

fn written(entities: &[Entity], side: Side) -> Vec<Written> {
    let mut all: Vec<Written> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Number)
        .filter_map(|e| Some((e, e.value?)))
        .flat_map(|(e, value)| {
            e.mentions
                .iter()
                .filter(move |m| m.side == side)
                .map(move |m| Written {
                    start: m.start,
                    end: m.end,
                    paragraph: m.paragraph,
                    value,
                    unit: e.unit.clone(),
                    quantity: e.quantity,
                })
        })
        .collect();
    all.sort_by_key(|w| w.start);
    all
}

/// Lower-case words of a short stretch of text.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '%' && c != '€')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Words that may stand between the two figures of a change besides the
/// connector: the unit, repeated or not.
const UNIT_WORDS: [&str; 12] = [
    "eiro",
    "euro",
    "eur",
    "€",
    "евро",
    "%",
    "процента",
    "процентов",
    "procentiem",
    "dolāriem",
    "долларов",
    "dollars",
];

/// The changes a side states: (from, to, unit).
fn changes(doc: &Document, entities: &[Entity], side: Side) -> Vec<(f64, f64, Option<String>)> {
    let figures = written(entities, side);
    let mut found = Vec::new();
    for pair in figures.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.paragraph != b.paragraph || b.start < a.end || a.value == b.value {
            continue;
        }
        if a.unit.is_some() && b.unit.is_some() && a.unit != b.unit {
            continue;
        }
        let Some(gap) = doc.text.get(a.end..b.start) else {
            continue;
        };
        let gap = words(gap);
        let before = doc
            .text
            .get(..a.start)
            .and_then(|t| {
                let tail = t.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
                words(&t[tail..]).pop()
            })
            .unwrap_or_default();
        let rest: Vec<&str> = gap
            .iter()
            .map(String::as_str)
            .filter(|w| !UNIT_WORDS.contains(w))
            .collect();
        let change = matches!(
            (before.as_str(), rest.as_slice()),
            ("no", ["līdz" | "uz"]) | ("с" | "со", ["до"]) | ("не", ["а"]) | ("from", ["to"])
        );
        if change {
            found.push((a.value, b.value, a.unit.clone().or_else(|| b.unit.clone())));
        }
    }
    found
}

fn amount(v: f64, unit: Option<&String>) -> String {
    let v = figure_text(v);
    match unit.map(String::as_str) {
        Some("%") => format!("{v}%"),
        Some(u) if !u.starts_with('=') => format!("{v} {u}"),
        _ => v,
    }
}

/// The first rate a side gives, within its opening paragraphs.
fn headline_rate(entities: &[Entity], side: Side) -> Option<f64> {
    written(entities, side)
        .into_iter()
        .find(|w| w.quantity == Some(Quantity::Percent))
        .filter(|w| w.paragraph <= 1)
        .map(|w| w.value)
}

/// What places the two texts at two moments, in words; empty when nothing does.
pub(super) fn apart(left: &Document, right: &Document, entities: &[Entity]) -> Vec<String> {
    let mut why = Vec::new();
    let (l, r) = (
        changes(left, entities, Side::Left),
        changes(right, entities, Side::Right),
    );
    for (a, b, unit) in &l {
        for (c, d, other) in &r {
            if unit.is_some() && other.is_some() && unit != other {
                continue;
            }
            if (a, b) == (c, d) {
                continue;
            }
            let unit = unit.as_ref().or(other.as_ref());
            let step = |x: f64, y: f64| format!("{} → {}", figure_text(x), amount(y, unit));
            if b == c {
                why.push(format!(
                    "one step after the other: {}, then {}",
                    step(*a, *b),
                    step(*c, *d)
                ));
            } else if d == a {
                why.push(format!(
                    "one step after the other: {}, then {}",
                    step(*c, *d),
                    step(*a, *b)
                ));
            }
        }
    }
    if let (Some(a), Some(b)) = (
        headline_rate(entities, Side::Left),
        headline_rate(entities, Side::Right),
    ) {
        if a >= 1.0 && b >= 1.0 && a.max(b) >= 5.0 * a.min(b) {
            why.push(format!(
                "the headline rates are far apart: {}% ≠ {}%",
                figure_text(a),
                figure_text(b)
            ));
        }
    }
    why
}

#[cfg(test)]
mod tests {
    use crate::{compare, Input, SameEvent};

    const LV_STEP: &str = "No janvāra minimālā alga tiek paaugstināta no 740 līdz 780 eiro, \
                           paziņoja Labklājības ministrija.";

    #[test]
    fn a_change_that_starts_where_the_other_ends_is_a_later_step() {
        let ru = "С января минимальная зарплата составит уже не 700, а 740 евро, \
                  сообщило Министерство благосостояния.";
        let r = compare(Input::text(LV_STEP), Input::text(ru)).unwrap();
        assert_eq!(
            r.overview.same_event,
            SameEvent::Different,
            "{}",
            r.overview.verdict
        );
        assert!(
            r.overview
                .verdict
                .contains("700 → 740 EUR, then 740 → 780 EUR"),
            "{}",
            r.overview.verdict
        );
        assert!(r.links.is_empty());
    }

    #[test]
    fn the_same_change_told_twice_is_one_moment() {
        let ru = "С января минимальная зарплата повышается с 740 до 780 евро, \
                  сообщило Министерство благосостояния.";
        let r = compare(Input::text(LV_STEP), Input::text(ru)).unwrap();
        assert_ne!(
            r.overview.same_event,
            SameEvent::Different,
            "{}",
            r.overview.verdict
        );
        assert!(r.overview.grid.when.conflicting.is_empty());
    }

    #[test]
    fn headline_rates_far_apart_are_two_releases_and_close_ones_are_not() {
        let lv = "Aprīlī patēriņa cenas Latvijā pieauga par 15,1%, liecina Centrālās statistikas pārvaldes dati.";
        let far = "В апреле потребительские цены в Латвии выросли на 1,1%, свидетельствуют данные Центрального статистического управления.";
        let near = far.replace("1,1%", "14,9%");
        let r = compare(Input::text(lv), Input::text(far)).unwrap();
        assert_eq!(
            r.overview.same_event,
            SameEvent::Different,
            "{}",
            r.overview.verdict
        );
        let r = compare(Input::text(lv), Input::text(&near)).unwrap();
        assert_ne!(
            r.overview.same_event,
            SameEvent::Different,
            "{}",
            r.overview.verdict
        );
    }
}
