//! Names translated word by word: the bodies and places no table knows,
//! matched across languages through what their words mean.
//!
//! "Drošības padome" and "Совет Безопасности", "Rīgas pils" and "Рижский
//! замок", "Nacionālā trīspusējās sadarbības padome" and "Национальный совет
//! трехстороннего сотрудничества" are each one thing named in two languages.
//! Two names of several words, one on each side and neither of a person,
//! are one when their words pair up, in any order: by a concept of the
//! Latvian–Russian lexicon, by one transliterated spelling (батальон,
//! bataljons), or by one place (Rīgas, Рижского). Every word must find its
//! pair; in names of four words or more, one word on each side may stay
//! alone (an adjective the lexicon lacks).

use super::{skeleton, Identity, Raw};
use crate::normalize::{tokens, Token};
use crate::{EntityKind, Lang, Side};

/// What one word of a name can mean: concepts, its transliterated
/// skeleton, the place it names.
pub(super) fn senses(t: &Token<'_>) -> Vec<String> {
    senses_of(t, true)
}

/// [`senses`], the town a word names looked up only where `towns` (it
/// costs a search of the gazetteer).
pub(super) fn senses_of(t: &Token<'_>, towns: bool) -> Vec<String> {
    let mut out: Vec<String> = t.concepts().iter().map(|c| format!("c{c}")).collect();
    out.extend(skeleton_sense(t));
    out.extend(compass_sense(t));
    // (A town of the table too, by its genitive or its Russian adjective:
    // "Kuldīgas novada dome", "Кулдигской краевой думы".)
    if let Some(town) = towns.then(|| super::town_of(t)).flatten() {
        out.push(format!("p{town}"));
    }
    out
}

/// A region named by a point of the compass and a place, as a sense:
/// "Ziemeļkurzemes" and "Северокурземская" are north and Kurzeme (the
/// compass words written here from general knowledge of the two
/// languages).
fn compass_sense(t: &Token<'_>) -> Option<String> {
    const POINTS: [(&str, &str, char); 4] = [
        ("ziemeļ", "северо", 'n'),
        ("dienvid", "южно", 's'),
        ("austrum", "восточно", 'e'),
        ("rietum", "западно", 'w'),
    ];
    POINTS.iter().find_map(|&(lv, ru, point)| {
        let (rest, lang) = match t.lang {
            Lang::Latvian => (t.lower.strip_prefix(lv)?, Lang::Latvian),
            _ => (
                t.lower.strip_prefix(ru)?.trim_start_matches('-'),
                Lang::Russian,
            ),
        };
        let place: String = skeleton(&crate::normalize::key(rest, lang))
            .chars()
            .take(4)
            .collect();
        (place.chars().count() == 4).then(|| format!("q{point}{place}"))
    })
}

/// A word's transliterated skeleton as a sense ("k" and the skeleton),
/// where it is long enough to tell.
pub(super) fn skeleton_sense(t: &Token<'_>) -> Option<String> {
    let skeleton = skeleton(&t.key);
    (skeleton.chars().count() >= 4).then(|| {
        // (A borrowed adjective in Russian -ическ- is the Latvian -isk-:
        // геологическая and ģeoloģiskais.)
        match skeleton.strip_suffix("icesk") {
            Some(root) if root.chars().count() >= 3 => format!("k{root}isk"),
            _ => format!("k{skeleton}"),
        }
    })
}

/// A multi-word name's words, each with its senses.
pub(super) fn words(surface: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for t in name_words(surface) {
        let mut senses = senses(&t);
        match school(&t.lower) {
            // (A Latvian school's one word is the Russian's two:
            // "pamatskola" is "основная школа".)
            Some((levels, true)) => {
                out.push(levels.iter().map(|l| l.to_string()).collect());
                senses.push(SCHOOL.to_string());
            }
            Some((levels, false)) => senses.extend(levels.iter().map(|l| l.to_string())),
            None if t.lower.starts_with("школ") || t.lower.starts_with("skol") => {
                senses.push(SCHOOL.to_string())
            }
            None => {}
        }
        out.push(senses);
    }
    out
}

