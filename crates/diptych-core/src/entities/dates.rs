//! Dates: weekdays and months by their CLDR names, calendar dates written out
//! in Latvian, Russian or English ("2025. gada 14. martā", "14 февраля 2025
//! года", "14.03.2025"), and relative days (vakar, накануне), so that the
//! verdict can compare the two texts' dates as days of the calendar.

use rustc_hash::FxHashMap as HashMap;

use super::{gazetteer, Identity};
use crate::normalize::{key, Token};
use crate::Lang;

/// Weekday and month forms from CLDR, by lowercase form and by key.
pub(super) struct Calendar {
    by_form: HashMap<String, usize>,
    by_key: HashMap<String, (usize, usize)>,
    entries: Vec<(String, String)>,
}

pub(super) fn calendar() -> &'static Calendar {
    static CALENDAR: std::sync::OnceLock<Calendar> = std::sync::OnceLock::new();
    CALENDAR.get_or_init(|| {
        let mut c = Calendar {
            by_form: HashMap::default(),
            by_key: HashMap::default(),
            entries: Vec::new(),
        };
        let days = gazetteer::WEEKDAYS
            .iter()
            .enumerate()
            .map(|(i, d)| (format!("weekday:{i}"), d));
        let months = gazetteer::MONTHS
            .iter()
            .enumerate()
            .map(|(i, m)| (format!("month:{i}"), m));
        for (id, forms) in days.chain(months) {
            let entry = c.entries.len();
            c.entries.push((id, forms[0][0].to_string()));
            for (names, lang) in forms
                .iter()
                .zip([Lang::English, Lang::Latvian, Lang::Russian])
            {
                for n in names.iter() {
                    let lower = n.to_lowercase();
                    c.by_key
                        .insert(key(&lower, lang), (entry, lower.chars().count()));
                    // The Latvian dative ("līdz 22. februārim", "līdz
                    // 1. augustam") is no stem plus ending the keys know.
                    if lang == Lang::Latvian {
                        let dative = if let Some(stem) = lower.strip_suffix("is") {
                            Some(format!("{stem}im"))
                        } else {
                            lower.strip_suffix('s').map(|stem| format!("{stem}am"))
                        };
                        if let Some(d) = dative {
                            c.by_form.insert(d, entry);
                        }
                    }
                    // The Russian prepositional from CLDR's genitive ("в
                    // мае", "в марте"): "мае" has a stem too short to find.
                    if lang == Lang::Russian {
                        if let Some(stem) = lower.strip_suffix(['а', 'я']) {
                            if names.len() > 1 {
                                c.by_form.insert(format!("{stem}е"), entry);
                            }
                        }
                    }
                    c.by_form.insert(lower, entry);
                }
            }
        }
        c
    })
}

/// Weekdays and months, by CLDR names in the three languages: the exact
/// form, or the same stem with an ending (trešdienas, пятницу).
pub(super) fn calendar_word(t: &Token<'_>) -> Option<Identity> {
    if t.number {
        return None;
    }
    let c = calendar();
    let lower: &str = &t.lower;
    // A form the calendar gives whole ("мая", May's genitive, whose stem is
    // too short to look up by), or a stem of three letters or more.
    let entry = c.by_form.get(lower).copied().or_else(|| {
        (t.key.chars().count() >= 3)
            .then(|| c.by_key.get(&*t.key))
            .flatten()
            .filter(|&&(_, len)| lower.chars().count() <= len + 3)
            .map(|&(e, _)| e)
    })?;
    let (id, label) = &c.entries[entry];
    Some(Identity::Date(id.clone(), label.clone()))
}

/// The month (1–12) a word names, in any of the three languages and cases.
fn month(t: &Token<'_>) -> Option<u32> {
    match calendar_word(t)? {
        Identity::Date(id, _) => id
            .strip_prefix("month:")?
            .parse::<u32>()
            .ok()
            .map(|m| m + 1),
        _ => None,
    }
}

/// Russian months cut to three letters without a stop, as news agencies'
/// datelines write them after the day ("30 ноя", "2 сен"); written here
/// from general knowledge. Read as a date only right after a day's number;
/// a dateline's words (`align`) count them by prefix.
pub(crate) const AGENCY_MONTHS: [&str; 12] = [
    "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
];

