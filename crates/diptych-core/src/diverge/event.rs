//! Same event? The verdict, and its evidence as a grid of who, what, where
//! and when, each split into shared, one-sided and conflicting.
//!
//! Dates are compared as days of the calendar: a weekday or a relative day
//! ("trešdien", "накануне") is resolved against the text's own latest full
//! date, so that "Wednesday" and "5 January 2022" can agree; a weekday set
//! before a date is that date's, as the text says. A side's date is the
//! first day it names; two days of one month a few apart are two steps of
//! one story, or a discrepancy when linked paragraphs give them. Places
//! weigh by how specific they are: two texts
//! that both name a town or a street, and none in common, are about two
//! places, whatever country they share. A different day or a different place
//! makes two reports two events — related ones if they still share a person.

use crate::{
    Document, Entity, EntityKind, EventGrid, GridRow, Link, NumberConflict, Overview, Quantity,
    SameEvent, Side,
};

/// A day of the calendar, or what a text says of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Day {
    /// Year (if given), month, day.
    Date(Option<i32>, u32, u32),
    /// A weekday, 0 = Monday.
    Weekday(u32),
    /// Days from the text's own day (0 today, -1 yesterday).
    Relative(i32),
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
use crate::entities::dates::MONTH_NAMES as MONTHS;

/// Reads a date entity's label back ("2025-03-14", "14 March", "Wednesday", "yesterday").
fn day_of(label: &str) -> Option<Day> {
    if let Some(w) = weekday_of_label(label) {
        return Some(Day::Weekday(w));
    }
    match label {
        "today" => return Some(Day::Relative(0)),
        "yesterday" => return Some(Day::Relative(-1)),
        "the day before yesterday" => return Some(Day::Relative(-2)),
        "tomorrow" => return Some(Day::Relative(1)),
        _ => {}
    }
    let parts: Vec<&str> = label.split('-').collect();
    if let [y, m, d] = parts[..] {
        return Some(Day::Date(
            Some(y.parse().ok()?),
            m.parse().ok()?,
            d.parse().ok()?,
        ));
    }
    let mut words = label.split(' ');
    let (d, m) = (words.next()?.parse::<u32>().ok()?, words.next()?);
    let m = MONTHS.iter().position(|x| *x == m)? as u32 + 1;
    Some(Day::Date(None, m, d))
}

/// The weekday a date entity's label names, 0 = Monday ("Monday").
pub(super) fn weekday_of_label(label: &str) -> Option<u32> {
    #[allow(clippy::cast_possible_truncation)] // one of seven
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(label))
        .map(|w| w as u32)
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((yoe + era * 400 + i64::from(m <= 2)) as i32, m, d)
}

/// 0 = Monday.
fn weekday(days: i64) -> u32 {
    (days + 3).rem_euclid(7) as u32
}

/// The document's own date, when its file gives one: (year, month, day).
fn published(doc: &Document) -> Option<(i32, u32, u32)> {
    match day_of(doc.published.as_deref()?) {
        Some(Day::Date(Some(y), m, d)) => Some((y, m, d)),
        _ => None,
    }
}

/// The year a side's dates are in: its document's date, else its latest
/// full date.
fn side_year(doc: &Document, entities: &[Entity], side: Side) -> Option<i32> {
    published(doc).map(|(y, _, _)| y).or_else(|| {
        entities
            .iter()
            .filter(|e| e.kind == EntityKind::Date && e.mentions.iter().any(|m| m.side == side))
            .filter_map(|e| match day_of(&e.label) {
                Some(Day::Date(Some(y), _, _)) => Some(y),
                _ => None,
            })
            .max()
    })
}

/// A day, where its mention stands, and its date entity.
struct DayAt {
    start: usize,
    end: usize,
    day: Day,
    entity: usize,
}

/// Of the years around `hint`, the nearest in which day `d` of month `m`
/// falls on weekday `w` ("Otrdienas, 27. janvāra" in a story of 2026).
fn year_of_weekday(hint: i32, m: u32, d: u32, w: u32) -> Option<i32> {
    [hint, hint - 1, hint + 1]
        .into_iter()
        .find(|&y| weekday(days_from_civil(y, m, d)) == w)
}

/// One side's days, in reading order, with weekdays and relative days
/// resolved against its anchor (the document's date, else its latest full date).
///
/// A weekday set before a date ("Во вторник, 28 января 2026 года") is that
/// date's, as the text says, and so is every other mention of that weekday
/// in the text; when the date has no year, the weekday gives it one near
/// `hint` (the year either text dates itself in). Also the date entities
/// whose year was so guessed.
fn side_days(
    doc: &Document,
    entities: &[Entity],
    side: Side,
    hint: Option<i32>,
) -> (Vec<(usize, Day, usize)>, Vec<usize>, Vec<(usize, u32)>) {
    let mut days: Vec<DayAt> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Date)
        .filter_map(|e| Some((e, day_of(&e.label)?)))
        .flat_map(|(e, day)| {
            e.mentions
                .iter()
                .filter(move |m| m.side == side)
                .map(move |m| DayAt {
                    start: m.start,
                    end: m.end,
                    day,
                    entity: e.id,
                })
        })
        .collect();
    days.sort_by_key(|d| d.start);
    // Weekdays the text names a date of: weekday -> (date, its entity).
    let mut declared: [Option<(Day, usize)>; 7] = [None; 7];
    let mut told = vec![false; days.len()];
    let mut guessed = Vec::new();
    // Dates the text gives a weekday of and no year ("sestdienas, 21.
    // februāra"): their entity and weekday.
    let mut yearless_weekdays = Vec::new();
    for k in 1..days.len() {
        let (Day::Weekday(w), Day::Date(y, m, d)) = (days[k - 1].day, days[k].day) else {
            continue;
        };
        let between = doc.text.get(days[k - 1].end..days[k].start).unwrap_or("x");
        if between.chars().count() > 3 || between.chars().any(char::is_alphanumeric) {
            continue;
        }
        let year = y.or_else(|| {
            guessed.push(days[k].entity);
            year_of_weekday(hint?, m, d, w)
        });
        if let Some(year) = year {
            days[k].day = Day::Date(Some(year), m, d);
            declared[w as usize] = Some((days[k].day, days[k].entity));
        } else {
            yearless_weekdays.push((days[k].entity, w));
        }
        told[k - 1] = true;
    }
    let mut k = 0;
    days.retain(|_| {
        k += 1;
        !told[k - 1]
    });
    for at in &mut days {
        if let Day::Weekday(w) = at.day {
            if let Some((day, entity)) = declared[w as usize] {
                (at.day, at.entity) = (day, entity);
            }
        }
    }
    let mut days: Vec<(usize, Day, usize)> = days
        .into_iter()
        .map(|d| (d.start, d.day, d.entity))
        .collect();
    // (Not a deadline: "Ierobežojumi būs spēkā līdz 2027. gada 31.
    // decembrim" is no day the week of "pirmdien" can be told from.)
    let anchor = published(doc)
        .map(|(y, m, d)| days_from_civil(y, m, d))
        .or_else(|| {
            days.iter()
                .filter(|&&(start, _, _)| !deadline(doc, start))
                .filter_map(|(_, d, _)| {
                    if let Day::Date(Some(y), m, d) = d {
                        Some(days_from_civil(*y, *m, *d))
                    } else {
                        None
                    }
                })
                .max()
        });
    if let Some(anchor) = anchor {
        for (_, day, _) in &mut days {
            let resolved = match *day {
                Day::Weekday(w) => Some(anchor - i64::from((weekday(anchor) + 7 - w) % 7)),
                Day::Relative(r) if doc.published.is_some() => Some(anchor + i64::from(r)),
                _ => None,
            };
            if let Some(z) = resolved {
                let (y, m, d) = civil_from_days(z);
                *day = Day::Date(Some(y), m, d);
            }
        }
    }
    (days, guessed, yearless_weekdays)
}

/// Two date entities that differ in one field, each with the day it was
/// read as ("2026-01-27" for "Otrdienas, 27. janvāra" once its weekday gave
/// it a year).
pub type Discrepancy = [(usize, String); 2];

/// Words that make a date a bound in time, before or since which something
/// is told: everyday Latvian, Russian and English, written here.
const SINCE: &[&str] = &[
    "kopš",
    "pēc",
    "līdz",
    "pirms",
    "после",
    "с",
    "со",
    "до",
    "since",
    "after",
    "until",
    "before",
];

/// Words before a deadline ("līdz 5. martam", "до 14 декабря", "until"):
/// everyday Latvian, Russian and English, written here.
const UNTIL: &[&str] = &["līdz", "до", "until"];

/// Verbs of telling (word starts), everyday Latvian, Russian and English,
/// written here: a day said with one is when the news was given.
const TELLING: &[&str] = &[
    "pavēst",
    "paziņo",
    "ziņo",
    "informē",
    "sacīj",
    "teica",
    "сообщ",
    "заяв",
    "рассказ",
    "said",
    "reported",
    "announced",
];

/// Whether the day mentioned at `at` is said with a verb of telling, next
/// to it: "ceturtdien pavēstīja varasiestādes", "сообщили в четверг".
fn day_of_telling(doc: &Document, at: usize) -> bool {
    let Some(after) = doc.text.get(at..) else {
        return false;
    };
    let next: Vec<String> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip(1)
        .take(1)
        .map(str::to_lowercase)
        .collect();
    let before = super::moments::words_before(&doc.text, at);
    let near = next.iter().chain(
        before
            .iter()
            .rev()
            .skip_while(|w| matches!(w.as_str(), "в" | "во"))
            .take(1),
    );
    near.into_iter()
        .any(|w| TELLING.iter().any(|v| w.starts_with(v)))
}

/// Whether the word right before `at` is one of `words` (lower case).
fn after_one_of(doc: &Document, at: usize, words: &[&str]) -> bool {
    super::moments::words_before(&doc.text, at)
        .last()
        .is_some_and(|w| words.contains(&w.as_str()))
}

/// Whether the date mentioned at `at` is a deadline ("līdz 5. martam"), or
/// a day hoped or planned for ("надеется, что в среду, 18 декабря, паром
/// снова отправится в путь"): no day the story tells of.
fn deadline(doc: &Document, at: usize) -> bool {
    after_one_of(doc, at, UNTIL) || hoped_for(doc, at) || compared_with(doc, at)
}

/// Words that open a comparison (word starts: "salīdzinājumā ar",
/// "по сравнению с", "compared with"), and the word right before a term of
/// one ("nekā", "чем", "than", "против"): everyday Latvian, Russian and
/// English, written here.
const COMPARING: &[&str] = &["salīdzin", "сравнени", "compar"];
const THAN: &[&str] = &["nekā", "чем", "than", "против"];

/// Whether the date at `at` is what something is compared with ("šogad
/// janvārī salīdzinājumā ar decembri", "по сравнению с февралем 2018
/// года"): a month's release tells of its own month, not of the one it is
/// measured against.
fn compared_with(doc: &Document, at: usize) -> bool {
    let before = super::moments::words_before(&doc.text, at);
    before
        .iter()
        .rev()
        .take(3)
        .any(|w| COMPARING.iter().any(|c| w.starts_with(c)))
        || before
            .iter()
            .rev()
            .find(|w| !matches!(w.as_str(), "в" | "во" | "in"))
            .is_some_and(|w| THAN.contains(&w.as_str()))
}

