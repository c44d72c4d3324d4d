//! Readings at a named place: a temperature, a water level, a depth of
//! snow measured where both texts say ("Daugavpilī ... līdz -32,8 grādiem"
//! against "в Даугавпилсе зарегистрировано -32 градуса").
//!
//! A weather or flood story gives many readings (stations, hours,
//! forecasts), so a reading is no count and is never held against any other
//! reading (see `figures::READING`). Two are compared only when, inside one
//! link, each text gives exactly one reading in one unit in a sentence that
//! names the same place, neither is an end of a range ("-20... -23"), and
//! they differ by more than the coarser one's rounding (-28,3 and -28
//! agree; -32,8 and -32 do not).
//!
//! The unit words are everyday Latvian, Russian and English, written here
//! from general knowledge (lower-case prefixes).

use super::measures::agree;
use crate::{Document, Entity, EntityKind, Link, Mention, NumberConflict, Quantity, Side};

/// Units of a reading by the prefixes of their words: what the reading
/// measures, then its words ("=" marks a whole word).
const UNITS: &[(&str, &[&str])] = &[
    ("degrees", &["grād", "градус", "degree", "°"]),
    (
        "centimetres",
        &["centimetr", "сантиметр", "centimetre", "=cm", "=см"],
    ),
    (
        "millimetres",
        &["milimetr", "миллиметр", "millimetre", "=mm", "=мм"],
    ),
    ("kilometres", &["kilometr", "километр", "=km", "=км"]),
    ("metres", &["metr", "метр", "=m", "=м"]),
];

/// What a reading's unit measures, by the word right after it.
fn unit(doc: &Document, m: &Mention) -> Option<&'static str> {
    let after = doc.text.get(m.end..)?.trim_start();
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '°')
        .flat_map(char::to_lowercase)
        .collect();
    super::measures::measure_of(UNITS, &word)
}

/// Whether a range's mark stands next to the mention ("-20... -23", "5–7").
fn in_range(doc: &Document, m: &Mention) -> bool {
    let after = doc.text.get(m.end..).unwrap_or("");
    let before = doc
        .text
        .get(..m.start)
        .unwrap_or("")
        .trim_end_matches(['-', '−', ' ']);
    after.starts_with("..")
        || after.starts_with('…')
        || after.trim_start().starts_with(['–', '—'])
        || before.ends_with("...")
        || before.ends_with('…')
        || before.ends_with(['–', '—'])
}

/// One side's readings: (paragraph, unit, place entity, reading entity,
/// mention text, value), one per place its sentence names.
type Reading<'a> = (usize, &'static str, usize, usize, &'a str, f64);