fn abbreviated_month(t: &Token<'_>) -> Option<u32> {
    AGENCY_MONTHS
        .iter()
        .position(|m| *m == &*t.lower)
        .map(|k| k as u32 + 1)
}

pub(crate) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Days relative to the text's own day, by word. Written here from general
/// knowledge of the languages.
const RELATIVE: &[(&str, i32, &str)] = &[
    ("šodien", 0, "today"),
    ("vakar", -1, "yesterday"),
    ("aizvakar", -2, "the day before yesterday"),
    ("rīt", 1, "tomorrow"),
    ("parīt", 2, "the day after tomorrow"),
    ("сегодня", 0, "today"),
    ("вчера", -1, "yesterday"),
    ("накануне", -1, "yesterday"),
    ("позавчера", -2, "the day before yesterday"),
    ("завтра", 1, "tomorrow"),
    ("послезавтра", 2, "the day after tomorrow"),
    ("today", 0, "today"),
    ("yesterday", -1, "yesterday"),
    ("tomorrow", 1, "tomorrow"),
];

fn day_number(t: &Token<'_>) -> Option<u32> {
    let d: u32 = t.text.parse().ok()?;
    (t.number && (1..=31).contains(&d)).then_some(d)
}

fn year_number(t: &Token<'_>) -> Option<u32> {
    let y: u32 = t.text.parse().ok()?;
    (t.number && t.text.len() == 4 && (1800..=2100).contains(&y)).then_some(y)
}

fn full_date(y: Option<u32>, m: u32, d: u32) -> Identity {
    match y {
        Some(y) => Identity::Date(
            format!("day:{y:04}-{m:02}-{d:02}"),
            format!("{y:04}-{m:02}-{d:02}"),
        ),
        None => Identity::Date(
            format!("day:--{m:02}-{d:02}"),
            format!("{d} {}", MONTH_NAMES[m as usize - 1]),
        ),
    }
}