/// Whether the sentence of the date at `at`, before it, says the day is
/// hoped, planned or expected for.
fn hoped_for(doc: &Document, at: usize) -> bool {
    let Some(sentence) = doc
        .paragraphs
        .iter()
        .flat_map(|p| &p.sentences)
        .find(|s| s.start <= at && at < s.end)
    else {
        return false;
    };
    // (The words of hoping stand close before their day: "надеется, что в
    // среду, 18 декабря"; the last 60 letters are read.)
    let Some(own) = doc.text.get(sentence.start..at) else {
        return false;
    };
    let from = own.char_indices().rev().nth(60).map(|(k, _)| k);
    // (From a word's start, not a cut word's tail: "…koncer" is no "cer";
    // and from the last turn of the clause, "однако", "bet": "рассчитывала
    // на мирный митинг, однако в субботу" tells of that Saturday.)
    let before = from.map_or(own, |k| {
        let rest = &own[k..];
        rest.find(|c: char| !c.is_alphanumeric())
            .map_or("", |cut| &rest[cut..])
    });
    let turn = [
        ", однако ",
        ", но ",
        ", а ",
        ", bet ",
        ", taču ",
        ", tomēr ",
        ", but ",
    ]
    .iter()
    .filter_map(|t| before.rfind(t).map(|k| k + t.len()))
    .max()
    .unwrap_or(0);
    before[turn..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .any(|w| {
            HOPED.iter().any(|h| match h.strip_prefix('=') {
                Some(whole) => w == whole,
                None => w.starts_with(h),
            })
        })
}

/// Words of hoping, planning and expecting, by their start ("=" a whole
/// word): everyday Latvian, Russian and English, written here.
const HOPED: &[&str] = &[
    "надеет",
    "надеют",
    "планиру",
    "ожидает",
    "=cer",
    "=cerot",
    "=cerams",
    "=plāno",
    "=plānojot",
    "=hopes",
    "=plans",
    "=expected",
];

/// Capitals of the states the region's news most tells of, by their
/// gazetteer labels: general knowledge, written here.
const CAPITALS: &[(&str, &str)] = &[
    ("Riga", "Latvia"),
    ("Vilnius", "Lithuania"),
    ("Tallinn", "Estonia"),
    ("Moscow", "Russia"),
    ("Minsk", "Belarus"),
    ("Kyiv", "Ukraine"),
    ("Warsaw", "Poland"),
    ("Helsinki", "Finland"),
    ("Stockholm", "Sweden"),
    ("Oslo", "Norway"),
    ("Copenhagen", "Denmark"),
    ("Berlin", "Germany"),
    ("Paris", "France"),
    ("London", "United Kingdom"),
    ("Brussels", "Belgium"),
    ("Prague", "Czechia"),
    ("Vienna", "Austria"),
    ("Budapest", "Hungary"),
    ("Rome", "Italy"),
    ("Madrid", "Spain"),
    ("Ankara", "Türkiye"),
    ("Tehran", "Iran"),
    ("Astana", "Kazakhstan"),
    ("Bishkek", "Kyrgyzstan"),
    ("Tashkent", "Uzbekistan"),
    ("Dushanbe", "Tajikistan"),
    ("Ashgabat", "Turkmenistan"),
    ("Tbilisi", "Georgia"),
    ("Yerevan", "Armenia"),
    ("Baku", "Azerbaijan"),
    ("Chișinău", "Moldova"),
];

/// Words that give a date as the text's own day ("šodien, 27.decembrī"):
/// everyday Latvian, Russian and English, written here.
const TODAY: &[&str] = &["šodien", "сегодня", "today"];

/// Whether the date mentioned at `at` is given as the text's own day
/// ("šodien, 27.decembrī", "Сегодня, 28 ноября").
fn told_as_today(doc: &Document, at: usize) -> bool {
    after_one_of(doc, at, TODAY)
}

/// The month of a date entity that names a month and no day ("December",
/// "December 2025").
fn month_of(label: &str) -> Option<u32> {
    let name = label.split(' ').next()?;
    let m = MONTHS.iter().position(|x| *x == name)? as u32 + 1;
    let rest: Vec<&str> = label.split(' ').skip(1).collect();
    (rest.is_empty() || (rest.len() == 1 && rest[0].parse::<i32>().is_ok())).then_some(m)
}

/// Whether a date entity names a day, a weekday or a month without its
/// year ("17 February", "Thursday", "August"): one that two texts may each
/// name of another year.
pub(super) fn unplaced(label: &str) -> bool {
    matches!(day_of(label), Some(Day::Date(None, _, _) | Day::Weekday(_)))
        || MONTHS.contains(&label)
}

/// Whether a date entity's label lacks the year its day was read with.
pub(super) fn yearless(label: &str) -> bool {
    matches!(day_of(label), Some(Day::Date(None, _, _)))
}

/// Whether two days can be the same day.
fn agree(a: Day, b: Day) -> bool {
    match (a, b) {
        (Day::Date(ya, ma, da), Day::Date(yb, mb, db)) => {
            ma == mb && da == db && (ya.is_none() || yb.is_none() || ya == yb)
        }
        (Day::Weekday(w), Day::Date(Some(y), m, d))
        | (Day::Date(Some(y), m, d), Day::Weekday(w)) => weekday(days_from_civil(y, m, d)) == w,
        (Day::Weekday(a), Day::Weekday(b)) => a == b,
        // A relative day with nothing to resolve it against says nothing.
        _ => true,
    }
}

/// Whether two days are known to be the same day: they agree, and not only
/// because one of them cannot be placed (a weekday against a date without
/// its year).
fn same_day(a: Day, b: Day) -> bool {
    let placed = |d: Day| matches!(d, Day::Date(..)) || matches!(d, Day::Weekday(_));
    let unknown = matches!(
        (a, b),
        (Day::Weekday(_), Day::Date(None, _, _)) | (Day::Date(None, _, _), Day::Weekday(_))
    );
    placed(a) && placed(b) && !unknown && agree(a, b)
}

fn day_text(d: Day) -> String {
    match d {
        Day::Date(Some(y), m, dd) => format!("{y:04}-{m:02}-{dd:02}"),
        Day::Date(None, m, dd) => format!("{dd} {}", MONTHS[m as usize - 1]),
        Day::Weekday(w) => WEEKDAYS[w as usize].to_string(),
        Day::Relative(r) => format!("{r} days"),
    }
}

/// Most days between two dates of one story's steps.
const STEP_DAYS: u32 = 3;

/// Two dates a few days apart (22 and 23 November; 31 August and "в ночь
/// на 1 сентября"), each given the other's year where it lacks one.
fn days_apart(a: Day, b: Day) -> Option<(Day, Day)> {
    let (Day::Date(ya, ma, da), Day::Date(yb, mb, db)) = (a, b) else {
        return None;
    };
    let year = match (ya, yb) {
        (Some(x), Some(y)) if x != y => return None,
        _ => ya.or(yb),
    };
    // (Without a year, counted as in a common year, and across the
    // year's end when a side gives none: 31 December and 1 January.)
    let on = |m, d| days_from_civil(year.unwrap_or(2001), m, d);
    let mut gap = on(ma, da).abs_diff(on(mb, db));
    if ya.is_none() || yb.is_none() {
        gap = gap.min(365u64.saturating_sub(gap));
    }
    (gap != 0 && gap <= u64::from(STEP_DAYS))
        .then_some((Day::Date(year, ma, da), Day::Date(year, mb, db)))
}

/// Two dates that differ in one field only, the rest given alike (14 March
/// and 14 February 2025): two accounts of one fact, not two events.
fn one_field_apart(a: Day, b: Day) -> bool {
    match (a, b) {
        (Day::Date(Some(ya), ma, da), Day::Date(Some(yb), mb, db)) => {
            u8::from(ya != yb) + u8::from(ma != mb) + u8::from(da != db) == 1
        }
        _ => false,
    }
}

/// The when row; and, when the two texts' first days differ in one field
/// only, that pair of date entities (a discrepancy rather than two events).
/// (`two_spans`: whether the texts give totals over two spans of the year,
/// [`super::moments::spans`].)
fn when(
    left: &Document,
    right: &Document,
    entities: &[Entity],
    links: &[Link],
    two_spans: bool,
) -> (GridRow, Option<Discrepancy>) {
    let (yl, yr) = (
        side_year(left, entities, Side::Left),
        side_year(right, entities, Side::Right),
    );
    let ((l, guessed_l, weekdays_l), (r, guessed_r, weekdays_r)) = (
        side_days(left, entities, Side::Left, yl.or(yr)),
        side_days(right, entities, Side::Right, yr.or(yl)),
    );
    let mut row = GridRow::default();
    let informative = |d: &Day| !matches!(d, Day::Relative(_));
    for (_, a, _) in l.iter().filter(|d| informative(&d.1)) {
        let text = day_text(*a);
        let met: Vec<Day> = r
            .iter()
            .filter(|(_, b, _)| informative(b) && same_day(*a, *b))
            .map(|d| d.1)
            .collect();
        // (A date the other text meets only by its weekday is that
        // weekday in common, and the date this text's own: "Friday" both
        // say, "2026-03-13" one of them.)
        let by_weekday = matches!(a, Day::Date(..))
            && !met.is_empty()
            && met.iter().all(|b| matches!(b, Day::Weekday(_)));
        if by_weekday {
            let weekday = day_text(met[0]);
            if !row.shared.contains(&weekday) {
                row.shared.push(weekday);
            }
            if !row.left_only.contains(&text) {
                row.left_only.push(text);
            }
        } else if !met.is_empty() {
            if !row.shared.contains(&text) {
                row.shared.push(text);
            }
        } else if !row.left_only.contains(&text) {
            row.left_only.push(text);
        }
    }
    for (_, b, _) in r.iter().filter(|d| informative(&d.1)) {
        let text = day_text(*b);
        let met = |a: &Day| informative(a) && same_day(*a, *b);
        // (Met only by the other's weekday, a date is this text's own.)
        let by_weekday = matches!(b, Day::Date(..))
            && l.iter()
                .all(|(_, a, _)| !met(a) || matches!(a, Day::Weekday(_)));
        if (!l.iter().any(|(_, a, _)| met(a)) || by_weekday) && !row.right_only.contains(&text) {
            row.right_only.push(text);
        }
    }
    // The day each text reports first is its event's day; a dateline's
    // ("Дата публикации: 06.09.2025", "© LTV 8 декабря, 2025") is the day
    // the page was written, not the day it tells of, and stands for it
    // only when the text gives no other.
    // (Nor is a deadline a day the text tells of: "объявят до 14 декабря".)
    // (Nor the day it was told on: "ceturtdien pavēstīja varasiestādes"
    // of a blast "naktī uz trešdienu".)
    let told = |doc: &Document, days: &[(usize, Day, usize)]| {
        days.iter()
            .find(|d| {
                informative(&d.1)
                    && !in_dateline(doc, d.0)
                    && !deadline(doc, d.0)
                    && !day_of_telling(doc, d.0)
            })
            .copied()
    };
    let (tl, tr) = (told(left, &l), told(right, &r));
    let first =
        |told: Option<(usize, Day, usize)>, doc: &Document, days: &[(usize, Day, usize)]| {
            told.or_else(|| {
                days.iter()
                    .find(|d| informative(&d.1) && !deadline(doc, d.0))
                    .copied()
            })
        };
    let (fl, fr) = (first(tl, left, &l), first(tr, right, &r));
    let mut discrepancy = None;
    // A text that names a month and no day ("decembrī apturējusi") against
    // one whose first day, outside its datelines, is in another month, when
    // neither names the other's month at all: another month's event.
    // (A month told as a bound, "после февраля 2022 года", "kopš
    // marta", is a time before or since, not the event's month.)
    // (Nor a month a release is compared with: "salīdzinājumā ar
    // decembri".)
    let bound = |m: &crate::Mention| {
        let doc = if m.side == Side::Left { left } else { right };
        after_one_of(doc, m.start, SINCE) || compared_with(doc, m.start)
    };
    let months = |side: Side, days: &[(usize, Day, usize)]| -> Vec<u32> {
        let mut out: Vec<u32> = entities
            .iter()
            .filter(|e| {
                e.kind == EntityKind::Date && e.mentions.iter().any(|m| m.side == side && !bound(m))
            })
            .filter_map(|e| month_of(&e.label))
            .collect();
        let doc = if side == Side::Left { left } else { right };
        out.extend(
            days.iter()
                .filter(|d| !deadline(doc, d.0))
                .filter_map(|d| match d.1 {
                    Day::Date(_, m, _) => Some(m),
                    _ => None,
                }),
        );
        out
    };
    let sides = [
        (months(Side::Left, &l), tl.map(|d| d.1)),
        (months(Side::Right, &r), tr.map(|d| d.1)),
    ];
    // (Where both texts give a day, those two days are compared below.)
    for k in (0..2).filter(|_| fl.is_none() || fr.is_none()) {
        let ((only, day), (other, other_day)) = (&sides[k], &sides[1 - k]);
        if let (None, Some(Day::Date(_, m, d)), Some(&month)) = (day, other_day, only.first()) {
            if !only.contains(m) && !other.contains(&month) {
                let mut texts = [
                    MONTHS[month as usize - 1].to_string(),
                    day_text(Day::Date(None, *m, *d)),
                ];
                if k == 1 {
                    texts.swap(0, 1);
                }
                row.conflicting.push(texts.join(" ≠ "));
            }
        }
    }
    // Two texts that give months and no day, each a month the other never
    // names: two months' events, two monthly releases ("janvārī" against
    // "в феврале", each compared with the month before).
    // (Not totals over two spans of one year, "septiņos mēnešos" told in
    // July and "за восемь месяцев" in August: one running count, which
    // the spans tell as two moments of.)
    if let (None, None, Some(&a), Some(&b)) = (fl, fr, sides[0].0.first(), sides[1].0.first()) {
        if !sides[0].0.contains(&b) && !sides[1].0.contains(&a) && !two_spans {
            row.conflicting.push(format!(
                "{} ≠ {}",
                MONTHS[a as usize - 1],
                MONTHS[b as usize - 1]
            ));
        }
    }
    if let (Some((_, a, ea)), Some((_, b, eb))) = (fl, fr) {
        // A weekday's date ("sestdien, 13. janvārī") against a date given
        // without a year is no evidence of two days, as a weekday alone
        // is not: the first day a text gives may be another step of the
        // story (a match day, an opening).
        // (Unless the text gives that date as its own day, "šodien,
        // 27.decembrī": then it is the day it tells of.)
        let bare = |d: Day, entity: usize| {
            matches!(d, Day::Date(None, _, _))
                && !entities[entity].mentions.iter().any(|m| {
                    told_as_today(if m.side == Side::Left { left } else { right }, m.start)
                })
        };
        let guessed =
            (guessed_l.contains(&ea) && bare(b, eb)) || (guessed_r.contains(&eb) && bare(a, ea));
        // Whether linked paragraphs give the two days: one fact told two ways.
        let told_as_one = entities[ea].mentions.iter().any(|x| {
            entities[eb].mentions.iter().any(|y| {
                x.side == Side::Left
                    && y.side == Side::Right
                    && links
                        .iter()
                        .any(|k| k.left.contains(&x.paragraph) && k.right.contains(&y.paragraph))
            })
        });
        // A date one text gives with its weekday and no year, against a
        // weekday alone in the other: the two weekdays are compared
        // ("sestdienas, 21. februāra" and "в воскресенье" are two days).
        let weekday_of = |day: Day, entity: usize, declared: &[(usize, u32)]| match day {
            Day::Weekday(w) => Some(w),
            Day::Date(None, ..) => declared.iter().find(|x| x.0 == entity).map(|x| x.1),
            _ => None,
        };
        let weekdays_differ = matches!(
            (a, b),
            (Day::Weekday(_), Day::Date(None, ..)) | (Day::Date(None, ..), Day::Weekday(_))
        ) && matches!(
            (weekday_of(a, ea, &weekdays_l), weekday_of(b, eb, &weekdays_r)),
            (Some(x), Some(y)) if x != y
        );
        // (A dateline stands for the day a text has none of its own, the
        // day it was written: the other's weekday a day to three before it
        // is the event the page reports, "sestdien" against "Sunday, 13
        // September. 2015".)
        let written_after = |dated: Option<(usize, Day, usize)>,
                             doc: &Document,
                             day: Day,
                             entity: usize,
                             declared: &[(usize, u32)],
                             other: Option<u32>| {
            dated.is_some_and(|d| in_dateline(doc, d.0))
                && weekday_of(day, entity, declared)
                    .zip(other)
                    .is_some_and(|(w, o)| (1..=3).contains(&((w + 7 - o) % 7)))
        };
        let reported_later =
            written_after(
                fr,
                right,
                b,
                eb,
                &weekdays_r,
                weekday_of(a, ea, &weekdays_l),
            ) || written_after(fl, left, a, ea, &weekdays_l, weekday_of(b, eb, &weekdays_r));
        // (A day both give that is one text's first and only a day the
        // other recalls, "iepriekšējā zemestrīcē 25.aprīlī" beside its own
        // Tuesday, does not make the two first days one.)
        let one_first_shared =
            row.shared.contains(&day_text(a)) != row.shared.contains(&day_text(b));
        if (row.shared.is_empty() || one_first_shared) && weekdays_differ && !reported_later {
            // (Each day with the weekday it was told as: "Sunday ≠
            // Thursday, 14 June".)
            let told = |day: Day, w: Option<u32>| match (day, w) {
                (Day::Date(..), Some(w)) => format!("{}, {}", WEEKDAYS[w as usize], day_text(day)),
                _ => day_text(day),
            };
            row.conflicting.push(format!(
                "{} ≠ {}",
                told(a, weekday_of(a, ea, &weekdays_l)),
                told(b, weekday_of(b, eb, &weekdays_r))
            ));
        } else if row.shared.is_empty() && !agree(a, b) {
            if let Some((a, b)) = days_apart(a, b) {
                // Days a few apart are two steps of one story (the first
                // clashes, the main shooting), unless the texts tell them
                // as one fact, in paragraphs they link.
                if told_as_one {
                    row.conflicting
                        .push(format!("{} ≠ {}", day_text(a), day_text(b)));
                    discrepancy = Some([(ea, day_text(a)), (eb, day_text(b))]);
                }
            } else {
                // (Another month of one day, 27 May and 27 June, is as
                // likely a monthly event's next one: a slip only where
                // linked paragraphs give it.)
                let months_apart = matches!((a, b), (Day::Date(_, ma, da), Day::Date(_, mb, db)) if ma != mb && da == db);
                // (Not the first of two months, "на 1 сентября" and "на 1
                // декабря": the days a statistic is counted to, two
                // releases; nor months further apart than a slip of the
                // pen, 14 March and 14 February.)
                let releases = matches!((a, b), (Day::Date(_, ma, da), Day::Date(_, mb, db))
                    if ma != mb && da == db && (da == 1 || ma.abs_diff(mb) > 1));
                if one_field_apart(a, b) && (!months_apart || told_as_one) && !releases {
                    discrepancy = Some([(ea, day_text(a)), (eb, day_text(b))]);
                }
                if !guessed || discrepancy.is_some() {
                    row.conflicting
                        .push(format!("{} ≠ {}", day_text(a), day_text(b)));
                }
            }
        }
    }
    // Two first dates far apart told on one weekday ("pirmdien, 9. jūlijā"
    // and "в понедельник, 1 июля"): a weekday is one day in seven, and the
    // dates tell which.
    let weekdays_only =
        !row.shared.is_empty() && row.shared.iter().all(|t| WEEKDAYS.contains(&t.as_str()));
    let first_date = |doc: &Document, days: &[(usize, Day, usize)]| {
        days.iter()
            .find(|d| matches!(d.1, Day::Date(..)) && !in_dateline(doc, d.0))
            .map(|d| (d.1, d.2))
    };
    let declared =
        |e: usize, weekdays: &[(usize, u32)]| weekdays.iter().find(|x| x.0 == e).map(|x| x.1);
    if let (Some((a, ea)), Some((b, eb))) = (first_date(left, &l), first_date(right, &r)) {
        let one_weekday = weekdays_only
            || row.shared.is_empty()
                && row.conflicting.is_empty()
                && declared(ea, &weekdays_l).is_some()
                && declared(ea, &weekdays_l) == declared(eb, &weekdays_r);
        if one_weekday && !agree(a, b) && days_apart(a, b).is_none() && !one_field_apart(a, b) {
            row.conflicting
                .push(format!("{} ≠ {}", day_text(a), day_text(b)));
        }
    }
    // Two monthly releases: the month of a year each text reports on
    // first ("2020. gada martā", "в марте 2019 года"), when both give one
    // and they differ, are two months' figures. (A month given as a bound
    // or as the base of a comparison, "salīdzinot ar 2019. gada martu",
    // is not the month reported on.)
    if row.conflicting.is_empty() && row.shared.is_empty() {
        // Each side's months of a year as it reports them, in reading order.
        let reported = |side: Side| -> Vec<String> {
            let mut at: Vec<(usize, String)> = entities
                .iter()
                .filter(|e| {
                    e.kind == EntityKind::Date
                        && month_of(&e.label).is_some()
                        && e.label.contains(' ')
                })
                .flat_map(|e| {
                    e.mentions
                        .iter()
                        .filter(move |m| m.side == side)
                        .map(move |m| (m, e))
                })
                .filter(|(m, _)| {
                    let doc = if m.side == Side::Left { left } else { right };
                    let before = super::moments::words_before(&doc.text, m.start);
                    !bound(m)
                        && !before
                            .iter()
                            .rev()
                            .take(3)
                            .any(|w| COMPARED.iter().any(|c| w.starts_with(c)))
                })
                .map(|(m, e)| (m.start, e.label.clone()))
                .collect();
            at.sort();
            at.into_iter().map(|x| x.1).collect()
        };
        let (l, r) = (reported(Side::Left), reported(Side::Right));
        // (Not where either text reports on the other's month too: a
        // forecast for January told beside December's actual figure.)
        if let (Some(a), Some(b)) = (l.first(), r.first()) {
            if a != b && !l.contains(b) && !r.contains(a) {
                row.conflicting.push(format!("{a} ≠ {b}"));
            }
        }
    }
    (row, discrepancy)
}

/// Words before the base a figure is compared with ("salīdzinot ar 2019.
/// gada martu", "по сравнению с мартом 2018 года", "compared with"), by
/// their start: everyday Latvian, Russian and English, written here.
const COMPARED: &[&str] = &["salīdzin", "nekā", "сравнени", "чем", "compared", "than"];

/// A text that gives its own day ("Сегодня, 28 ноября") against one whose
/// first day is another, more than a few days before or after
/// ("Ceturtdien, 7. novembrī"), which the first names only after its own,
/// looking back: one story's two moments (a second picket that recalls the
/// first).
fn today_apart(left: &Document, right: &Document, entities: &[Entity]) -> Option<String> {
    // Each side's date mentions in reading order: (start, day, told as today).
    let days = |side: Side| -> Vec<(usize, Day, bool)> {
        let doc = if side == Side::Left { left } else { right };
        let mut v: Vec<(usize, Day, bool)> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Date)
            .filter_map(|e| Some((e, day_of(&e.label)?)))
            .filter(|(_, d)| matches!(d, Day::Date(..)))
            .flat_map(|(e, d)| {
                e.mentions
                    .iter()
                    .filter(move |m| m.side == side)
                    .map(move |m| (m.start, d, told_as_today(doc, m.start)))
            })
            .filter(|(at, ..)| !in_dateline(doc, *at))
            .collect();
        v.sort_by_key(|x| x.0);
        v
    };
    let (l, r) = (days(Side::Left), days(Side::Right));
    for (own, other) in [(&l, &r), (&r, &l)] {
        let Some(&(at, today, _)) = own.iter().find(|d| d.2) else {
            continue;
        };
        let Some(&(_, first, _)) = other.first() else {
            continue;
        };
        // (The other's day, told here only after this text's own.)
        let before_own = own.iter().any(|d| d.0 < at && agree(d.1, first));
        // (A day or three apart is the same story told a day on: a toll
        // updated the next morning.)
        if !agree(today, first) && days_apart(today, first).is_none() && !before_own {
            return Some(format!("{} ≠ {}", day_text(first), day_text(today)));
        }
    }
    None
}

