//! Two moments of one running story, told by its figures when no date does.
//!
//! Recurring news (a minimum wage raised each year, a monthly inflation
//! release) comes back with the same office, the same month name and the
//! same kind of figure. Two signs tell the reports apart without a year:
//!
//! - **consecutive steps**: one text's change ends where the other's starts
//!   ("no 740 līdz 780 eiro" after "не 700, а 740 евро"): the later step
//!   comes a period after the earlier one;
//! - **another revision**: each text's first change runs from another
//!   value to another value of one unit ("no 10,9% līdz 10%" against "с
//!   8,5% до 9%"), both within half of each other: one forecast revised
//!   twice, where two reports of one revision copy its figures;
//! - **headline rates an order of magnitude apart**: the first rate each
//!   text gives (15.1 % against 1.1 %) — the same statistic does not differ
//!   fivefold between two reports of one release; a slip would be a digit;
//! - **another quarter or half of the year**: one text reports on the third
//!   quarter, the other on the second, and neither names the other's;
//! - **another score**: each text gives a match's score, and none in
//!   common (72:70 against 75:64);
//! - **another anniversary**: each text celebrates one ("94th", "107-й
//!   годовщины"), and none in common;
//! - **a table of rates read at another time**: each text gives a rate for
//!   three or more places both name, and two in three of them or more
//!   differ (Latgale 10,1 % against 10,3 %, Zemgale 4,9 % against 5,2 %,
//!   Vidzeme 4,6 % against 5,4 %) — two reports of one release copy the
//!   same table.
//!
//! A running total summed up over another span of the year's months ("in
//! seven months" against "in eight") is one series at two moments: the
//! same story, told later ([`spans`]).
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
pub(super) fn words(text: &str) -> Vec<String> {
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

/// Every rate a side gives in its first two paragraphs, in the order of
/// the text (the first is its headline rate).
fn headline_rates(entities: &[Entity], side: Side) -> Vec<f64> {
    written(entities, side)
        .into_iter()
        .filter(|w| w.quantity == Some(Quantity::Percent) && w.paragraph <= 1)
        .map(|w| w.value)
        .collect()
}

/// Words for a quarter and a half of a year (true for a quarter), by the
/// start of the word.
const PERIOD_WORDS: [(&str, bool); 6] = [
    ("ceturksn", true),
    ("ceturkšņ", true),
    ("квартал", true),
    ("quarter", true),
    ("pusgad", false),
    ("полугод", false),
];

/// Ordinals from one to four, by the start of the word (Latvian, Russian,
/// English, Roman and Arabic); written here from general knowledge.
const PERIOD_ORDINALS: [(&str, u8); 20] = [
    ("pirm", 1),
    ("otr", 2),
    ("treš", 3),
    ("ceturt", 4),
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("четв", 4),
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("=i", 1),
    ("=ii", 2),
    ("=iii", 3),
    ("=iv", 4),
    ("=1", 1),
    ("=2", 2),
    ("=3", 3),
    ("=4", 4),
];

/// The few words (in the 25 characters) before a point of a text, in lower
/// case.
pub(super) fn words_before(text: &str, at: usize) -> Vec<String> {
    let from = text[..at]
        .char_indices()
        .rev()
        .nth(24)
        .map_or(0, |(k, _)| k);
    words(&text[from..at])
}

/// The quarters and halves of a year a text reports on ("trešajā
/// ceturksnī", "во втором квартале", "3. ceturksnī", "III квартале",
/// "pirmajā pusgadā"): (is a quarter, which).
fn periods(doc: &Document) -> Vec<(bool, u8)> {
    let mut out = Vec::new();
    // Where a period's word stands (a search for each, not a pass over
    // every word: a long text names few), with the few words before it.
    let mut found: Vec<(usize, bool)> = PERIOD_WORDS
        .iter()
        .flat_map(|&(stem, quarter)| {
            doc.text
                .match_indices(stem)
                .map(move |(at, _)| (at, quarter))
        })
        .collect();
    found.sort_unstable();
    for (at, quarter) in found {
        let words = words_before(&doc.text, at);
        let i = words.len();
        // The word before the period's; in "3-м квартале", the ordinal's
        // ending stands between.
        let k = match i.checked_sub(1).map(|k| words[k].as_str()) {
            Some("м" | "й" | "ом" | "ем" | "го" | "ого") => i.checked_sub(2),
            _ => i.checked_sub(1),
        };
        let ordinal = k.and_then(|k| {
            let o = words[k].as_str();
            PERIOD_ORDINALS
                .iter()
                .find(|(p, _)| match p.strip_prefix('=') {
                    Some(exact) => o == exact,
                    None => o.starts_with(p) && o != "pirms",
                })
                .map(|&(_, n)| n)
        });
        if let Some(n) = ordinal.filter(|&n| quarter || n <= 2) {
            if !out.contains(&(quarter, n)) {
                out.push((quarter, n));
            }
        }
    }
    out
}

fn period_text(periods: &[(bool, u8)]) -> String {
    let ordinal = ["first", "second", "third", "fourth"];
    periods
        .iter()
        .map(|&(quarter, n)| {
            let of = if quarter {
                "quarter"
            } else {
                "half of the year"
            };
            format!("the {} {of}", ordinal[usize::from(n - 1)])
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Least number of places whose rates must differ.
const TABLE_PLACES: usize = 3;

/// Share of a table's rows that must differ: two in three.
const TABLE_SHARE_DIFFER: usize = 2;
const TABLE_SHARE_OF: usize = 3;

/// What places the two texts at two moments, in words; empty when nothing does.
/// A running total summed up over another span of the year's months, and
/// none the same: two releases of one series, one story told at two
/// moments ("septiņos mēnešos" against "за восемь месяцев").
pub(super) fn spans(left: &Document, right: &Document) -> Vec<String> {
    let mut why = Vec::new();
    let (a, b) = (months(left), months(right));
    if !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x)) {
        let list = |v: &[u8]| {
            v.iter()
                .map(|n| format!("{n} months"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        why.push(format!(
            "totals over another span of the year: {} ≠ {}",
            list(&a),
            list(&b)
        ));
    }
    why
}

/// The spans of months a text sums up ("pirmajos septiņos mēnešos", "за
/// восемь месяцев"): their lengths, two to eleven months. The Latvian
/// locative and the Russian "за" say a span; written here from general
/// knowledge of the languages.
fn months(doc: &Document) -> Vec<u8> {
    let mut out = Vec::new();
    for stem in ["mēnešos", "месяцев", "месяца"] {
        for (at, _) in doc.text.match_indices(stem) {
            let words = words_before(&doc.text, at);
            let n = words.len();
            let (number, before) = match n {
                0 => continue,
                1 => (&words[0], None),
                _ => (&words[n - 1], Some(words[n - 2].as_str())),
            };
            let russian = stem != "mēnešos";
            if russian && before != Some("за") {
                continue;
            }
            let Some(v) = crate::entities::number_value(number) else {
                continue;
            };
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let v = v as u8;
            if (2..=11).contains(&v) && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// The scores a text gives ("72:70", "2:3"), in reading order: each as
/// written, and its two figures, smaller first. A clock time is no score
/// ("20:00", "17:21"): hours to 23 and two digits of minutes.
fn scores(text: &str) -> Vec<(&str, (u32, u32))> {
    let bytes = text.as_bytes();
    let digits = |from: usize, step: isize| {
        let mut k = from as isize;
        while k >= 0 && (k as usize) < bytes.len() && bytes[k as usize].is_ascii_digit() {
            k += step;
        }
        k
    };
    let mut out = Vec::new();
    for (colon, _) in text.match_indices(':') {
        let start = (digits(colon.wrapping_sub(1), -1) + 1) as usize;
        let end = digits(colon + 1, 1) as usize;
        let (a, b) = (&text[start..colon], &text[colon + 1..end]);
        if a.is_empty() || b.is_empty() || a.len() > 3 || b.len() > 3 {
            continue;
        }
        // Not a piece of a longer figure: "12:30:45", "1.5:2", "2,5:1".
        let before = start.checked_sub(1).map(|k| bytes[k]);
        let after = bytes.get(end).copied();
        if matches!(before, Some(b':' | b'.' | b',')) || after == Some(b':') {
            continue;
        }
        let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>()) else {
            continue;
        };
        if x <= 23 && b.len() == 2 && y <= 59 {
            continue;
        }
        out.push((&text[start..end], (x.min(y), x.max(y))));
    }
    out
}

pub(super) fn apart(left: &Document, right: &Document, entities: &[Entity]) -> Vec<String> {
    let mut why = Vec::new();
    // Reports on two quarters (or halves) of a year, and none in common:
    // two releases of one statistic.
    let (lp, rp) = (periods(left), periods(right));
    for quarter in [true, false] {
        let of = |p: &[(bool, u8)]| -> Vec<(bool, u8)> {
            p.iter().copied().filter(|x| x.0 == quarter).collect()
        };
        let (a, b) = (of(&lp), of(&rp));
        if !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x)) {
            why.push(format!(
                "another period: {} ≠ {}",
                period_text(&a),
                period_text(&b)
            ));
        }
    }
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
    // Each text's first change, of one unit, from another value to
    // another value: two revisions of one forecast ("no 10,9% līdz 10%"
    // against "с 8,5% до 9%"); two reports of one revision copy it.
    if let (Some((a, b, unit)), Some((c, d, other))) = (l.first(), r.first()) {
        let near = |x: f64, y: f64| (x - y).abs() <= 0.5 * x.abs().max(y.abs());
        if unit == other
            && a != c
            && b != d
            && near(*a, *c)
            && near(*b, *d)
            && !l.iter().any(|x| r.contains(x))
        {
            let unit = unit.as_ref();
            why.push(format!(
                "another revision: {} → {} ≠ {} → {}",
                figure_text(*a),
                amount(*b, unit),
                figure_text(*c),
                amount(*d, unit)
            ));
        }
    }
    // Each text gives a match's score and none in common: two matches of
    // the same teams ("ar 72:70 uzvarēja Igaunijas valstsvienību" against
    // "обыграла сборную Эстонии (75:64)"); reports of one match share its
    // final score.
    let (a, b) = (scores(&left.text), scores(&right.text));
    if !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.iter().any(|y| x.1 == y.1)) {
        why.push(format!("another score: {} ≠ {}", a[0].0, b[0].0));
    }
    // Each text tells of an anniversary and none in common: two years'
    // celebrations of one day ("proklamēšanas 94.gadadienai" against "107-й
    // годовщины провозглашения").
    let anniversaries = |side: Side| -> Vec<&Entity> {
        entities
            .iter()
            .filter(|e| e.kind == EntityKind::Date && e.label.ends_with(" anniversary"))
            .filter(|e| e.mentions.iter().any(|m| m.side == side))
            .collect()
    };
    let (a, b) = (anniversaries(Side::Left), anniversaries(Side::Right));
    if !a.is_empty() && !b.is_empty() && !a.iter().any(|e| e.shared) {
        let list = |v: &[&Entity]| {
            v.iter()
                .map(|e| e.label.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        why.push(format!("another anniversary: {} ≠ {}", list(&a), list(&b)));
    }
    // Each text's table of rates by place, every row different.
    let rows = super::shares::table(left, right, entities, EntityKind::Place);
    let agree = |a: &[super::shares::Share<'_>], b: &[super::shares::Share<'_>]| {
        a.iter().any(|x| b.iter().any(|y| x.agrees(y)))
    };
    // (Nearly every row: two months' tables may meet at a place or two,
    // Romania's 8,5 % in both, where two reports of one release copy every
    // figure.)
    let differ = rows.iter().filter(|(_, a, b)| !agree(a, b)).count();
    if differ >= TABLE_PLACES && differ * TABLE_SHARE_OF >= rows.len() * TABLE_SHARE_DIFFER {
        let list = |v: &[super::shares::Share<'_>]| {
            v.iter()
                .map(|x| format!("{}%", figure_text(x.value)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let told: Vec<String> = rows
            .iter()
            .filter(|(_, a, b)| !agree(a, b))
            .map(|(p, a, b)| format!("{} {} ≠ {}", entities[*p].label, list(a), list(b)))
            .collect();
        why.push(format!(
            "the rates at the places both name differ: {}",
            told.join("; ")
        ));
    }
    let (left_rates, right_rates) = (
        headline_rates(entities, Side::Left),
        headline_rates(entities, Side::Right),
    );
    if let (Some(&a), Some(&b)) = (left_rates.first(), right_rates.first()) {
        // A text may open with the monthly and the annual rate ("1,6 %
        // ... gada laikā 22,2 %"): no two rates of the openings may be close.
        let near = left_rates
            .iter()
            .any(|&x| right_rates.iter().any(|&y| x.max(y) < 1.5 * x.min(y)));
        if a >= 1.0 && b >= 1.0 && a.max(b) >= 5.0 * a.min(b) && !near {
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
    use super::super::verdicts::{different, not_different};

    const LV_STEP: &str = "No janvāra minimālā alga tiek paaugstināta no 740 līdz 780 eiro, \
                           paziņoja Labklājības ministrija.";

    #[test]
    fn a_change_that_starts_where_the_other_ends_is_a_later_step() {
        let ru = "С января минимальная зарплата составит уже не 700, а 740 евро, \
                  сообщило Министерство благосостояния.";
        let r = different(LV_STEP, ru);
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
        let r = not_different(LV_STEP, ru);
        assert!(r.overview.grid.when.conflicting.is_empty());
    }

    #[test]
    fn one_forecast_revised_from_and_to_other_values_is_another_revision() {
        let lv = "Latvijas Banka samazinājusi inflācijas prognozi 2023. gadam no 10,9% līdz 10%, \
                  piektdien informēja banka.";
        let ru = "Банк Латвии повысил прогноз инфляции на 2023 год с 8,5% до 9%, \
                  сообщили в пятницу в банке.";
        let r = different(lv, ru);
        assert!(
            r.overview.verdict.contains("10.9 → 10% ≠ 8.5 → 9%"),
            "{}",
            r.overview.verdict
        );
        // One revision told with one end given otherwise is a figure that
        // disagrees, not another revision.
        let ru = ru.replace("с 8,5% до 9%", "с 10,9% до 10,1%");
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(&ru)).unwrap();
        assert!(
            r.overview.grid.when.conflicting.is_empty(),
            "{:?}",
            r.overview.grid.when
        );
    }

    #[test]
    fn two_quarters_are_two_releases_and_one_quarter_is_one() {
        let lv = "Latvijas IKP trešajā ceturksnī palielinājies par 1,8%, liecina Eurostat dati. \
                  ES vidēji IKP palielinājies par 1,6%.";
        let other =
            "ВВП Латвии во втором квартале вырос на 0,6%, свидетельствуют данные Eurostat. \
                     В среднем ВВП в ЕС вырос на 1,6%.";
        let r = different(lv, other);
        assert!(
            r.overview
                .verdict
                .contains("the third quarter ≠ the second quarter"),
            "{}",
            r.overview.verdict
        );
        // The EU's 1,6 % of two quarters is two figures; Latvia is one place.
        let shared: Vec<&str> = r
            .entities
            .iter()
            .filter(|e| e.shared)
            .map(|e| e.label.as_str())
            .collect();
        assert!(
            shared.contains(&"Latvia") && !shared.contains(&"1.6"),
            "{shared:?}"
        );
        assert!(r.entities.iter().enumerate().all(|(i, e)| e.id == i));
        let same = other.replace("во втором квартале", "в III квартале");
        not_different(lv, &same);
    }

    #[test]
    fn a_table_of_rates_that_differs_at_most_places_is_another_release() {
        let lv = "Reģistrētā bezdarba līmenis martā Kurzemē bija 6,2%. \
                  Vidzemē tas sasniedza 5,8%, liecina aģentūras dati. \
                  Latgalē bezdarba līmenis pieauga par 0,3% un bija 11,4%.";
        let ru = "В марте уровень безработицы в Курземе составил 6,6%. \
                  В Видземе он достиг 5,1%, свидетельствуют данные агентства. \
                  В Латгалии безработица выросла на 0,2% и составила 12%.";
        let r = different(lv, ru);
        assert!(
            r.overview.verdict.contains("Latgale 11.4% ≠ 12%"),
            "{}",
            r.overview.verdict
        );
        // The same table, or one place that agrees, is one release.
        let same = ru
            .replace("6,6", "6,2")
            .replace("5,1", "5,8")
            .replace("12%", "11,4%");
        not_different(lv, &same);
        not_different(lv, &ru.replace("12%", "11,4%"));
        // A fourth place that agrees leaves three of four apart: two
        // months' tables may meet at a place.
        let lv = format!("{lv} Zemgalē bezdarba līmenis bija 7,0%.");
        let ru = format!("{ru} В Земгале уровень безработицы составил 7%.");
        different(&lv, &ru);
    }

    #[test]
    fn headline_rates_far_apart_are_two_releases_and_close_ones_are_not() {
        let lv = "Aprīlī patēriņa cenas Latvijā pieauga par 15,1%, liecina Centrālās statistikas pārvaldes dati.";
        let far = "В апреле потребительские цены в Латвии выросли на 1,1%, свидетельствуют данные Центрального статистического управления.";
        let near = far.replace("1,1%", "14,9%");
        different(lv, far);
        not_different(lv, &near);
        // The monthly rate first and the annual one after it, against the annual.
        let both = "Septembrī patēriņa cenas Latvijā salīdzinājumā ar augustu pieauga par 1,6%, bet gada laikā par 22,2%, liecina Centrālās statistikas pārvaldes dati.";
        let annual = "В сентябре инфляция в Латвии составила 22,2%, сообщило Центральное статистическое управление.";
        not_different(both, annual);
    }
}