/// The sense every word for a school carries.
const SCHOOL: &str = "wschool";

/// A school's levels in a word, as senses, and whether the word is the
/// school itself too (the Latvian compound) or only its Russian adjective.
/// Written from general knowledge of the two school systems: a Latvian
/// "pamatskola" (nine years) is an "основная" school, and some newsrooms
/// call it "начальная", which is also the "sākumskola" (the first years);
/// neither is a "vidusskola", "средняя".
fn school(lower: &str) -> Option<(&'static [&'static str], bool)> {
    const LEVELS: [(&str, &[&str], bool); 6] = [
        ("pamatskol", &["lbasic"], true),
        ("vidusskol", &["lsecondary"], true),
        ("sākumskol", &["lprimary"], true),
        ("основн", &["lbasic"], false),
        ("средн", &["lsecondary"], false),
        ("начальн", &["lprimary", "lbasic"], false),
    ];
    LEVELS
        .iter()
        .find(|(stem, _, _)| lower.starts_with(stem))
        .map(|&(_, levels, compound)| (levels, compound))
}

/// A multi-word name's words: no small words, no figures.
pub(super) fn name_words(surface: &str) -> Vec<Token<'_>> {
    let lang = if super::name::cyrillic(surface) {
        Lang::Russian
    } else {
        Lang::Latvian
    };
    let mut toks = tokens(surface, lang);
    toks.retain(|t| !t.stopword && !t.number);
    toks
}

/// How many words of `a` pair with words of `b`, each used once.
/// Whether two senses are one: the same, or two spellings of a borrowed
/// word one or two letters apart at the end (ģeoloģijas and геологии read
/// "heolohi" and "heoloh").
fn same_sense(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.starts_with('k')
            && short.chars().count() >= 6
            && long.starts_with(short)
            && long.chars().count() - short.chars().count() <= 2)
}

/// Whether two words of two names share a sense.
pub(super) fn meets(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.iter().any(|y| same_sense(x, y)))
}

fn paired(a: &[Vec<String>], b: &[Vec<String>]) -> usize {
    let mut used = vec![false; b.len()];
    let mut n = 0;
    for wa in a {
        if let Some(k) = (0..b.len()).find(|&k| !used[k] && meets(wa, &b[k])) {
            used[k] = true;
            n += 1;
        }
    }
    n
}

pub(super) fn one_name(a: &[Vec<String>], b: &[Vec<String>]) -> bool {
    let (most, least) = (a.len().max(b.len()), a.len().min(b.len()));
    if least < 2 || most - least > 1 {
        return false;
    }
    let n = paired(a, b);
    if most >= 4 {
        n + 1 >= most && n >= 3
    } else if most == 3 && least == 2 && n == 2 {
        // (Of three words against two, the one left over may be an
        // adjective one newsroom adds, "Национальная сейсмологическая
        // служба" for "Seismoloģiskais dienests"; not a place, which makes
        // another country's body: "Полиция безопасности Эстонии".)
        let longer = if a.len() == 3 { a } else { b };
        let shorter = if a.len() == 3 { b } else { a };
        longer
            .iter()
            .filter(|w| !shorter.iter().any(|s| meets(w, s)))
            .all(|w| !w.iter().any(|x| x.starts_with('p')))
    } else {
        n == most
    }
}

/// A side's names of several words, not persons', each spelling once: the
/// mention's index and the name's words with their senses.
pub(super) fn named(raws: &[Raw], side: Side, text: &str) -> Vec<(usize, Vec<Vec<String>>)> {
    let mut seen = rustc_hash::FxHashSet::default();
    raws.iter()
        .enumerate()
        .filter(|(_, r)| r.side == side)
        .filter(|(_, r)| {
            matches!(&r.identity, Identity::Name(keys, kind)
                if keys.len() >= 2 && *kind != EntityKind::Person)
        })
        .filter_map(|(i, r)| {
            let surface = text.get(r.start..r.end)?;
            if !seen.insert(surface) {
                return None;
            }
            let w = words(surface);
            (w.len() >= 2).then_some((i, w))
        })
        .collect()
}