fn readings<'a>(doc: &Document, entities: &'a [Entity], side: Side) -> Vec<Reading<'a>> {
    let mut out = Vec::new();
    let places: Vec<(usize, &Mention)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place)
        .flat_map(|e| e.mentions.iter().map(move |m| (e.id, m)))
        .filter(|(_, m)| m.side == side)
        .collect();
    let is_reading = |e: &&Entity| {
        e.kind == EntityKind::Number && e.unit.as_deref() == Some(crate::entities::READING)
    };
    // Where the side's readings stand.
    let at: Vec<usize> = entities
        .iter()
        .filter(is_reading)
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.side == side)
                .map(|m| m.start)
        })
        .collect();
    for e in entities.iter().filter(is_reading) {
        let Some(value) = e.value else { continue };
        for m in e.mentions.iter().filter(|m| m.side == side) {
            let Some(unit) = unit(doc, m) else { continue };
            if in_range(doc, m) {
                continue;
            }
            let Some(sentence) = super::sentence_at(doc, m.paragraph, m.start) else {
                continue;
            };
            // (The place nearest the reading is where it was taken: "в Риге
            // поднялся до +9,9 ... рекорд ... на Колке" is Riga's.)
            let distance = |pm: &Mention| {
                if pm.end <= m.start {
                    m.start - pm.end
                } else {
                    pm.start.saturating_sub(m.end)
                }
            };
            let in_sentence: Vec<&(usize, &Mention)> = places
                .iter()
                .filter(|(_, pm)| sentence.start <= pm.start && pm.end <= sentence.end)
                .collect();
            // (A sentence that lists readings by place tells each one way
            // round throughout: the place first, "Liepājā ... -23,7 grādiem,
            // Rucavā - līdz -24,1", or the reading first, "от -14,7 градуса
            // в Даугавгриве ... до -28,2 градуса в Стальгене". Each reading
            // is its own place's, on the side the sentence puts places.)
            // (Read from the sentence's end: one opening with a country,
            // "В Латвии температура составляла от -23,7 градуса в Лиепае до
            // -25,7 градуса в Руцаве", still gives each reading first.)
            let readings_here: Vec<usize> = at
                .iter()
                .copied()
                .filter(|&x| sentence.start <= x && x < sentence.end)
                .collect();
            let last_place = in_sentence.iter().map(|(_, pm)| pm.start).max();
            let last_reading = readings_here.iter().copied().max();
            let place_first = last_place.zip(last_reading).is_some_and(|(p, r)| p < r);
            // (Only a list, two readings and two places or more; else the
            // nearest place: "В Риге воздух прогрелся до +9,9 градуса, на
            // градус выше рекорда на Колке" is Riga's.)
            let listed = in_sentence.len() >= 2 && readings_here.len() >= 2;
            let told = if !listed {
                None
            } else if place_first {
                in_sentence
                    .iter()
                    .filter(|(_, pm)| pm.end <= m.start)
                    .max_by_key(|(_, pm)| pm.start)
            } else {
                in_sentence
                    .iter()
                    .filter(|(_, pm)| pm.start >= m.end)
                    .min_by_key(|(_, pm)| pm.start)
            };
            let nearest = told
                .copied()
                .or_else(|| in_sentence.into_iter().min_by_key(|(_, pm)| distance(pm)));
            if let Some(&(place, _)) = nearest {
                out.push((m.paragraph, unit, place, e.id, m.text.as_str(), value));
            }
        }
    }
    out
}