/// A calendar date written out, starting at `toks[i]`: "2025. gada 14.
/// martā", "14. martā", "14 февраля 2025 года", "March 14, 2025",
/// "14.03.2025"; a month with its year ("2025. gada martā", "в марте 2025
/// года"); or a relative day ("vakar", "накануне").
pub(super) fn date_phrase(toks: &[Token<'_>], i: usize, body: &str) -> Option<(Identity, usize)> {
    let t = &toks[i];
    if let Some(&(_, days, label)) = RELATIVE.iter().find(|(w, _, _)| *w == &*t.lower) {
        return Some((Identity::Date(format!("rel:{days}"), label.to_string()), 1));
    }
    // 14.03.2025 as one word.
    if t.number && t.text.matches('.').count() == 2 {
        let parts: Vec<u32> = t.text.split('.').filter_map(|p| p.parse().ok()).collect();
        if let [d, m, y] = parts[..] {
            if (1..=31).contains(&d) && (1..=12).contains(&m) && (1900..=2100).contains(&y) {
                return Some((full_date(Some(y), m, d), 1));
            }
        }
    }
    let at = |k: usize| toks.get(i + k);
    // Latvian: "2025. gada 14. martā" / "2025. gada martā".
    if let Some(y) = year_number(t) {
        if at(1).is_some_and(|g| &*g.lower == "gada" || &*g.lower == "g") {
            if let (Some(d), Some(m)) = (at(2).and_then(day_number), at(3).and_then(month)) {
                return Some((full_date(Some(y), m, d), 4));
            }
            if let Some(m) = at(2).and_then(month) {
                return Some((
                    Identity::Date(
                        format!("ym:{y:04}-{m:02}"),
                        format!("{} {y}", MONTH_NAMES[m as usize - 1]),
                    ),
                    3,
                ));
            }
        }
        return None;
    }
    // "14. martā", "14 февраля [2025 [года]]", and a news agency's dateline
    // "РИГА, 25 апр — Sputnik".
    if let Some(d) = day_number(t) {
        if let Some(m) = at(1).and_then(|n| month(n).or_else(|| abbreviated_month(n))) {
            let year = at(2).and_then(year_number);
            let n = if year.is_some() { 3 } else { 2 };
            return Some((full_date(year, m, d), n));
        }
        // A range's first day takes the month of its last: "с 11 по 22
        // февраля", "no 11. līdz 22. februārim", "11–22 февраля".
        let dash = at(1).is_some_and(|n| {
            body.get(t.start + t.text.len()..n.start)
                .is_some_and(|gap| matches!(gap.trim(), "-" | "–" | "—"))
        });
        let last = if dash {
            1
        } else if at(1).is_some_and(|w| matches!(&*w.lower, "по" | "до" | "līdz" | "un" | "и"))
        {
            2
        } else {
            return None;
        };
        if let (Some(_), Some(m)) = (at(last).and_then(day_number), at(last + 1).and_then(month)) {
            let year = at(last + 2).and_then(year_number);
            return Some((full_date(year, m, d), 1));
        }
        return None;
    }
    // "March 14, 2025", "в марте 2025 года" (a month word only matters before a figure).
    if !at(1).is_some_and(|n| n.number) {
        return None;
    }
    if let Some(m) = month(t) {
        if let Some(d) = at(1).and_then(day_number) {
            let year = at(2).and_then(year_number);
            return Some((full_date(year, m, d), if year.is_some() { 3 } else { 2 }));
        }
        if let Some(y) = at(1).and_then(year_number) {
            return Some((
                Identity::Date(
                    format!("ym:{y:04}-{m:02}"),
                    format!("{} {y}", MONTH_NAMES[m as usize - 1]),
                ),
                2,
            ));
        }
    }
    let _ = body;
    None
}

#[cfg(test)]
mod tests {
    use crate::{compare, EntityKind, Input};

    /// Each mention's text with its entity's kind and label, left side.
    fn read(text: &str) -> Vec<(String, EntityKind, String)> {
        let r = compare(Input::text(text), Input::text("Nekas nenotika.")).unwrap();
        r.entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(move |m| (m.text.clone(), e.kind, e.label.clone()))
            })
            .collect()
    }

    #[test]
    fn a_day_of_may_is_a_date_though_its_stem_is_short() {
        let found = read("7 мая во время учений погиб боец.");
        assert!(
            found.iter().any(|(t, kind, label)| t == "7 мая"
                && *kind == EntityKind::Date
                && label == "7 May"),
            "{found:?}"
        );
        assert!(
            found.iter().all(|(_, kind, _)| *kind != EntityKind::Number),
            "{found:?}"
        );
        let found = read("Выборы пройдут в мае 2026 года.");
        assert!(
            found
                .iter()
                .any(|(_, kind, label)| *kind == EntityKind::Date && label == "May 2026"),
            "{found:?}"
        );
    }

    #[test]
    fn a_news_agency_s_dateline_gives_its_day() {
        let dates: Vec<String> = read("ТАЛЛИН, 30 ноя – РИА Новости. Сенат собрался 2 сен.")
            .into_iter()
            .filter(|(_, k, _)| *k == EntityKind::Date)
            .map(|(_, _, label)| label)
            .collect();
        assert_eq!(dates, ["30 November", "2 September"]);
        // Not a month without its day: "сен" alone is nothing.
        assert!(read("Сен и Мар пришли.")
            .iter()
            .all(|(_, k, _)| *k != EntityKind::Date));
    }

    #[test]
    fn a_range_s_first_day_takes_the_month_of_its_last() {
        for text in [
            "Турнир проходит с 11 по 22 февраля.",
            "Turnīrs notiek no 11. līdz 22. februārim.",
            "Турнир пройдёт 11–22 февраля.",
        ] {
            let found = read(text);
            let eleven = found.iter().find(|(t, _, _)| t.starts_with("11"));
            assert!(
                eleven.is_some_and(|(_, kind, label)| *kind == EntityKind::Date
                    && label.contains("11")
                    && label.contains("February")),
                "{text}: {found:?}"
            );
        }
        // A count before "по" stays a count.
        let found = read("Погибли 11 человек.");
        assert!(
            found.iter().all(|(_, kind, _)| *kind != EntityKind::Date),
            "{found:?}"
        );
    }
}
