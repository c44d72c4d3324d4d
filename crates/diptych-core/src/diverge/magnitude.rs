//! An earthquake's magnitude: "7,8 magnitūdas pēc Rihtera skalas" against
//! "землетрясения магнитудой 7,4".
//!
//! A magnitude is a reading of the quake's strength, not a count (the
//! figure reader marks it, `entities::MAGNITUDE`). A text may give more
//! than one: an aftershock's, a past quake's ("Toreiz 6,4 magnitūdas").
//! The one it gives first, in its headline or lead, is the quake it reports
//! on; the two texts' first magnitudes are compared whether or not a link
//! joins their paragraphs, since agencies (USGS, AFAD) measure the one
//! quake differently and a fact-checker wants to see it.

use crate::entities::MAGNITUDE;
use crate::{Entity, EntityKind, Link, NumberConflict, Side};

/// The magnitude a side gives first, and the paragraph it stands in.
fn first(entities: &[Entity], side: Side) -> Option<(usize, usize)> {
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Number && e.unit.as_deref() == Some(MAGNITUDE))
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(move |m| m.side == side)
                .map(move |m| (m.start, e.id, m.paragraph))
        })
        .min()
        .map(|(_, id, paragraph)| (id, paragraph))
}

/// Adds the disagreement of the two texts' first magnitudes, if each gives
/// one and they differ.
pub(super) fn first_told(links: &[Link], entities: &[Entity], out: &mut Vec<NumberConflict>) {
    let (Some((a, lp)), Some((b, rp))) =
        (first(entities, Side::Left), first(entities, Side::Right))
    else {
        return;
    };
    if a == b || entities[a].value == entities[b].value {
        return;
    }
    out.push(NumberConflict {
        link: links
            .iter()
            .position(|x| x.left.contains(&lp) && x.right.contains(&rp)),
        quantity: crate::Quantity::Other,
        left: a,
        right: b,
        measure: Some("magnitude of the earthquake".to_string()),
        by_reader: false,
    });
}

#[cfg(test)]
mod tests {
    use crate::diverge::verdicts::disagreeing as conflicts;

    #[test]
    fn the_magnitude_each_text_gives_first_is_compared() {
        let lv = "Zemestrīcē, kuras stiprums bijis 7,8 magnitūdas, Turcijā gājuši bojā \
                  1762 cilvēki.\n\n\
                  Toreiz, 1999. gadā, zemestrīces stiprums bija 7,6 magnitūdas.";
        let ru = "Эпицентром землетрясения магнитудой 7,4 стала провинция Турции. Еще одно \
                  землетрясение магнитудой 6,6 зафиксировано позже.";
        assert_eq!(
            conflicts(lv, ru),
            [(7.8, 7.4, "magnitude of the earthquake".to_string())]
        );
        // In words too: "Septiņas magnitūdas".
        let words = "Septiņas magnitūdas stiprajā zemestrīcē Turcijā gājuši bojā cilvēki.";
        assert_eq!(
            conflicts(words, ru),
            [(7.0, 7.4, "magnitude of the earthquake".to_string())]
        );
        // Told alike, nothing disagrees; nor is a magnitude a count.
        let same = "Zemestrīcē, kuras stiprums bijis 7,4 magnitūdas, Turcijā gājuši bojā \
                    cilvēki.";
        assert!(conflicts(same, ru).is_empty());
    }
}