/// Readings at one place that disagree, link by link.
pub(super) fn at_places(
    left: &Document,
    right: &Document,
    links: &[Link],
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    let (l, r) = (
        readings(left, entities, Side::Left),
        readings(right, entities, Side::Right),
    );
    for (k, link) in links.iter().enumerate() {
        fn of<'a>(
            all: &[Reading<'a>],
            paras: &[usize],
            unit: &str,
            place: usize,
        ) -> Vec<(usize, &'a str, f64)> {
            // Each reading once (no sort: the page's download is counted).
            let mut v: Vec<(usize, &'a str, f64)> = Vec::new();
            for x in all
                .iter()
                .filter(|x| paras.contains(&x.0) && x.1 == unit && x.2 == place)
            {
                if !v.iter().any(|y| y.0 == x.3) {
                    v.push((x.3, x.4, x.5));
                }
            }
            v
        }
        let mut keys: Vec<(&str, usize)> = Vec::new();
        for x in l.iter().filter(|x| link.left.contains(&x.0)) {
            if !keys.contains(&(x.1, x.2)) {
                keys.push((x.1, x.2));
            }
        }
        for (unit, place) in keys {
            let (a, b) = (
                of(&l, &link.left, unit, place),
                of(&r, &link.right, unit, place),
            );
            let ([a], [b]) = (a.as_slice(), b.as_slice()) else {
                continue;
            };
            // (Taken at two times of day, two readings do not disagree: the
            // evening's level against the morning's.)
            let (ta, tb) = (
                time_of_day(left, &entities[a.0], Side::Left, entities),
                time_of_day(right, &entities[b.0], Side::Right, entities),
            );
            if matches!((ta, tb), (Some(x), Some(y)) if x & y == 0) {
                continue;
            }
            // (Nor at two hours the sentences give in words: "Septiņos
            // rītā ... -14,5 grādiem" against "В девять часов утра ...
            // -15,8 градуса".)
            if let (Some(ha), Some(hb)) = (
                hour_in_words(left, &entities[a.0], Side::Left),
                hour_in_words(right, &entities[b.0], Side::Right),
            ) {
                if ha != hb {
                    continue;
                }
            }
            // (Nor on two days: Monday morning's low against Tuesday's.)
            let (da, db) = (
                weekdays(left, &entities[a.0], Side::Left, entities),
                weekdays(right, &entities[b.0], Side::Right, entities),
            );
            if da != 0 && db != 0 && da & db == 0 {
                continue;
            }
            if a.0 != b.0
                && !agree((a.1, a.2), (b.1, b.2))
                && !out.iter().any(|c| c.left == a.0 && c.right == b.0)
            {
                let name = &entities[place].label;
                out.push(NumberConflict {
                    link: Some(k),
                    quantity: Quantity::Other,
                    left: a.0,
                    right: b.0,
                    measure: Some(format!("{unit} in {name}")),
                    by_reader: false,
                });
            }
        }
    }
}

/// Words for the parts of a day, by their start, and which: night 0,
/// morning 1, daytime 2, evening 3. Everyday Latvian, Russian and English,
/// written here.
const DAY_PARTS: &[(&str, u8)] = &[
    ("naktī", 0),
    ("nakts", 0),
    ("ночью", 0),
    ("night", 0),
    ("rītā", 1),
    ("rīta", 1),
    ("утром", 1),
    ("утра", 1),
    ("morning", 1),
    ("dienā", 2),
    ("pēcpusdien", 2),
    ("днём", 2),
    ("днем", 2),
    ("afternoon", 2),
    ("vakarā", 3),
    ("vakara", 3),
    ("вечером", 3),
    ("вечера", 3),
    ("evening", 3),
];

/// The parts of the day a reading's sentence gives it at, one bit each: a
/// clock time in the sentence (22:00 is evening) or the words for them
/// ("vakarā", "naktī un no rīta", "утром").
fn time_of_day(doc: &Document, reading: &Entity, side: Side, entities: &[Entity]) -> Option<u8> {
    let m = reading.mentions.iter().find(|m| m.side == side)?;
    let s = super::sentence_at(doc, m.paragraph, m.start)?;
    let clock = entities
        .iter()
        .filter(|e| e.quantity == Some(Quantity::Time))
        .flat_map(|e| e.mentions.iter().map(move |x| (e, x)))
        .find(|(_, x)| x.side == side && s.start <= x.start && x.end <= s.end)
        .and_then(|(e, _)| e.value);
    if let Some(minutes) = clock {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let hour = (minutes / 60.0) as u32;
        let part: u8 = match hour {
            5..=11 => 1,
            12..=17 => 2,
            18..=22 => 3,
            _ => 0,
        };
        return Some(1 << part);
    }
    let lower = doc.text[s.start..s.end].to_lowercase();
    let parts = lower
        .split(|c: char| !c.is_alphabetic())
        .filter_map(|w| DAY_PARTS.iter().find(|(p, _)| w.starts_with(p)))
        .fold(0u8, |bits, &(_, k)| bits | 1 << k);
    (parts != 0).then_some(parts)
}

/// The hour a reading's sentence gives in words, where it gives one: a
/// number before "часов"/"часа"/"час", after "plkst", or before a part of
/// the day ("septiņos rītā", "в девять часов утра"). (Clock times in digits
/// are read by `time_of_day`.)
fn hour_in_words(doc: &Document, reading: &Entity, side: Side) -> Option<u32> {
    let m = reading.mentions.iter().find(|m| m.side == side)?;
    let s = super::sentence_at(doc, m.paragraph, m.start)?;
    let lower = doc.text.get(s.start..m.start)?.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(k, w)| {
        let next = words.get(k + 1).copied().unwrap_or("");
        let after_plkst = k > 0 && words[k - 1] == "plkst";
        let before_hour = next.starts_with("час")
            || DAY_PARTS
                .iter()
                .any(|(p, part)| *part != 0 && next.starts_with(p));
        if !(after_plkst || before_hour) {
            return None;
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let hour = crate::entities::number_value(w)? as u32;
        (1..=24).contains(&hour).then_some(hour)
    })
}

/// The weekdays a reading's sentence names, one bit each: the date
/// entities there whose label is a weekday ("pirmdienas rītā", "во
/// вторник").
fn weekdays(doc: &Document, reading: &Entity, side: Side, entities: &[Entity]) -> u8 {
    let Some(m) = reading.mentions.iter().find(|m| m.side == side) else {
        return 0;
    };
    let Some(s) = super::sentence_at(doc, m.paragraph, m.start) else {
        return 0;
    };
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Date)
        .filter(|e| {
            e.mentions
                .iter()
                .any(|x| x.side == side && s.start <= x.start && x.end <= s.end)
        })
        .filter_map(|e| super::event::weekday_of_label(&e.label))
        .fold(0u8, |bits, d| bits | 1 << d)
}