/// Whether the text at `at` stands in a paragraph that is a dateline alone.
fn in_dateline(doc: &Document, at: usize) -> bool {
    doc.paragraphs
        .iter()
        .find(|p| p.start <= at && at < p.end)
        .and_then(|p| doc.text.get(p.start..p.end))
        .is_some_and(crate::align::is_dateline)
}

/// Sorts one kind of entity into shared and one-sided labels.
pub(super) fn split(entities: &[Entity], wanted: impl Fn(&Entity) -> bool) -> GridRow {
    split_as(entities, wanted, |e| e.label.clone())
}

/// [`split`], each entity written by `text`.
fn split_as(
    entities: &[Entity],
    wanted: impl Fn(&Entity) -> bool,
    text: impl Fn(&Entity) -> String,
) -> GridRow {
    let mut row = GridRow::default();
    let mut seen: [std::collections::HashSet<String>; 3] = Default::default();
    for e in entities.iter().filter(|e| wanted(e)) {
        let (list, seen) = if e.shared {
            (&mut row.shared, &mut seen[0])
        } else if e.mentions[0].side == Side::Left {
            (&mut row.left_only, &mut seen[1])
        } else {
            (&mut row.right_only, &mut seen[2])
        };
        let shown = text(e);
        if seen.insert(shown.clone()) {
            list.push(shown);
        }
    }
    row
}