/// Pairs of mentions (left, right) whose names translate into each other.
pub(super) fn pairs(raws: &[Raw], left_text: &str, right_text: &str) -> Vec<(usize, usize)> {
    // One mention of each spelling: the same words joined their first
    // mention already, and a long text repeats its names many times.
    let (left, right) = (
        named(raws, Side::Left, left_text),
        named(raws, Side::Right, right_text),
    );
    let mut out = Vec::new();
    for (i, a) in &left {
        for (j, b) in &right {
            if one_name(a, b) {
                out.push((*i, *j));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    fn shared(lv: &str, ru: &str) -> Vec<String> {
        super::super::shared_labels(lv, ru, |k| k != crate::EntityKind::Number)
    }

    #[test]
    fn a_body_named_in_two_languages_is_one() {
        let found = shared(
            "Latvija ievēlēta Baltijas Drošības padomē uz diviem gadiem.",
            "Латвия избрана в Совет Безопасности Балтии на два года.",
        );
        assert!(
            found
                .iter()
                .any(|l| l.contains("padome") || l.contains("Совет")),
            "{found:?}"
        );
    }

    #[test]
    fn a_borrowed_adjective_and_one_added_word_still_name_one_body() {
        let found = shared(
            "Par to ziņoja Ģeoloģiskais dienests. Pēc tam Seismoloģiskais dienests precizēja.",
            "Об этом сообщила Геологическая служба. Затем Национальная сейсмологическая \
             служба уточнила данные.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        // A place left over makes another country's body.
        let found = shared(
            "Par to ziņoja Drošības policija.",
            "Об этом сообщила Полиция безопасности Эстонии.",
        );
        assert!(!found.iter().any(|l| l.contains("olicij")), "{found:?}");
    }

    #[test]
    fn a_municipal_council_is_named_by_its_town_in_either_language() {
        let found = shared(
            "Par to lēma Kuldīgas novada dome.",
            "Это решила Кулдигская краевая дума.",
        );
        assert!(found.iter().any(|l| l.contains("dome")), "{found:?}");
        // Another town's council is another body.
        let found = shared(
            "Par to lēma Kuldīgas novada dome.",
            "Это решила Талсинская краевая дума.",
        );
        assert!(!found.iter().any(|l| l.contains("dome")), "{found:?}");
    }

    #[test]
    fn a_school_is_named_by_its_town_and_level_in_either_language() {
        let found = shared(
            "Skolēni mācās Mārupes pamatskolā.",
            "Ученики учатся в Марупской основной школе.",
        );
        assert!(found.iter().any(|l| l.contains("pamatskola")), "{found:?}");
        // Another level is another school.
        let found = shared(
            "Skolēni mācās Mārupes pamatskolā.",
            "Ученики учатся в Марупской средней школе.",
        );
        assert!(!found.iter().any(|l| l.contains("skol")), "{found:?}");
    }

    #[test]
    fn a_region_named_by_the_compass_is_one_in_either_language() {
        let found = shared(
            "Pacients nogādāts Ziemeļkurzemes reģionālajā slimnīcā.",
            "Пациента доставили в Северокурземскую региональную больницу.",
        );
        assert!(found.iter().any(|l| l.contains("slimnīca")), "{found:?}");
        // The other point of the compass is another region's.
        let found = shared(
            "Pacients nogādāts Ziemeļkurzemes reģionālajā slimnīcā.",
            "Пациента доставили в Южнокурземскую региональную больницу.",
        );
        assert!(!found.iter().any(|l| l.contains("slimnīca")), "{found:?}");
    }

    #[test]
    fn names_whose_words_differ_stay_apart() {
        // Security Council and General Assembly share the UN, not their words.
        let found = shared(
            "Latvija ievēlēta ANO Drošības padomē.",
            "Латвию избрала Генеральная Ассамблея ООН.",
        );
        assert!(
            !found
                .iter()
                .any(|l| l.contains("padome") || l.contains("Ассамбле")),
            "{found:?}"
        );
    }
}