#[cfg(test)]
mod tests {
    use crate::diverge::verdicts::disagreeing as conflicts;

    #[test]
    fn a_reading_at_one_place_given_two_ways_disagrees() {
        assert_eq!(
            conflicts(
                "Sals Latvijā. Naktī Daugavpilī gaisa temperatūra pazeminājās līdz -32,8 grādiem.",
                "Мороз в Латвии. Ночью в Даугавпилсе зарегистрировано -32 градуса."
            ),
            [(-32.8, -32.0, "degrees in Daugavpils".to_string())]
        );
        // Rounded as the coarser is written, -28,3 is -28.
        assert_eq!(
            conflicts(
                "Sals Latvijā. Naktī Daugavpilī gaisa temperatūra pazeminājās līdz -28,3 grādiem.",
                "Мороз в Латвии. Ночью в Даугавпилсе зарегистрировано -28 градусов."
            ),
            []
        );
    }

    #[test]
    fn readings_listed_by_place_are_each_their_own_place_s() {
        // The place first, then its reading; or the reading, then its place.
        let lv = "Sals Latvijā. Liepājā termometra stabiņš noslīdējis līdz -23,7 grādiem, \
                  Rucavā - līdz -24,1 grādam.";
        let ru = "Мороз в Латвии. Температура составляла от -23,7 градуса в Лиепае до -25,7 \
                  градуса в Руцаве.";
        assert_eq!(
            conflicts(lv, ru),
            [(-24.1, -25.7, "degrees in Rucava".to_string())]
        );
        // A sentence opening with the country still gives each its place.
        let ru = "Мороз в Латвии. В Латвии температура составляла от -23,7 градуса в Лиепае \
                  до -25,7 градуса в Руцаве.";
        assert_eq!(
            conflicts(lv, ru),
            [(-24.1, -25.7, "degrees in Rucava".to_string())]
        );
        // Readings at seven and at nine in the morning are two readings.
        let lv7 = "Sals Latvijā. Septiņos rītā gaisa temperatūra bija no -14,5 grādiem \
                   Liepājā līdz -25,2 grādiem Staļģenē.";
        let ru9 = "Мороз в Латвии. В девять часов утра температура составляла от -15,8 \
                   градуса в Лиепае до -28,2 градуса в Стальгене.";
        assert_eq!(conflicts(lv7, ru9), []);
        assert_eq!(conflicts(lv7, &ru9.replace("девять", "семь")).len(), 2);
        // Monday's low and Tuesday's are two readings.
        let lv = "Sals Latvijā. Pirmdienas rītā Daugavpilī termometra stabiņš noslīdēja līdz \
                  -30,5 grādiem.";
        let ru = "Мороз в Латвии. Во вторник утром в Даугавпилсе температура опустилась до \
                  -32 градусов.";
        assert_eq!(conflicts(lv, ru), []);
        assert_eq!(
            conflicts(lv, &ru.replace("Во вторник", "В понедельник")).len(),
            1
        );
    }

    #[test]
    fn readings_at_two_times_of_day_or_of_another_place_do_not() {
        let lv = "Plūdi Jēkabpilī. Ap pulksten 22 vakarā ūdens līmenis Daugavā pie Jēkabpils bija 8,69 metri.";
        let ru = "Наводнение в Екабпилсе. Утром уровень воды в Даугаве у Екабпилса достиг 8,92 м.";
        assert_eq!(conflicts(lv, ru), []);
        // At one time of day, they disagree.
        assert_eq!(conflicts(lv, &ru.replace("Утром", "Вечером")).len(), 1);
        // The record the right recalls at Kolka is not its reading in Riga.
        assert_eq!(
            conflicts(
                "Siltuma rekords. Iepriekšējais rekords bija +8,9 grādi Kolkā.",
                "Рекорд тепла. В Риге воздух прогрелся до +9,9 градуса, на градус выше рекорда на Колке."
            ),
            []
        );
    }

    #[test]
    fn readings_at_other_places_or_in_a_range_do_not() {
        assert_eq!(
            conflicts(
                "Sals Latvijā. Naktī Daugavpilī bija -32,8 grādi, bet Rīgā -20... -23 grādi.",
                "Мороз в Латвии. Ночью в Даугавпилсе было -32,8 градуса, в Риге -26 градусов."
            ),
            []
        );
    }
}