/// The whole evidence grid and the verdict drawn from it. `periods` are
/// the figures told over two periods ([`super::periods`]), "142 ≠ 91
/// (killed)": they place the texts apart.
pub fn judge(
    left: &Document,
    right: &Document,
    entities: &[Entity],
    conflicts: &[NumberConflict],
    links: &[Link],
    linked_share: f64,
    periods: &[String],
) -> (SameEvent, EventGrid, Option<Discrepancy>) {
    let who = split(entities, |e| {
        matches!(
            e.kind,
            EntityKind::Person | EntityKind::Organisation | EntityKind::Media
        )
    });
    let specific =
        |e: &Entity| e.kind == EntityKind::Place && !crate::entities::is_territory(&e.label);
    let mut where_ = split(entities, specific);
    // Places in the running text, not only in a dateline or a credit line
    // ("Киев • УНН"): those are where the report was written.
    // (Nor a dateline's town in capitals opening a paragraph: "ДУШАНБЕ, 14
    // мар — Sputnik. Число погибших в Казахстане ...".)
    let in_text = |e: &Entity| {
        e.mentions.iter().any(|m| {
            let doc = if m.side == Side::Left { left } else { right };
            doc.paragraphs.get(m.paragraph).is_some_and(|p| {
                let dateline = m.start == p.start && !m.text.chars().any(char::is_lowercase);
                !dateline && doc.text[p.start..p.end].split_whitespace().count() > 6
            })
        })
    };
    // (A province named after its town, Moscow's or Bryansk's, is wider than
    // the town or the hall a report is about: one text's province is no
    // other place than the other's town — an attack near Moscow whose
    // suspects are held in Bryansk Oblast, told against Moscow Oblast.)
    let mut told = split(entities, |e| {
        specific(e) && in_text(e) && (e.shared || !crate::entities::is_province(&e.label))
    });
    // (A neighbourhood and the city it lies in are one place told two ways:
    // Zolitūde and Riga.)
    // (So are a town and the province named after it: Moscow and
    // "Московская область".)
    // (Nor is a town the other text names only in a body's name, "Московский
    // городской суд" against "в Москве": the court is in it.)
    let named_by_bodies = |side: Side| -> Vec<String> {
        entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organisation)
            .flat_map(|e| e.mentions.iter().filter(move |m| m.side == side))
            .filter_map(|m| crate::entities::town_in_name(&m.text))
            .collect()
    };
    let (bodies_left, bodies_right) = (named_by_bodies(Side::Left), named_by_bodies(Side::Right));
    told.left_only.retain(|a| !bodies_right.contains(a));
    told.right_only.retain(|b| !bodies_left.contains(b));
    // (Between states both texts name, their capitals stand for their
    // governments: "Moscow" recalls, "Tallinn" expels — no two places.)
    // (States, not wide regions: a Riga story naming Latvia and the EU
    // still tells Riga against Jūrmala.)
    let states: Vec<&str> = entities
        .iter()
        .filter(|e| e.shared && e.kind == EntityKind::Place)
        .map(|e| e.label.as_str())
        .filter(|label| CAPITALS.iter().any(|&(_, state)| state == *label))
        .collect();
    if states.len() >= 2 {
        let seat = |p: &String| {
            CAPITALS
                .iter()
                .any(|&(town, state)| town == p && states.contains(&state))
        };
        told.left_only.retain(|a| !seat(a));
        told.right_only.retain(|b| !seat(b));
    }
    let nested = told.left_only.iter().any(|a| {
        told.right_only.iter().any(|b| {
            crate::entities::lies_in(a, b)
                || crate::entities::lies_in(b, a)
                || crate::entities::town_and_province(a, b)
        })
    });
    if where_.shared.is_empty()
        && !told.left_only.is_empty()
        && !told.right_only.is_empty()
        && !nested
    {
        where_.conflicting.push(format!(
            "{} ≠ {}",
            told.left_only.join(", "),
            told.right_only.join(", ")
        ));
    }
    // Streets are more specific still: two texts that each name streets,
    // and none in common, tell of two places in one town ("Brīvības ielā"
    // and "на улице Пелну").
    // (A round-up's other items name their own towns: "Preču ielu
    // Daugavpilī" under a report of a fire in Ulbroka is another fire, not
    // where this one burnt. A street whose paragraph names a town the
    // tables know, only its own text names, and that lies in no place both
    // name, is left out.)
    let shared_places: Vec<&str> = entities
        .iter()
        .filter(|t| t.shared && t.kind == EntityKind::Place)
        .map(|t| t.label.as_str())
        .collect();
    let elsewhere = |e: &Entity| {
        e.mentions.iter().all(|m| {
            entities.iter().any(|t| {
                t.id != e.id
                    && specific(t)
                    && !t.shared
                    && crate::entities::is_town(&t.label)
                    && !is_street(t, left, right)
                    && !shared_places
                        .iter()
                        .any(|s| crate::entities::lies_in(&t.label, s))
                    && t.mentions
                        .iter()
                        .any(|n| n.side == m.side && n.paragraph == m.paragraph)
            })
        })
    };
    let streets = split(entities, |e| is_street(e, left, right) && !elsewhere(e));
    if where_.conflicting.is_empty()
        && streets.shared.is_empty()
        && !streets.left_only.is_empty()
        && !streets.right_only.is_empty()
    {
        where_.conflicting.push(format!(
            "{} ≠ {}",
            streets.left_only.join(", "),
            streets.right_only.join(", ")
        ));
    }
    let countries = split(entities, |e| e.kind == EntityKind::Place && !specific(e));
    // Two countries and nothing in common, no place, person or body:
    // Estonia's parliament is not Lithuania's. (Not a wide region, "Europe",
    // that takes in a country.)
    let states = |names: &[String]| -> Vec<String> {
        names
            .iter()
            .filter(|c| !crate::entities::is_wide(c))
            .cloned()
            .collect()
    };
    let (states_left, states_right) = (states(&countries.left_only), states(&countries.right_only));
    if where_.conflicting.is_empty()
        && where_.shared.is_empty()
        && countries.shared.is_empty()
        && who.shared.is_empty()
        && !states_left.is_empty()
        && !states_right.is_empty()
    {
        where_.conflicting.push(format!(
            "{} ≠ {}",
            states_left.join(", "),
            states_right.join(", ")
        ));
    }
    let countries_shared = countries.shared.len();
    where_.shared.extend(countries.shared);
    where_.left_only.extend(countries.left_only);
    where_.right_only.extend(countries.right_only);
    let counted = |e: &Entity| {
        e.kind == EntityKind::Number
            && e.quantity.is_some_and(|q| {
                !matches!(
                    q,
                    Quantity::Other
                        | Quantity::Year
                        | Quantity::Percent
                        | Quantity::Money
                        | Quantity::Time
                )
            })
    };
    let mut what = split(entities, |e| {
        matches!(
            e.kind,
            EntityKind::Event | EntityKind::Work | EntityKind::Other
        )
    });
    // Figures say what they count: "5 killed", not "5". A figure that
    // disagrees is listed once, as a conflict, not also as one-sided.
    let in_conflict = |e: &Entity| conflicts.iter().any(|c| c.left == e.id || c.right == e.id);
    let figures = split_as(entities, |e| counted(e) && !in_conflict(e), Entity::counted);
    what.shared.extend(figures.shared);
    what.left_only.extend(figures.left_only);
    what.right_only.extend(figures.right_only);
    what.conflicting = conflicts
        .iter()
        .map(|c| {
            format!(
                "{} ≠ {} ({})",
                entities[c.left].readable(),
                entities[c.right].readable(),
                c.measure.as_deref().unwrap_or_else(|| c.quantity.words())
            )
        })
        .collect();
    let spans = super::moments::spans(left, right);
    let (mut when, discrepancy) = when(left, right, entities, links, !spans.is_empty());
    let moments = super::moments::apart(left, right, entities);

    let people_shared = entities
        .iter()
        .filter(|e| e.shared && e.kind == EntityKind::Person)
        .count();
    let named_shared = who.shared.len()
        + where_.shared.len()
        + what
            .shared
            .iter()
            .filter(|s| !s.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .count();
    // Each text names three people or more and none in common, and most
    // paragraphs have no counterpart: two casts, two events (two matches'
    // scorers and goalkeepers). (Where most do, a name the engine could not
    // match across alphabets, Lūks Voltons and Люк Уолтон, is likelier.)
    // Each cast must hold a name that opens with a known given name: a
    // newspaper or a school taken for people ("Dagens Nyheter", "Campus
    // Risbergskis") is no cast.
    let cast = |side: Side| -> Vec<&str> {
        entities
            .iter()
            .filter(|e| {
                e.kind == EntityKind::Person
                    && !e.shared
                    && e.mentions.iter().all(|m| m.side == side)
            })
            .map(|e| e.label.as_str())
            .collect()
    };
    let (cast_left, cast_right) = (cast(Side::Left), cast(Side::Right));
    let real = |cast: &[&str]| {
        cast.len() >= 3
            && cast.iter().any(|label| {
                label
                    .split_whitespace()
                    .next()
                    .is_some_and(crate::entities::is_given_name)
            })
    };
    // (Five or more each and none in common is two casts however many
    // paragraphs meet: a team's welcome home told of two teams.)
    let large = |cast: &[&str]| cast.len() >= LARGE_CAST;
    let strangers = people_shared == 0
        && real(&cast_left)
        && real(&cast_right)
        && (linked_share < 0.4 || large(&cast_left) && large(&cast_right));
    let mut who = who;
    if strangers {
        who.conflicting.push(format!(
            "{} ≠ {}",
            cast_left.join(", "),
            cast_right.join(", ")
        ));
    }
    // Two updates of a rising toll at a place both name are one running
    // story, whatever day each tells: the days are the updates' own.
    let places_shared = entities.iter().filter(|e| e.shared && specific(e)).count();
    let running = !when.conflicting.is_empty()
        && discrepancy.is_none()
        && where_.conflicting.is_empty()
        && moments.is_empty()
        && !strangers
        && places_shared > 0
        && super::updates::running(left, right, entities);
    if running {
        for day in &mut when.conflicting {
            *day = format!("{day}: two updates of a rising toll");
        }
    }
    // A date given differently in one field is a discrepancy, not another day.
    let apart = !running
        && ((!when.conflicting.is_empty() && discrepancy.is_none())
            || !where_.conflicting.is_empty()
            || !moments.is_empty()
            || !periods.is_empty()
            || strangers);
    when.conflicting.extend(moments);
    if !periods.is_empty() {
        when.conflicting.push(format!(
            "totals of two periods, the whole of last year against this year so far: {}",
            periods.join(", ")
        ));
    }
    // Two steps of one procedure (elected, then seated) with nothing else
    // apart: one story, two moments.
    let mut steps = super::stages::apart(left, right);
    steps.extend(today_apart(left, right, entities));
    // (Totals over two spans of the year are two moments, unless the texts
    // give three or more figures alike and none that disagree: then they
    // tell one release, and one of them misnames its span — "desmit
    // mēnešos" over the nine months' figures.)
    let alike = entities
        .iter()
        .filter(|e| {
            e.shared
                && e.kind == EntityKind::Number
                && !matches!(
                    e.quantity,
                    Some(Quantity::Year | Quantity::Time | Quantity::Date)
                )
        })
        .count();
    if alike >= ONE_RELEASE && conflicts.is_empty() {
        what.conflicting.extend(spans);
    } else {
        steps.extend(spans);
    }
    let stepped = !apart && !steps.is_empty();
    when.conflicting.extend(steps);
    // Another day and another place too: a person both name (a spokesman,
    // a minister) does not make them one story.
    let both_apart =
        !when.conflicting.is_empty() && discrepancy.is_none() && !where_.conflicting.is_empty();
    // (Three bodies both name relate two days as a person does: the police,
    // the Saeima and the EU around two protests over one convention. An
    // outlet both quote is where the news came from, not a party to it.)
    // (So do the vehicles both name, a maker's name told of a car: the
    // "Škoda" and the bus of one collision.)
    let bodies_shared = entities
        .iter()
        .filter(|e| e.shared && matches!(e.kind, EntityKind::Organisation | EntityKind::Other))
        .count();
    let verdict = if apart {
        if (people_shared > 0 || bodies_shared >= 3) && !both_apart {
            SameEvent::Related
        } else {
            SameEvent::Different
        }
    } else if stepped && named_shared >= 1 {
        SameEvent::Related
    } else if linked_share >= 0.25 || named_shared >= 2 && linked_share > 0.0 {
        // (Names in common and not one paragraph told by both are one
        // story's two moments or angles: what the bank said in February and
        // its liquidator in June.)
        SameEvent::Same
    } else if named_shared > countries_shared {
        // (A country alone, as nearly every pair of Latvian reports shares
        // Latvia, relates nothing.)
        SameEvent::Related
    } else {
        SameEvent::Different
    };
    (
        verdict,
        EventGrid {
            who,
            what,
            where_,
            when,
        },
        discrepancy,
    )
}

