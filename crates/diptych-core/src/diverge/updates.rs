//! A running toll: two updates of one disaster, told on their own days.
//!
//! A storm's or a fire's toll is reported again and again as it climbs:
//! "bojāgājušo skaits ir pieaudzis līdz 42" on Monday, "число жертв
//! возросло до 25" on Saturday. Each update names its own weekday, so the
//! dates alone would make two events of one. What marks an update is the
//! verb before the toll: the count *rose to*, *reached*, *climbed to*. Two
//! texts that each tell a toll of one class that way, at a place both name,
//! are two moments of one running story, and their tolls are the figures a
//! reader compares.
//!
//! Only tolls of people (killed, injured, missing) count: a price or a rate
//! that "rose to" a level is a monthly release, and two months' releases
//! are two events.
//!
//! The verbs are written here from general knowledge of Latvian, Russian
//! and English news; they are not drawn from any benchmark.

use crate::{Document, Entity, EntityKind, Quantity, Side};

/// Beginnings of the verbs a toll rises by ("pieaudzis", "sasniedzis",
/// "возросло", "достигло", "превысило", "rose", "climbed"), written here.
const ROSE: &[&str] = &[
    "pieaudz",
    "pieaug",
    "palielināj",
    "sasnie",
    "kāpis",
    "kāpusi",
    "kāpa",
    "возрос",
    "вырос",
    "увеличил",
    "достиг",
    "превысил",
    "rose",
    "risen",
    "climbed",
    "reached",
];

/// How many words may stand between the verb and the figure ("līdz", "до",
/// "to", "ir").
const NEAR: usize = 3;

/// The toll classes a text tells as having risen.
fn risen(doc: &Document, side: Side, entities: &[Entity]) -> Vec<Quantity> {
    let mut out = Vec::new();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Number) {
        let Some(q) = e
            .quantity
            .filter(|q| matches!(q, Quantity::Killed | Quantity::Injured | Quantity::Missing))
        else {
            continue;
        };
        let told = e.mentions.iter().any(|m| {
            m.side == side
                && doc
                    .text
                    .get(..m.start)
                    .is_some_and(|before| rose_before(before))
        });
        if told && !out.contains(&q) {
            out.push(q);
        }
    }
    out
}

/// Whether a rising verb stands among the last few words of `before`, in
/// its sentence.
fn rose_before(before: &str) -> bool {
    let sentence = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(before, |k| &before[k + 1..]);
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(NEAR + 1)
        .any(|w| {
            let w = w.to_lowercase();
            ROSE.iter().any(|r| w.starts_with(r))
        })
}

/// Words that tell a toll as the count so far, an earlier update's ("уже
/// 73", "на данный момент ... 58 погибших", "pagaidām", "vismaz"), lower
/// case, whole words or phrases; written here.
const SO_FAR: &[&str] = &[
    "уже",
    "пока",
    "по последним данным",
    "на данный момент",
    "на текущий момент",
    "на данный час",
    "по предварительным данным",
    "ранее сообщалось",
    "по меньшей мере",
    "как минимум",
    "pagaidām",
    "līdz šim",
    "vismaz",
    "jau",
    "pēc jaunākajām ziņām",
    "pēc jaunākajiem datiem",
    "pēc provizoriskiem datiem",
    "so far",
    "at least",
];

/// Whether the sentence before a figure tells it as a count so far.
fn so_far(doc: &Document, paragraph: usize, start: usize) -> bool {
    let from = super::sentence_at(doc, paragraph, start).map_or(start, |s| s.start);
    let before = doc.text[from..start].to_lowercase();
    SO_FAR
        .iter()
        .any(|p| super::whole_phrase_at(&before, p).next().is_some())
}

/// The values of a side's tolls of one class with a mention `told` as the
/// rule asks (as a count so far, as having risen).
fn tolls_told<'a>(
    entities: &'a [Entity],
    side: Side,
    q: Quantity,
    told: impl Fn(&crate::Mention) -> bool + 'a,
) -> impl Iterator<Item = f64> + 'a {
    entities
        .iter()
        .filter(move |e| e.kind == EntityKind::Number && e.quantity == Some(q))
        .filter(move |e| e.mentions.iter().any(|m| m.side == side && told(m)))
        .filter_map(|e| e.value)
}

/// A side's tolls of one class told as a count so far, by value.
fn tolls_so_far(doc: &Document, side: Side, entities: &[Entity], q: Quantity) -> Vec<f64> {
    tolls_told(entities, side, q, |m| so_far(doc, m.paragraph, m.start)).collect()
}

/// A side's highest toll of one class it tells as having risen.
fn highest_risen(doc: &Document, side: Side, entities: &[Entity], q: Quantity) -> Option<f64> {
    tolls_told(entities, side, q, |m| {
        doc.text.get(..m.start).is_some_and(rose_before)
    })
    .reduce(f64::max)
}

/// Whether the two texts tell one toll at two moments: both tell a toll of
/// one class as it rose, or one tells it risen to a figure and the other
/// gives a lower one as the count so far (an earlier update: "pieaudzis
/// līdz 90" against "на данный момент ... 58 погибших").
pub(super) fn running(left: &Document, right: &Document, entities: &[Entity]) -> bool {
    let l = risen(left, Side::Left, entities);
    let r = risen(right, Side::Right, entities);
    let earlier = |(risen_doc, side): (&Document, Side),
                   (other_doc, other): (&Document, Side),
                   q: Quantity| {
        highest_risen(risen_doc, side, entities, q).is_some_and(|top| {
            let before = tolls_so_far(other_doc, other, entities, q);
            !before.is_empty() && before.iter().all(|&v| v < top)
        })
    };
    l.iter().any(|q| r.contains(q))
        || l.iter()
            .any(|&q| earlier((left, Side::Left), (right, Side::Right), q))
        || r.iter()
            .any(|&q| earlier((right, Side::Right), (left, Side::Left), q))
}

#[cfg(test)]
mod tests {
    use super::rose_before;

    #[test]
    fn a_toll_that_rose_is_an_update() {
        assert!(rose_before("Bojāgājušo skaits ir pieaudzis līdz "));
        assert!(rose_before("Число жертв лесных пожаров возросло до "));
        assert!(rose_before("По официальным данным, число жертв достигло "));
        assert!(rose_before("The death toll has climbed to "));
    }

    #[test]
    fn a_toll_told_plainly_is_not() {
        assert!(!rose_before("Ugunsgrēkā gāja bojā "));
        assert!(!rose_before("В результате пожара погибли "));
        // (The verb of another sentence does not reach the figure.)
        assert!(!rose_before("Cenas pieauga. Ugunsgrēkā gāja bojā "));
        // (Nor one too far before it.)
        assert!(!rose_before(
            "Skaits pieauga, un vakar ugunsgrēkā Rīgā gāja bojā "
        ));
    }
}
