//! The kilometre of a road where it happened: "Uz Tallinas šosejas (A1,
//! 101. km)" against "на 100-м километре шоссе Рига-Айнажи".
//!
//! A road's kilometre is a place, not a count: it is written as an ordinal
//! ("101. km", "100-м километре", "101st km") in a sentence that names a
//! road. The two texts are compared whether or not a link joins the
//! paragraphs, but only when each gives exactly one such kilometre, so that
//! a detour's or a second crash's kilometre is not held against the crash's.
//!
//! The road words are the entities' (`entities::ROAD_BEFORE`); the
//! kilometre words are everyday Latvian, Russian and English, written here
//! from general knowledge.

use crate::entities::ROAD_BEFORE;
use crate::{Document, Entity, EntityKind, Link, Mention, NumberConflict, Side};

/// Whether a kilometre word follows the mention as an ordinal's: "101. km",
/// "100-м километре", "100-ом км", "101st km".
fn ordinal_kilometre(doc: &Document, m: &Mention) -> bool {
    let after = doc.text.get(m.end..).unwrap_or("");
    // The ordinal's mark: a Latvian full stop, a Russian case ending after a
    // hyphen, an English suffix.
    let rest = if let Some(r) = after.strip_prefix('.') {
        r
    } else if let Some(r) = after.strip_prefix(['-', '‑']) {
        r.trim_start_matches(|c: char| c.is_alphabetic() && !c.is_ascii())
    } else {
        ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| after.strip_prefix(s))
            .unwrap_or("x")
    };
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    ["km", "км"].contains(&word.as_str())
        || ["kilometr", "километр"].iter().any(|p| word.starts_with(p))
}

/// One side's road kilometres: (figure entity, paragraph).
fn kilometres(doc: &Document, entities: &[Entity], side: Side) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for e in entities
        .iter()
        .filter(|e| e.kind == EntityKind::Number && e.value.is_some())
    {
        for m in e.mentions.iter().filter(|m| m.side == side) {
            if !ordinal_kilometre(doc, m) {
                continue;
            }
            let Some(sentence) = super::sentence_at(doc, m.paragraph, m.start) else {
                continue;
            };
            let text = doc.text.get(sentence.start..sentence.end).unwrap_or("");
            if super::has_word(text, ROAD_BEFORE) && !out.iter().any(|x| x.0 == e.id) {
                out.push((e.id, m.paragraph));
            }
        }
    }
    out
}

/// Adds the disagreement of the two texts' road kilometres, if each gives
/// one and they differ.
pub(super) fn kilometre(
    left: &Document,
    right: &Document,
    links: &[Link],
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    let (l, r) = (
        kilometres(left, entities, Side::Left),
        kilometres(right, entities, Side::Right),
    );
    let ([(a, lp)], [(b, rp)]) = (l.as_slice(), r.as_slice()) else {
        return;
    };
    if a == b
        || entities[*a].value == entities[*b].value
        || out.iter().any(|c| c.left == *a && c.right == *b)
    {
        return;
    }
    out.push(NumberConflict {
        link: links
            .iter()
            .position(|x| x.left.contains(lp) && x.right.contains(rp)),
        quantity: crate::Quantity::Other,
        left: *a,
        right: *b,
        measure: Some("kilometre of the road".to_string()),
        by_reader: false,
    });
}

#[cfg(test)]
mod tests {
    use crate::diverge::verdicts::disagreeing as conflicts;

    #[test]
    fn the_kilometre_of_one_crash_told_two_ways_disagrees() {
        let lv = "Uz Tallinas šosejas (A1, 101. km) Ainažos notikusi autobusa un kravas \
                  automašīnas sadursme.";
        let ru = "В Айнажи на 100-м километре шоссе Рига-Айнажи произошло столкновение \
                  автобуса и грузовика.";
        assert_eq!(
            conflicts(lv, ru),
            [(101.0, 100.0, "kilometre of the road".to_string())]
        );
    }

    #[test]
    fn one_kilometre_or_two_on_one_side_is_no_disagreement() {
        let lv = "Uz Tallinas šosejas (A1, 100. km) Ainažos notikusi autobusa un kravas \
                  automašīnas sadursme.";
        let ru = "В Айнажи на 100-м километре шоссе Рига-Айнажи произошло столкновение \
                  автобуса и грузовика.";
        assert!(conflicts(lv, ru).is_empty());
        // A detour at another kilometre: which is the crash's is not said.
        let two = "В Айнажи на 101-м километре шоссе Рига-Айнажи произошло столкновение \
                   автобуса и грузовика. Объезд организован с 95-го километра шоссе.";
        assert!(conflicts(lv, two).is_empty());
        // A distance is no kilometre of a road.
        let far = "В Айнажи, в 90 километрах от Риги на шоссе, произошло столкновение \
                   автобуса и грузовика.";
        assert!(conflicts(lv, far).is_empty());
    }
}