/// How many figures two texts give alike, with none that disagrees, that
/// make totals told over two spans one release.
const ONE_RELEASE: usize = 3;

/// How many people each text names, none in common, that make two casts
/// whatever else the texts share.
const LARGE_CAST: usize = 5;

/// Russian words for a street before its name (на улице Пелну, на
/// проспекте Бируты Баумане), by their start; written here.
const STREETS_BEFORE: [&str; 4] = ["улиц", "проспект", "бульвар", "переул"];

/// Whether a place is a street: "Brīvības ielā", or a name after "улица".
fn is_street(e: &Entity, left: &Document, right: &Document) -> bool {
    e.kind == EntityKind::Place
        && e.mentions.iter().any(|m| {
            let latvian = m
                .text
                .split_whitespace()
                .last()
                .and_then(|w| crate::entities::area_word(&w.to_lowercase()))
                .is_some_and(|(_, street)| street);
            let doc = if m.side == Side::Left { left } else { right };
            let before = doc.text[..m.start]
                .trim_end()
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
                .to_lowercase();
            latvian || STREETS_BEFORE.iter().any(|s| before.starts_with(s))
        })
}

fn list(items: &[String]) -> String {
    let shown: Vec<&str> = items.iter().take(4).map(String::as_str).collect();
    let more = items.len().saturating_sub(4);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The verdict in plain words, with the evidence that decided it.
pub fn verdict(o: &Overview) -> String {
    #[allow(clippy::cast_possible_truncation)] // a share, 0..=100 once scaled
    let pct = (o.linked_share * 100.0).round() as i64;
    let g = &o.grid;
    let mut why = Vec::new();
    // Dates read "a ≠ b"; what the figures or the leads say of time is a
    // sentence of its own.
    let (told, dates): (Vec<String>, Vec<String>) = g
        .when
        .conflicting
        .iter()
        .cloned()
        .partition(|c| c.contains(':') || !c.contains('≠'));
    if !dates.is_empty() {
        why.push(format!("the dates differ ({})", list(&dates)));
    }
    why.extend(told);
    if !g.where_.conflicting.is_empty() {
        why.push(format!(
            "the places differ ({})",
            list(&g.where_.conflicting)
        ));
    }
    if !g.who.conflicting.is_empty() {
        why.push(format!(
            "each names other people ({})",
            list(&g.who.conflicting)
        ));
    }
    let shared: Vec<String> = g
        .who
        .shared
        .iter()
        .chain(&g.where_.shared)
        .cloned()
        .collect();
    let head = match o.same_event {
        SameEvent::Same => format!(
            "{}: {pct}% of the paragraphs have a counterpart",
            o.same_event.head()
        ),
        other => other.head().to_string(),
    };
    // With nothing apart, what little the two have in common is the reason.
    if why.is_empty() && o.same_event != SameEvent::Same {
        why.push(format!("{pct}% of the paragraphs have a counterpart"));
    }
    let mut text = head;
    if !why.is_empty() {
        text.push_str(": ");
        text.push_str(&why.join("; "));
    }
    if !shared.is_empty() {
        text.push_str(&format!("; both name {}", list(&shared)));
    } else if o.same_event != SameEvent::Same {
        text.push_str("; no name in common");
    }
    if !g.what.conflicting.is_empty() {
        text.push_str(&format!(
            "; figures disagree: {}",
            list(&g.what.conflicting)
        ));
    }
    text.push('.');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_a_text_gives_as_today_is_its_day_against_a_weekday_s_date() {
        // The right's date is told with its weekday and no year; the left's
        // without a year too, but as the text's own day: two first trains.
        let lv = "Šodien, 27.decembrī, sāk kursēt vilciens starp Viļņu un Rīgu, informēja \
                  dzelzceļa pārstāvji.\n\n\
                  Vilciens no Viļņas izbrauks katru dienu, bet Rīgā ieradīsies pusdienlaikā.";
        let ru = "Первый поезд Киев - Вильнюс - Рига прибыл в Ригу в субботу, 29 сентября, \
                  сообщает железная дорога.\n\n\
                  Поезд из Вильнюса будет ходить каждую неделю и прибывать в Ригу утром.";
        let r = super::super::verdicts::different(lv, ru);
        assert!(r.overview.grid.when.conflicting[0].contains("27 December"));
    }

    #[test]
    fn two_months_releases_are_two_events() {
        let lv = "2020. gada martā, salīdzinot ar 2019. gada martu, patēriņa cenu līmenis \
                  palielinājās par 1,4 %, liecina Centrālās statistikas pārvaldes dati.\n\n\
                  Precēm cenas pieauga par 0,9 % un pakalpojumiem – par 2,7 %.";
        let ru = "Потребительские цены в марте 2019 года по сравнению с мартом 2018 года \
                  повысились на 2,8%, свидетельствуют данные Центрального статистического \
                  управления.\n\n\
                  Цены на товары повысились на 1,3%, на услуги - на 0,7%.";
        let r = super::super::verdicts::different(lv, ru);
        assert_eq!(
            r.overview.grid.when.conflicting,
            ["March 2020 ≠ March 2019"]
        );
        // A month the other text reports on too (a forecast for January
        // beside December's actual figure) is no other release.
        let ru = "Потребление тепла в декабре 2025 года составило 400 000 МВт·ч, а в январе \
                  2026 года, по прогнозу, вырастет на 59%.";
        let lv = "2026. gada janvārī siltuma patēriņš pieauga par 60%, salīdzinot ar 2025. \
                  gada decembri, kad tas bija 399 200 MWh.";
        super::super::verdicts::not_different(lv, ru);
    }

    #[test]
    fn a_month_a_release_is_compared_with_is_not_its_month() {
        // April's release against May's, each measured against the month
        // before: two releases, though both name April.
        let lv = "Šogad aprīlī patēriņa cenas salīdzinājumā ar martu pieauga par 0,5%, \
                  liecina Centrālās statistikas pārvaldes dati.\n\n\
                  Gada inflācija bija 3,1%.";
        let ru = "В мае потребительские цены по сравнению с апрелем выросли на 0,2%, \
                  свидетельствуют данные Центрального статистического управления.\n\n\
                  Годовая инфляция составила 2,4%.";
        let r = super::super::verdicts::different(lv, ru);
        assert_eq!(r.overview.grid.when.conflicting, ["April ≠ May"]);
        // April's release told twice is one.
        let ru = "В апреле потребительские цены по сравнению с мартом выросли на 0,5%, \
                  свидетельствуют данные Центрального статистического управления.\n\n\
                  Годовая инфляция составила 3,1%.";
        super::super::verdicts::not_different(lv, ru);
    }

    #[test]
    fn a_text_s_own_day_weeks_after_the_other_s_is_another_moment() {
        let lv = "Ceturtdien, 7. novembrī, mediķi pie Saeimas pulcējās protesta akcijā, lai \
                  pievērstu uzmanību nepietiekamajam finansējumam veselības aprūpei.";
        let ru = "Сегодня, 28 ноября, у Сейма второй раз за месяц прошел пикет медиков.\n\n\
                  Напомним, 7 ноября медики провели возле здания Сейма акцию протеста из-за \
                  финансирования здравоохранения.";
        let r = super::super::verdicts::related(lv, ru);
        assert!(r.overview.grid.when.conflicting[0].contains("28 November"));
        // The next day's update of one story is that story.
        let ru = "Сегодня, 8 ноября, медики продолжили протест у Сейма.\n\n\
                  Напомним, 7 ноября медики провели возле здания Сейма акцию протеста из-за \
                  финансирования здравоохранения.";
        super::super::verdicts::not_different(lv, ru);
    }

    #[test]
    fn a_country_alone_relates_nothing() {
        let lv = "Latvijā vasara bija vēsāka un lietaināka nekā parasti, it īpaši augustā.\n\n\
                  Vidējā temperatūra jūlijā bija zem normas.\n\n\
                  Lietus lija gandrīz katru dienu.\n\n\
                  Upēs cēlās ūdens līmenis.\n\n\
                  Zemnieki ražu novāca vēlu.";
        let ru = "В Латвии в августе открылся новый музей современного искусства.\n\n\
                  В экспозиции представлены работы молодых художников.\n\n\
                  Вход для школьников будет бесплатным.\n\n\
                  Здание построили за два года.\n\n\
                  По выходным музей работает до вечера.";
        let r = super::super::verdicts::different(lv, ru);
        // "August" in each is that text's own August, in the dates row too.
        assert!(
            r.entities
                .iter()
                .all(|e| e.kind != EntityKind::Date || !e.shared),
            "{:?}",
            r.entities
        );
        assert!(r.overview.dates.shared.is_empty(), "{:?}", r.overview.dates);
        assert!(
            r.overview
                .verdict
                .contains("% of the paragraphs have a counterpart"),
            "{}",
            r.overview.verdict
        );
        // A town both name besides the country makes them related at least.
        let lv = lv.replace("Lietus lija", "Liepājā lietus lija");
        let ru = ru.replace("открылся", "в Лиепае открылся");
        super::super::verdicts::not_different(&lv, &ru);
    }

    #[test]
    fn names_in_common_and_no_paragraph_in_common_are_one_story_s_two_moments() {
        let lv = "Banka \"ABLV Bank\" iesniegusi pašlikvidācijas plānu, un komisija trīsdesmit \
                  dienās izvērtēs tās spēju izpildīt saistības pret kreditoriem, sacīja Pēters Putniņš.";
        let ru = "Классического процесса самоликвидации здесь не будет из-за механизмов \
                  контроля, чтобы деньги вкладчиков «ABLV Bank» были чисты, заявил Петерис Путниньш.";
        let with = |links_removed: Vec<crate::ParagraphPair>| {
            let c = crate::Corrections {
                links_removed,
                ..Default::default()
            };
            crate::compare_with(crate::Input::text(lv), crate::Input::text(ru), &c).unwrap()
        };
        // Told in one paragraph each, which both tell: the same event.
        let r = with(Vec::new());
        assert_eq!(r.links.len(), 1);
        assert_eq!(
            r.overview.same_event,
            SameEvent::Same,
            "{}",
            r.overview.verdict
        );
        // No paragraph in common: the same names tell one story, not one event.
        let r = with(vec![crate::ParagraphPair {
            left: vec![0],
            right: vec![0],
        }]);
        assert!(r.links.is_empty(), "{:?}", r.links);
        assert_eq!(
            r.overview.same_event,
            SameEvent::Related,
            "{}",
            r.overview.verdict
        );
    }

    #[test]
    fn a_budget_adopted_and_one_still_discussed_are_two_moments() {
        let lv = "Rīgas dome trešdien apstiprināja galvaspilsētas šā gada budžetu, paredzot \
                  1,5 miljardu eiro ieņēmumus, sacīja Kleinbergs.";
        let ru = "Мэр Риги Клейнбергс признал, что бюджет будет скудным: обсуждаемая часть \
                  финансирования составляет лишь 28 миллионов евро.";
        super::super::verdicts::related(lv, ru);
    }

    #[test]
    fn a_shooting_and_the_motive_police_found_are_two_moments() {
        let lv = "Šodien Zviedrijas pilsētā Erebrū notikusi apšaude skolā, policija \
                  apstiprina, ka ievainoti vismaz pieci cilvēki.";
        let ru = "Полиция: мотивом стрельбы в школе в Эребру было самоубийство, сообщила \
                  полиция Швеции.";
        super::super::verdicts::related(lv, ru);
    }

    #[test]
    fn a_strike_announced_and_the_strike_on_its_day_are_two_moments() {
        let lv = "Nākamajā nedēļā paredzētajā streikā piedalīsies 845 izglītības iestādes, \
                  apvienojot 22 360 pedagogus, sacīja LIZDA.";
        let ru = "Сегодня в Латвии проходит забастовка работников образования, в ней \
                  принимают участие 24 546 человек, сообщил LIZDA.";
        super::super::verdicts::related(lv, ru);
        // Announced for today, and held today: one day.
        let lv =
            "Šodien Rīgā notiks streiks, kurā piedalīsies 845 izglītības iestādes, sacīja LIZDA.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        assert_eq!(r.overview.same_event, SameEvent::Same);
    }

    #[test]
    fn one_release_misnaming_its_span_is_still_one_release() {
        // The same three figures, one text saying ten months, the other nine.
        let lv = "Latvijā desmit mēnešos reģistrētas 8833 laulības un 4240 meitenes; \
                  mirstība samazinājās par 3,2%.";
        let ru = "В Латвии за девять месяцев зарегистрированы 8833 брака и 4240 девочек; \
                  смертность снизилась на 3,2%.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        assert_eq!(
            r.overview.same_event,
            SameEvent::Same,
            "{:?}",
            r.overview.grid
        );
        assert!(
            r.overview
                .grid
                .what
                .conflicting
                .iter()
                .any(|c| c.contains("10 months")),
            "{:?}",
            r.overview.grid.what
        );
    }

    #[test]
    fn two_countries_with_nothing_in_common_are_two_events() {
        // Two parliaments' votes on two prime ministers: no place, person
        // or body in common, however alike the words.
        let ee = "Парламент Эстонии поддержал кандидата в премьер-министры.\n\n\
                  За проголосовали 64 депутата, против 27.";
        let lt = "Парламент Литвы поддержал кандидата в премьер-министры.\n\n\
                  За проголосовали 78 депутатов, против 35.";
        let r = super::super::verdicts::different(ee, lt);
        assert_eq!(r.overview.grid.where_.conflicting, ["Estonia ≠ Lithuania"]);
        // One country's two reports, each naming another country too, share
        // it: no conflict of countries.
        let r = crate::compare(
            crate::Input::text("Latvijā un Igaunijā streiko skolotāji."),
            crate::Input::text("В Латвии и Литве бастуют учителя."),
        )
        .unwrap();
        assert!(r.overview.grid.where_.conflicting.is_empty());
    }

    #[test]
    fn a_total_over_more_months_is_the_same_story_later() {
        let lv = "Pasažieru vilciens šāgada pirmajos septiņos mēnešos pārvadājis 12,1 \
                  miljonu pasažieru, par 13% vairāk nekā pērn.";
        let ru = "Pasažieru vilciens за восемь месяцев этого года перевёз 14,2 миллиона \
                  пассажиров, на 12% больше, чем годом ранее.";
        let r = super::super::verdicts::related(lv, ru);
        assert_eq!(
            r.overview.grid.when.conflicting,
            ["totals over another span of the year: 7 months ≠ 8 months"]
        );
        let r = crate::compare(
            crate::Input::text(lv),
            crate::Input::text(&ru.replace("восемь", "семь")),
        )
        .unwrap();
        assert_eq!(r.overview.same_event, SameEvent::Same);
    }

    #[test]
    fn two_scores_of_the_same_teams_are_two_matches() {
        let lv = "Latvijas izlase piektdien Rīgā ar 72:70 (17:21, 21:21) uzvarēja Igaunijas \
                  valstsvienību. Spēle sākās plkst. 20:30.";
        let ru = "Сборная Латвии в Риге обыграла сборную Эстонии (75:64) и вышла в плей-офф.";
        let r = super::super::verdicts::different(lv, ru);
        assert_eq!(
            r.overview.grid.when.conflicting,
            ["another score: 72:70 ≠ 75:64"]
        );
        // One match, its score written the other way round.
        super::super::verdicts::not_different(lv, &ru.replace("75:64", "70:72"));
    }

    #[test]
    fn two_anniversaries_of_one_day_are_two_celebrations() {
        let lv = "Rīgā notika lāpu gājiens par godu Latvijas Republikas proklamēšanas \
                  94. gadadienai. Gājiens sākās pie Brīvības pieminekļa.";
        let ru = "В Риге прошло факельное шествие в честь 107-й годовщины \
                  провозглашения Латвийской Республики у памятника Свободы.";
        let r = super::super::verdicts::different(lv, ru);
        assert_eq!(
            r.overview.grid.when.conflicting,
            ["another anniversary: 94th anniversary ≠ 107th anniversary"]
        );
        super::super::verdicts::not_different(lv, &ru.replace("107-й", "94-й"));
    }

    #[test]
    fn two_updates_of_a_rising_toll_are_one_story_on_two_days() {
        let lv = "Plūdos Filipīnās bojāgājušo skaits pieaudzis līdz 98, pirmdien \
                  pavēstīja katastrofu centrs.\n\n\
                  53 cilvēki gājuši bojā Magvindanao provincē.";
        let ru = "Число жертв наводнения на Филиппинах возросло до 72 человек, сообщили \
                  в субботу власти.\n\n\
                  Большинство погибших – в провинции Магинданао.";
        let r = super::super::verdicts::not_different(lv, ru);
        assert_eq!(
            r.overview.grid.when.conflicting,
            ["Monday ≠ Saturday: two updates of a rising toll"]
        );
        // Tolls told plainly on two days are two floods.
        let plain = lv.replace(
            "bojāgājušo skaits pieaudzis līdz 98",
            "gājuši bojā 98 cilvēki",
        );
        super::super::verdicts::different(&plain, ru);
        // So are rising tolls with no place in common but the country.
        let elsewhere = lv.replace("Magvindanao provincē", "valsts ziemeļos");
        super::super::verdicts::different(&elsewhere, ru);
        // One text's toll risen to 98, the other's lower one told as the
        // count so far: an earlier update of the same floods.
        let so_far = ru.replace(
            "Число жертв наводнения на Филиппинах возросло до 72 человек",
            "На данный момент известно о 72 погибших при наводнении на Филиппинах",
        );
        super::super::verdicts::not_different(lv, &so_far);
        // Not if the other's is higher: then it is no earlier update.
        super::super::verdicts::different(lv, &so_far.replace("72", "120"));
    }

    #[test]
    fn one_weekday_and_two_dates_far_apart_are_two_days() {
        let lv = "Lietusgāze Rīgā.\n\nPirmdien, 9. jūlijā, Rīgas centrā applūda ielas.";
        let ru = "Ливень в Риге.\n\nВ понедельник, 1 июля, в центре Риги затопило улицы.";
        let r = super::super::verdicts::different(lv, ru);
        assert_eq!(r.overview.grid.when.conflicting, ["9 July ≠ 1 July"]);
        super::super::verdicts::not_different(lv, &ru.replace("1 июля", "9 июля"));
    }

    #[test]
    fn a_date_met_only_by_the_other_s_weekday_is_its_own_text_s() {
        let r = crate::compare(
            crate::Input::text("Sniegputenis. Piektdien Rīgā reģistrēti 246 negadījumi."),
            crate::Input::text(
                "Снегопад. В пятницу, 13 февраля 2026 года, в Риге зарегистрировано 160 ДТП.",
            ),
        )
        .unwrap();
        let when = &r.overview.grid.when;
        assert_eq!(when.shared, ["Friday"]);
        assert_eq!(when.right_only, ["2026-02-13"]);
    }

    #[test]
    fn a_month_alone_against_a_day_of_another_month_is_another_event() {
        let lv = "Ugunsdzēsēji oktobrī Rīgā izglāba divus makšķerniekus no ledus Daugavā.";
        let ru = "17 января спасатели в Риге сняли со льда на Даугаве двух рыбаков.";
        let r = super::super::verdicts::different(lv, ru);
        assert_eq!(r.overview.grid.when.conflicting, ["October ≠ 17 January"]);
        // A day in the month the other names is no evidence of two.
        super::super::verdicts::not_different(lv, &ru.replace("января", "октября"));
        // Nor is a month told as a bound: after it, or since it.
        let since = "Kopš oktobra ugunsdzēsēji Rīgā izglāba divus makšķerniekus no ledus Daugavā.";
        let r = crate::compare(crate::Input::text(since), crate::Input::text(ru)).unwrap();
        assert!(
            r.overview.grid.when.conflicting.is_empty(),
            "{:?}",
            r.overview.grid.when
        );
    }

    #[test]
    fn a_neighbourhood_and_the_city_it_lies_in_are_one_place() {
        let lv = "Zolitūdē ceturtdienas vakarā sabruka lielveikala jumts, ziņo glābēji.";
        let ru = "В Риге обрушилась крыша супермаркета, сообщили спасатели.";
        let r = super::super::verdicts::not_different(lv, ru);
        assert!(r.overview.grid.where_.conflicting.is_empty());
        // Two neighbourhoods are two places.
        super::super::verdicts::different(lv, &ru.replace("В Риге", "В Пурвциемсе"));
    }

    #[test]
    fn a_dateline_s_town_is_where_the_report_was_written() {
        let left = "В Алматы генпрокурор сообщил, что во время январских беспорядков \
                    в Казахстане погибли 230 человек.";
        let right = "ДУШАНБЕ, 14 мар — Sputnik. Генпрокурор сообщил, что во время \
                     январских беспорядков в Казахстане погибли 230 человек.";
        let r = super::super::verdicts::not_different(left, right);
        assert!(r.overview.grid.where_.conflicting.is_empty());
        // Told in the text, the town is where it happened.
        super::super::verdicts::different(
            left,
            &right.replace("ДУШАНБЕ, 14 мар — Sputnik. ", "В Душанбе "),
        );
    }

    #[test]
    fn a_town_named_by_a_court_s_name_is_where_the_court_sits() {
        let left = "Московский городской суд приговорил блогера к четырем годам \
                    колонии. Он воевал под Донецком.";
        let right = "Суд в Москве приговорил блогера к четырем годам колонии, \
                     сообщают СМИ.";
        let r = super::super::verdicts::not_different(left, right);
        assert!(r.overview.grid.where_.conflicting.is_empty());
        // Another town's court is another place.
        super::super::verdicts::different(
            &left.replace("Московский", "Ростовский"),
            &right.replace("Москве", "Казани"),
        );
    }

    #[test]
    fn a_night_told_by_the_day_before_or_after_is_one_night() {
        // "в ночь на 1 сентября" and "в ночь на 31 августа": a day apart,
        // across a month's end, is one story's, not two quakes.
        let left = "Землетрясение магнитудой 6,2 произошло на востоке Афганистана \
                    в ночь на 1 сентября, погибли более 800 человек.";
        let right = "Число погибших при землетрясении в Афганистане в ночь на 31 августа \
                     выросло до 2 217 человек.";
        super::super::verdicts::not_different(left, right);
        // A week apart is another night.
        super::super::verdicts::different(left, &right.replace("31 августа", "24 августа"));
    }

    #[test]
    fn the_day_a_page_was_published_is_not_the_day_it_tells_of() {
        // (The commission still investigating: a cause it named would be
        // another step of the case, see `stages`.)
        let lv =
            "Ceturtdien Jelgavas stacijā vilciens sadūrās ar drezīnu, ziņo Pasažieru vilciens.";
        let ru = "Дата публикации: 05.09.2025\n\nКомиссия расследует столкновение \
                  поезда и дрезины на станции Елгава 7 августа этого года.";
        let r = super::super::verdicts::not_different(lv, ru);
        assert!(
            r.overview.grid.when.conflicting.is_empty(),
            "{:?}",
            r.overview.grid.when
        );
        // With no other day, the page's day stands for the story's.
        let alone = "Дата публикации: 05.09.2025\n\nКомиссия расследует столкновение \
                     поезда и дрезины на станции Елгава.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(alone)).unwrap();
        assert!(
            !r.overview.grid.when.conflicting.is_empty(),
            "{:?}",
            r.overview.grid.when
        );
    }

    #[test]
    fn the_reasons_follow_an_answer_without_repeating_it() {
        let o = |same_event, verdict: &str| crate::Overview {
            same_event,
            verdict: verdict.to_string(),
            ..Default::default()
        };
        let related = o(
            SameEvent::Related,
            "Related, but not the same event: the left reports the election; both name Latvia.",
        );
        assert_eq!(
            related.reasons(),
            "The left reports the election; both name Latvia."
        );
        let same = o(
            SameEvent::Same,
            "The same event: 55% of the paragraphs have a counterpart.",
        );
        assert_eq!(same.reasons(), "55% of the paragraphs have a counterpart.");
        let bare = o(SameEvent::Different, "Different events; no name in common.");
        assert_eq!(bare.reasons(), "No name in common.");
        // A verdict written otherwise (a saved report, say) is shown whole.
        let other = o(SameEvent::Same, "Checked by hand.");
        assert_eq!(other.reasons(), "Checked by hand.");
    }

    #[test]
    fn a_figure_that_disagrees_is_listed_once_as_a_conflict() {
        let r = crate::compare(
            crate::Input::text("Ugunsgrēkā Valmierā piektdien gāja bojā 2 cilvēki."),
            crate::Input::text("При пожаре в Валмиере в пятницу погибли 5 человек."),
        )
        .unwrap();
        let what = &r.overview.grid.what;
        assert_eq!(what.conflicting, ["2 ≠ 5 (killed)"]);
        assert!(
            what.left_only.is_empty() && what.right_only.is_empty(),
            "{what:?}"
        );
    }

    #[test]
    fn two_first_days_of_a_month_are_two_releases_not_a_slip() {
        // Linked paragraphs give "на 1 сентября" and "на 1 декабря": the days
        // two counts are made to, not one date miswritten.
        let r = crate::compare(
            crate::Input::text(
                "По состоянию на 1 сентября 2025 года постоянное население Кыргызской \
                 Республики достигло 7 миллионов 361 тысячи человек, сообщил Нацстатком.",
            ),
            crate::Input::text(
                "По данным Нацстаткома, на 1 декабря 2025 года численность постоянного \
                 населения Кыргызстана достигла 7 миллионов 395 тысяч человек.",
            ),
        )
        .unwrap();
        assert_eq!(
            r.overview.same_event,
            SameEvent::Different,
            "{}",
            r.overview.verdict
        );
        assert!(r.divergences.number_conflicts.is_empty());
    }

    #[test]
    fn a_deadline_is_no_day_the_text_tells_of() {
        // "объявят до 14 декабря" is when results are due, not the day of
        // the vote the other text dates.
        no_two_days(
            crate::Input::text(
                "По состоянию на 16:00 30 ноября 2025 года на выборах в Жогорку Кенеш \
                 в Бишкеке проголосовали 25% избирателей, сообщил ЦИК Кыргызстана.",
            ),
            crate::Input::text(
                "На 18.00 явка избирателей на выборах в Жогорку Кенеш в Бишкеке составила \
                 30,99 процента, сообщил ЦИК Кыргызстана.\n\nИтоги выборов подведут и \
                 официально объявят до 14 декабря.",
            ),
        );
    }

    #[test]
    fn a_day_hoped_for_is_no_day_the_text_tells_of() {
        // The ferry ran aground on Saturday; the owner hopes it sails again
        // on Wednesday, 18 December.
        no_two_days(
            crate::Input::text(
                "Sestdien Baltijas jūrā pie Ālandu salām uz sēkļa uzskrējis prāmis ar 2000 \
                 pasažieriem.\n\nNeviens no pasažieriem negadījumā nav cietis.",
            ),
            crate::Input::text(
                "Паром с 2000 пассажиров сел на мель в Балтийском море у Аландских \
                 островов.\n\nКомпания надеется, что в среду, 18 декабря, паром снова \
                 отправится в путь.",
            ),
        );
    }

    #[test]
    fn a_day_one_text_only_recalls_does_not_make_two_first_days_one() {
        // The left tells of Tuesday's quake and recalls 25 April's; the
        // right tells of Saturday, 25 April.
        let lv = "Otrdien Nepālā notika spēcīga zemestrīce, sagruva daudzas ēkas.\n\n\
                  Nepāla vēl nav atguvusies no zemestrīces 25.aprīlī.";
        let ru = "Землетрясение произошло в Непале в субботу, 25 апреля. Разрушены дома.\n\n\
                  Эпицентр находился к северо-западу от столицы.";
        let r = super::super::verdicts::different(lv, ru);
        assert!(
            r.overview
                .grid
                .when
                .conflicting
                .iter()
                .any(|c| c.contains("Tuesday")),
            "{}",
            r.overview.verdict
        );
    }

    /// Asserts that the two texts' days do not conflict.
    fn no_two_days(left: crate::Input<'_>, right: crate::Input<'_>) {
        let r = crate::compare(left, right).unwrap();
        assert!(
            r.overview.grid.when.conflicting.is_empty(),
            "{}",
            r.overview.verdict
        );
    }

    #[test]
    fn the_capitals_of_two_states_both_name_are_their_governments_not_two_places() {
        let lv = "Igaunijas Ārlietu ministrija otrdien izraidīja Krievijas vēstniecības \
                  diplomātu, paziņoja Tallinā.";
        let ru = "МИД Эстонии во вторник выслал российского дипломата, в Москве пообещали ответ.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        assert!(
            r.overview.grid.where_.conflicting.is_empty(),
            "{}",
            r.overview.verdict
        );
        // Two towns of one state are two places still.
        let lv = "Latvijā, Daugavpilī, otrdien izcēlās ugunsgrēks daudzdzīvokļu mājā, \
                  paziņoja dienests.";
        let ru = "В Латвии, в Риге, во вторник вспыхнул пожар в многоквартирном доме, \
                  сообщила служба.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        assert!(
            !r.overview.grid.where_.conflicting.is_empty(),
            "{}",
            r.overview.verdict
        );
    }

    #[test]
    fn the_day_news_was_given_is_not_the_day_it_tells_of() {
        no_two_days(
            crate::Input::text(
                "Ukrainas rietumos sprādzienā gājuši bojā astoņi cilvēki, ceturtdien \
                 pavēstīja varasiestādes.\n\n\
                 Negadījumā naktī uz trešdienu cietusi četrstāvu māja Drohobičā.",
            ),
            crate::Input::text(
                "Обрушение части жилого дома в Дрогобыче произошло в ночь на среду, \
                 28 августа. Погибли 8 человек.",
            ),
        );
    }

    #[test]
    fn a_weekday_a_day_before_the_other_s_dateline_is_the_day_it_reports() {
        no_two_days(
            crate::Input::text(
                "Indijā sprādzienā gājuši bojā 82 cilvēki.\n\n\
                 Sprādziens restorānā Petlavādas pilsētā notika sestdien ap plkst.8.30.",
            ),
            crate::Input::text(
                "При взрыве в ресторане Индии погибли 89 человек\n\n\
                 Sunday, 13 September. 2015\n\n\
                 По меньшей мере 89 человек погибли в результате взрыва в ресторане в городе \
                 Петлавад.",
            ),
        );
    }

    #[test]
    fn a_weekday_is_not_told_from_a_deadline() {
        // "pirmdien" is not the Monday before 31 December 2027, when the
        // ban the text mentions runs out.
        no_two_days(
            crate::Input::text(
                "Lukašenko pirmdien piedraudējis konfiscēt kravas automašīnas.\n\n\
                 Ierobežojumi būs spēkā līdz 2027. gada 31. decembrim.",
            ),
            crate::Input::text("Лукашенко 10 ноября пригрозил конфисковать грузовики."),
        );
    }

    #[test]
    fn a_weekday_with_nothing_to_place_it_shares_no_day() {
        // "Ceturtdien" cannot be placed in the left (27 June has no year),
        // so it is no day both give: 27 June and 27 May are two records.
        let r = crate::compare(
            crate::Input::text(
                "Daugavpilī šodien pārspēts 27.jūnija karstuma rekords: +31,9 grādi.\n\n\
                 Ceturtdien vēl četrās stacijās pārspēti vietējie rekordi.",
            ),
            crate::Input::text(
                "27 мая 2024 г.\n\nНа семи метеостанциях побиты рекорды тепла для 27 мая, \
                 в Даугавпилсе +30,5 градуса.",
            ),
        )
        .unwrap();
        assert_ne!(
            r.overview.same_event,
            SameEvent::Same,
            "{}",
            r.overview.verdict
        );
        assert!(!same_day(Day::Weekday(3), Day::Date(None, 5, 27)));
        assert!(same_day(Day::Weekday(0), Day::Date(Some(2024), 5, 27)));
    }

    #[test]
    fn a_date_told_with_its_weekday_meets_the_other_s_weekday() {
        let lv = "Ādažu poligonā svētdien izcēlās ugunsgrēks, kurā deg mežs un kūdra, \
                  sacīja Zigmunds Jaunķiķis.";
        let ru = |day: &str| {
            format!("Пожар на полигоне в Адажи {day} был потушен, сказал Зигмундс Яункикис.")
        };
        let told = |ru: &str| {
            let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
            (r.overview.same_event, r.overview.grid.when.conflicting)
        };
        // Sunday against Thursday, 14 June (no year): two days.
        let (verdict, conflicting) = told(&ru("в четверг, 14 июня,"));
        assert_eq!(verdict, SameEvent::Related);
        assert_eq!(conflicting, vec!["Sunday ≠ Thursday, 14 June".to_string()]);
        // Sunday, 10 June is the same day; a date with no weekday says nothing.
        for day in ["в воскресенье, 10 июня,", "14 июня"] {
            let (verdict, conflicting) = told(&ru(day));
            assert!(conflicting.is_empty(), "{day}: {conflicting:?}");
            assert_eq!(verdict, SameEvent::Same, "{day}");
        }
    }

    #[test]
    fn a_weekday_gives_its_date_a_year_and_the_text_its_weekday() {
        // Tuesday 27 January is 2026's; the right calls Tuesday the 28th
        // (its own slip), so its headline's Tuesday is the 28th too.
        let r = crate::compare(
            crate::Input::text(
                "Ugunsgrēks Ventspilī\n\nOtrdienas, 27. janvāra, rītā ugunsgrēks izcēlās \
                 deviņstāvu mājā Ventspilī. Bojā gāja viens cilvēks.",
            ),
            crate::Input::text(
                "Утро вторника омрачено трагедией\n\nВо вторник, 28 января 2026 года, \
                 в Вентспилсе произошел пожар в девятиэтажном доме. Погиб один человек.",
            ),
        )
        .unwrap();
        assert_eq!(r.overview.same_event, SameEvent::Same);
        let dates: Vec<(&str, &str)> = r
            .divergences
            .number_conflicts
            .iter()
            .filter(|c| c.quantity == crate::Quantity::Date)
            .map(|c| (&*r.entities[c.left].label, &*r.entities[c.right].label))
            .collect();
        assert_eq!(dates, [("2026-01-27", "2026-01-28")]);
        // The year of a weekday's date is the one in which it falls so.
        assert_eq!(year_of_weekday(2026, 1, 27, 1), Some(2026));
        assert_eq!(year_of_weekday(2025, 1, 27, 1), Some(2026));
        assert_eq!(year_of_weekday(2020, 1, 27, 1), None);
    }

    #[test]
    fn a_weekday_agrees_with_the_date_it_falls_on() {
        // 5 January 2022 was a Wednesday.
        let z = days_from_civil(2022, 1, 5);
        assert_eq!(weekday(z), 2);
        assert_eq!(civil_from_days(z), (2022, 1, 5));
        assert!(agree(Day::Weekday(2), Day::Date(Some(2022), 1, 5)));
        assert!(!agree(Day::Weekday(4), Day::Date(Some(2022), 1, 5)));
        assert!(agree(Day::Date(None, 1, 5), Day::Date(Some(2022), 1, 5)));
        assert!(!agree(
            Day::Date(Some(2021), 1, 5),
            Day::Date(Some(2022), 1, 5)
        ));
    }

    #[test]
    fn another_day_and_another_town_are_another_event_whoever_speaks() {
        let lv = "Jelgavā 2024. gada 3. martā ministrs Jānis Bērziņš atklāja jaunu skolu.";
        let ru = "В Даугавпилсе 12 октября 2023 года министр Янис Берзиньш открыл новую больницу.";
        super::super::verdicts::different(lv, ru);
    }

    #[test]
    fn three_bodies_both_name_relate_two_days() {
        let lv = "Ceturtdien pie Saeimas protestēja pret konvenciju. Valsts policija sekoja kārtībai, Eiropas Savienība aicināja to ratificēt, ziņo LETA.";
        let ru = "В среду у Сейма протестовали против конвенции. Госполиция следила за порядком, Европейский союз призвал ее ратифицировать, сообщает LETA.";
        super::super::verdicts::related(lv, ru);
    }

    #[test]
    fn two_bodies_and_the_agency_both_quote_relate_nothing() {
        let lv = "Siguldā Gaujā noslīka vīrietis. Valsts policija un Valsts ugunsdzēsības un glābšanas dienests izmeklē notikušo, ziņo LETA.";
        let ru = "В Риге в канале утонул мужчина. Госполиция и Государственная пожарно-спасательная служба выясняют обстоятельства, сообщает LETA.";
        super::super::verdicts::different(lv, ru);
    }

    #[test]
    fn two_casts_with_no_one_in_common_are_two_events() {
        use super::super::verdicts::{different, not_different};
        let lv = "Latvijas hokejisti pasaules čempionātā uzvarēja Kanādu.\n\nVārtus guva Jānis Bērziņš, Pēteris Kalniņš un Andris Ozols.\n\nTreneris pēc spēles bija apmierināts ar aizsardzību.\n\nNākamā spēle gaidāma svētdien pret Somiju.\n\nLatvijas izlase turnīrā startē jau divdesmito reizi.\n\nSpēli klātienē vēroja vairāk nekā trīs tūkstoši skatītāju.";
        let ru = "Хоккеисты Латвии на чемпионате мира проиграли Канаде.\n\nШайбы забросили Иван Петров, Сергей Смирнов и Олег Кузнецов.\n\nБолельщики устроили праздник у арены.\n\nБилеты на финал уже распроданы.\n\nПогода в городе испортилась к вечеру.\n\nОрганизаторы обещают новый рекорд посещаемости.";
        different(lv, ru);
        let one = "Хоккеисты Латвии на чемпионате мира победили Канаду.\n\nШайбы забросили Янис Берзиньш, Петерис Калниньш и Андрис Озолс.\n\nБолельщики устроили праздник у арены.\n\nБилеты на финал уже распроданы.";
        not_different(lv, one);
        // Newspapers and a school taken for people are no cast.
        let papers = lv.replace(
            "Vārtus guva Jānis Bērziņš, Pēteris Kalniņš un Andris Ozols.",
            "Par to ziņo Dagens Nyheter, Svenska Dagbladet un Campus Risbergska.",
        );
        not_different(&papers, ru);
        // Told paragraph for paragraph, names the engine cannot match are
        // likelier than two casts (Lūks Voltons, Люк Уолтон).
        not_different(
            "Latvijas hokejisti uzvarēja Kanādu. Vārtus guva Jānis Bērziņš, Pēteris Kalniņš un Andris Ozols.",
            "Хоккеисты Латвии победили Канаду. Шайбы забросили Иван Петров, Сергей Смирнов и Олег Кузнецов.",
        );
        // Five or more each, none in common, are two casts however the
        // paragraphs meet.
        different(
            "Latvijas hokejisti uzvarēja Kanādu. Vārtus guva Jānis Bērziņš, Pēteris Kalniņš, Andris Ozols, Kārlis Liepa un Mārtiņš Egle.",
            "Хоккеисты Латвии победили Канаду. Шайбы забросили Иван Петров, Сергей Смирнов, Олег Кузнецов, Павел Волков и Николай Орлов.",
        );
    }

    #[test]
    fn two_streets_of_one_town_are_two_fires_and_one_street_is_one() {
        use super::super::verdicts::{different, not_different};
        let lv = "Rīgā ugunsgrēka dēļ no mājas Brīvības ielā evakuējās 50 cilvēki, informēja VUGD.";
        let other =
            "В Риге из-за пожара в доме на улице Пелну эвакуированы 30 человек, сообщили в ГПСС.";
        let r = different(lv, other);
        assert!(
            r.overview
                .grid
                .where_
                .conflicting
                .iter()
                .any(|c| c.contains("Brīvības iela")),
            "{:?}",
            r.overview.grid.where_
        );
        let same = other.replace("на улице Пелну", "на улице Бривибас");
        not_different(lv, &same);
    }

    #[test]
    fn a_round_up_s_street_in_another_town_is_another_fire() {
        use super::super::verdicts::not_different;
        let lv =
            "Rīgā ugunsgrēka dēļ no daudzdzīvokļu mājas evakuējās 50 cilvēki, informēja VUGD.\n\n\
                  Savukārt vakarā saņemts izsaukums uz Preču ielu Daugavpilī, kur dega šķūnis.";
        let ru =
            "В Риге из-за пожара в доме на улице Пелну эвакуированы 50 человек, сообщили в ГПСС.";
        let r = not_different(lv, ru);
        assert!(
            r.overview.grid.where_.conflicting.is_empty(),
            "{:?}",
            r.overview.grid.where_
        );
    }

    #[test]
    fn labels_read_back_as_days() {
        assert_eq!(day_of("2025-03-14"), Some(Day::Date(Some(2025), 3, 14)));
        assert_eq!(day_of("14 March"), Some(Day::Date(None, 3, 14)));
        assert_eq!(day_of("Friday"), Some(Day::Weekday(4)));
        assert_eq!(day_of("yesterday"), Some(Day::Relative(-1)));
        assert_eq!(day_of("2011"), None);
    }
}
