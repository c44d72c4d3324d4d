//! Times of day: "в 12:44", "plkst. 14.20", "Plkst.7", "at 9:05", "в 12.45
//! по местному времени". A pair of digits around a colon or a dot is often
//! something else (a score 3:1, a ratio, a decimal 6.7), so a time is read
//! only where a time word stands before it or a time zone after it.
//!
//! The time words and zone words are everyday Latvian, Russian and English,
//! written here from general knowledge.

use super::figures::Figure;
use super::Identity;
use crate::normalize::Token;
use crate::Quantity;

/// Words right before a time: "plkst." (pulksten), "в", "at", "ap", and
/// "before", "after", "until", "since" ("незадолго до 9:00").
const BEFORE: &[&str] = &[
    "plkst",
    "pulksten",
    "в",
    "at",
    "ap",
    "около",
    "about",
    "around",
    "до",
    "после",
    "с",
    "к",
    "by",
    "before",
    "after",
    "until",
    "since",
];

/// Parts of the day named right after a time ("9:00 утра").
const DAY_PARTS: &[&str] = &[
    "утра",
    "дня",
    "вечера",
    "ночи",
    "rītā",
    "vakarā",
    "naktī",
    "am",
    "pm",
];

/// Words a step before the time that make it approximate ("ap plkst. 7").
const ABOUT: &[&str] = &["около", "примерно", "ap", "aptuveni", "about", "around"];

/// Zones and clocks named right after a time.
const ZONES: &[&str] = &["мск", "msk", "utc", "gmt", "cet", "eet", "cest", "eest"];

/// "по местному времени", "pēc Latvijas laika", "local time": the word after
/// "по"/"pēc" (or before "time") that names a clock.
const CLOCKS: &[&str] = &["местн", "московск", "киевск", "vietēj", "latvij", "local"];

/// A time of day starting at `toks[i]`, with how many tokens it spans.
pub(super) fn clock(toks: &[Token<'_>], i: usize, body: &str) -> Option<(Identity, usize)> {
    let t = &toks[i];
    if !t.number {
        return None;
    }
    let prev = i.checked_sub(1).map(|k| &*toks[k].lower);
    let before_word = prev.is_some_and(|p| BEFORE.contains(&p));
    let latvian_clock = matches!(prev, Some("plkst" | "pulksten"));
    let end_of = |k: usize| toks[k].start + toks[k].text.len();
    let (hours, minutes, n) = if let Some((h, m)) = t.text.split_once('.') {
        (h, m, 1)
    } else {
        // "12:44": the colon splits the two into tokens of their own.
        let colon = toks.get(i + 1).filter(|next| {
            next.number && &body[end_of(i)..next.start] == ":" && next.text.len() == 2
        });
        match colon {
            Some(next) => (t.text, next.text, 2),
            // "Plkst.7": the hour alone.
            None if latvian_clock => (t.text, "00", 1),
            None => return None,
        }
    };
    let (h, m) = (hours.parse::<u32>().ok()?, minutes.parse::<u32>().ok()?);
    if hours.len() > 2 || minutes.len() != 2 || h > 24 || m > 59 {
        return None;
    }
    let zone_after = {
        let next = toks.get(i + n).map(|x| &*x.lower);
        let after = toks.get(i + n + 1).map(|x| &*x.lower);
        next.is_some_and(|w| ZONES.contains(&w) || DAY_PARTS.contains(&w))
            || (matches!(next, Some("по" | "pēc"))
                && after.is_some_and(|w| CLOCKS.iter().any(|c| w.starts_with(c))))
            || (next.is_some_and(|w| w.starts_with("local")) && after == Some("time"))
    };
    // A dot stands in decimals too: "в 1.45 раза". A colon is a score
    // without a time word ("3:1").
    let read = if n == 1 && t.text.contains('.') {
        latvian_clock || zone_after
    } else {
        before_word || zone_after
    };
    if !read {
        return None;
    }
    let step_back = |k: usize| i.checked_sub(k).map(|k| &*toks[k].lower);
    let approximate = [step_back(1), step_back(2)]
        .into_iter()
        .flatten()
        .any(|w| ABOUT.contains(&w));
    Some((
        Identity::Number(Figure {
            text: format!("{h}:{m:02}"),
            value: f64::from(h * 60 + m),
            quantity: Quantity::Time,
            unit: None,
            approximate,
            total: false,
            in_range: false,
            spelled: false,
        }),
        n,
    ))
}

#[cfg(test)]
mod tests {
    use super::clock;
    use crate::entities::Identity;
    use crate::normalize::tokens;
    use crate::Lang;

    fn read(text: &str, lang: Lang) -> Vec<(String, bool)> {
        let toks = tokens(text, lang);
        (0..toks.len())
            .filter_map(|i| clock(&toks, i, text))
            .filter_map(|(id, _)| match id {
                Identity::Number(f) => Some((f.text, f.approximate)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn times_are_read_after_a_time_word_or_before_a_zone() {
        let ru = "Сегодня в 12:44 произошло землетрясение. Событие произошло в 12.45 по местному времени (10.45 мск).";
        assert_eq!(
            read(ru, Lang::Russian),
            [
                ("12:44".into(), false),
                ("12:45".into(), false),
                ("10:45".into(), false)
            ]
        );
        let lv = "Plkst.7 ūdens līmenis noslīdēja; ap plkst. 14.20 tas cēlās.";
        assert_eq!(
            read(lv, Lang::Latvian),
            [("7:00".into(), false), ("14:20".into(), true)]
        );
        let before = "Вызов поступил незадолго до 9:00 утра, пожар потушили к 10:02.";
        assert_eq!(
            read(before, Lang::Russian),
            [("9:00".into(), false), ("10:02".into(), false)]
        );
    }

    #[test]
    fn scores_decimals_and_ratios_are_not_times() {
        let ru =
            "Матч закончился со счётом 3:1, цены выросли в 1.45 раза, магнитуда 6.7, счёт 2:15.";
        assert!(read(ru, Lang::Russian).is_empty());
        assert!(read("They won 10:30 at home.", Lang::English).is_empty());
    }
}
