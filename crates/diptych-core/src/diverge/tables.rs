//! Counts told place by place: one count given as a table by region or
//! town ("Rīgā – 67, Kurzemē – 52, Zemgalē – 26" against "в Риге - 48, в
//! Курземе - 36, в Земгале - 17"), as a rescue service gives its calls or
//! a commission its votes.
//!
//! Inside one link, a figure right after a place's name, with only a dash
//! or a colon between, is that place's entry. Where each text gives two
//! such entries or more, the places both name whose figures differ
//! disagree. A figure written further from its place ("Rīgas reģionā ...
//! saņemti 118 izsaukumi") is no entry of a table: nothing but the
//! sentence ties it to the place.

use crate::{Document, Entity, EntityKind, Link, NumberConflict, Quantity, Side};

/// One entry: (paragraph, place entity, figure entity, value).
type Entry = (usize, usize, usize, f64);

/// A town's word after its name in a table's row ("Rīgas pilsētā - 49"),
/// Latvian and Russian, written here from general knowledge.
const TOWN_WORDS: [&str; 2] = ["pilsētā", "городе"];

/// A side's entries: each figure with the place written right before it.
fn entries(doc: &Document, entities: &[Entity], side: Side) -> Vec<Entry> {
    let places: Vec<(usize, usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.shared)
        .flat_map(|e| e.mentions.iter().map(move |m| (e.id, m)))
        .filter(|(_, m)| m.side == side)
        .map(|(id, m)| (id, m.paragraph, m.end))
        .collect();
    let mut out = Vec::new();
    for e in entities.iter().filter(|e| {
        e.kind == EntityKind::Number
            && e.unit.as_deref() != Some(crate::entities::READING)
            && !matches!(
                e.quantity,
                Some(Quantity::Year | Quantity::Time | Quantity::Date | Quantity::Percent)
            )
    }) {
        let Some(value) = e.value else { continue };
        for m in e.mentions.iter().filter(|m| m.side == side) {
            let place = places.iter().find(|&&(_, p, end)| {
                p == m.paragraph
                    && end <= m.start
                    && doc.text.get(end..m.start).is_some_and(|gap| {
                        // ("Rīgas pilsētā - 49": the town's own word may
                        // stand between.)
                        let gap = gap.trim_start();
                        let gap = TOWN_WORDS
                            .iter()
                            .find_map(|w| gap.strip_prefix(w))
                            .unwrap_or(gap);
                        gap.chars().any(|c| matches!(c, '–' | '—' | '-' | ':'))
                            && gap
                                .chars()
                                .all(|c| c.is_whitespace() || matches!(c, '–' | '—' | '-' | ':'))
                    })
            });
            if let Some(&(id, _, _)) = place {
                // ("Vidzemē -16": the dash is the table's, not a minus.)
                out.push((m.paragraph, id, e.id, value.abs()));
            }
        }
    }
    out
}

/// The least entries each text's table holds.
const TABLE: usize = 2;

/// Entries of two tables that disagree, link by link.
pub(super) fn by_place(
    left: &Document,
    right: &Document,
    links: &[Link],
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    let (l, r) = (
        entries(left, entities, Side::Left),
        entries(right, entities, Side::Right),
    );
    // Link by link, then over the whole texts: a table the two texts break
    // into paragraphs at other rows has its rows in two links ("Vidzemē -
    // 50" opens one text's table, "в Видземе - 49" stands in a paragraph of
    // its own in the other's).
    let all = (
        (0..left.paragraphs.len()).collect::<Vec<_>>(),
        (0..right.paragraphs.len()).collect::<Vec<_>>(),
    );
    let groups = links
        .iter()
        .enumerate()
        .map(|(k, link)| (Some(k), &link.left, &link.right))
        .chain([(None, &all.0, &all.1)]);
    for (k, lp, rp) in groups {
        let a: Vec<&Entry> = l.iter().filter(|x| lp.contains(&x.0)).collect();
        let b: Vec<&Entry> = r.iter().filter(|x| rp.contains(&x.0)).collect();
        if a.len() < TABLE || b.len() < TABLE {
            continue;
        }
        for x in &a {
            // (A place given once on each side: two entries of it would be
            // two counts.)
            let (mine, theirs): (Vec<&&Entry>, Vec<&&Entry>) = (
                a.iter().filter(|y| y.1 == x.1).collect(),
                b.iter().filter(|y| y.1 == x.1).collect(),
            );
            let ([_], [y]) = (mine.as_slice(), theirs.as_slice()) else {
                continue;
            };
            if x.3 != y.3 && x.2 != y.2 && !out.iter().any(|c| c.left == x.2 && c.right == y.2) {
                out.push(NumberConflict {
                    link: k,
                    quantity: Quantity::Other,
                    left: x.2,
                    right: y.2,
                    measure: Some(format!("count in {}", entities[x.1].label)),
                    by_reader: false,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diverge::verdicts::disagreeing;

    #[test]
    fn two_tables_of_calls_by_region_disagree_where_their_entries_differ() {
        let lv = "Vētra Latvijā: VUGD saņēmis izsaukumus.\n\n\
                  Visvairāk izsaukumu reģistrēti Rīgā – 67, Kurzemē – 52, bet Zemgalē – 26.";
        let ru = "Буря в Латвии: ГПСС получила вызовы.\n\n\
                  Больше всего вызовов поступило в Риге - 48, в Курземе - 52, в Земгале - 17.";
        let mut found = disagreeing(lv, ru);
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert_eq!(
            found,
            [
                (26.0, 17.0, "count in Zemgale".to_string()),
                (67.0, 48.0, "count in Riga".to_string()),
            ]
        );
    }

    #[test]
    fn a_table_broken_into_paragraphs_at_other_rows_is_still_one_table() {
        let lv = "Vētrā VUGD saņēmis 187 izsaukumus.\n\n\
                  Visvairāk izsaukumu reģistrēti Vidzemē - 50, Rīgas pilsētā - 49.\n\n\
                  Savukārt Kurzemē - 14.";
        let ru = "Из-за бури VUGD получила 169 вызовов.\n\n\
                  Больше всего вызовов получено в Видземе - 49.\n\n\
                  В Риге - 39, в Курземе - 13.";
        let mut found: Vec<_> = disagreeing(lv, ru)
            .into_iter()
            .filter(|c| c.2.starts_with("count in"))
            .collect();
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert_eq!(
            found,
            [
                (14.0, 13.0, "count in Kurzeme".to_string()),
                (49.0, 39.0, "count in Riga".to_string()),
                (50.0, 49.0, "count in Vidzeme".to_string()),
            ]
        );
    }

    #[test]
    fn a_single_entry_is_no_table() {
        let lv =
            "Vētra Latvijā: VUGD saņēmis izsaukumus.\n\nVisvairāk izsaukumu reģistrēti Rīgā – 67.";
        let ru =
            "Буря в Латвии: ГПСС получила вызовы.\n\nБольше всего вызовов поступило в Риге - 48.";
        assert!(disagreeing(lv, ru).is_empty(), "{:?}", disagreeing(lv, ru));
    }
}
