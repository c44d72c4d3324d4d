//! Stage 7, diverge: what only one side has, and the two stories at a glance.
//!
//! One-sided paragraphs are those no link reaches (a repeat of a linked
//! paragraph is not news). One-sided entities are named by one text only.
//! A number conflict is a pair of figures of the same kind (killed, injured,
//! detained...) inside one link whose values differ while no figure of that
//! kind agrees. The overview sorts the named places, people, organisations and
//! dates into shared and one-sided, and says in words whether the two texts
//! seem to tell the same event.

use std::collections::BTreeSet;

use crate::{Divergences, Document, Entity, EntityKind, Link, NumberConflict, Overview, OverviewRow, Quantity, Side};

/// Finds what diverges and fills in each side's coverage.
pub fn diverge(left: &mut Document, right: &mut Document, links: &[Link], entities: &[Entity]) -> (Divergences, Overview) {
    let mut linked_left = vec![false; left.paragraphs.len()];
    let mut linked_right = vec![false; right.paragraphs.len()];
    for l in links {
        l.left.iter().for_each(|&p| linked_left[p] = true);
        l.right.iter().for_each(|&p| linked_right[p] = true);
    }
    let linked = |side: Side, p: usize| if side == Side::Left { linked_left[p] } else { linked_right[p] };
    let only = |doc: &Document, side: Side| -> Vec<usize> {
        (0..doc.paragraphs.len())
            .filter(|&p| !linked(side, p))
            .filter(|&p| doc.paragraphs[p].duplicate_of.is_none_or(|d| !linked(side, d)))
            .collect()
    };
    let left_only_paragraphs = only(left, Side::Left);
    let right_only_paragraphs = only(right, Side::Right);
    left.coverage = coverage(left, &left_only_paragraphs);
    right.coverage = coverage(right, &right_only_paragraphs);

    let one_sided = |side: Side| -> Vec<usize> {
        entities.iter().filter(|e| !e.shared && e.kind != EntityKind::Url && e.mentions[0].side == side).map(|e| e.id).collect()
    };
    let divergences = Divergences {
        left_only_paragraphs,
        right_only_paragraphs,
        left_only_entities: one_sided(Side::Left),
        right_only_entities: one_sided(Side::Right),
        number_conflicts: conflicts(links, entities),
    };
    let total = (left.paragraphs.len() + right.paragraphs.len()).max(1) as f64;
    let linked_count = (left.paragraphs.len() - divergences.left_only_paragraphs.len()) + (right.paragraphs.len() - divergences.right_only_paragraphs.len());
    let mut overview = Overview {
        places: row(entities, &[EntityKind::Place]),
        people: row(entities, &[EntityKind::Person]),
        organisations: row(entities, &[EntityKind::Organisation, EntityKind::Media]),
        dates: row(entities, &[EntityKind::Date]),
        verdict: String::new(),
        linked_share: (linked_count as f64 / total * 1000.0).round() / 1000.0,
    };
    overview.verdict = verdict(&overview);
    (divergences, overview)
}

/// Share of a text's characters (repeats left out) that the other side covers.
fn coverage(doc: &Document, only: &[usize]) -> f64 {
    let size = |p: usize| doc.text[doc.paragraphs[p].start..doc.paragraphs[p].end].chars().count();
    let counted: Vec<usize> = (0..doc.paragraphs.len()).filter(|&p| doc.paragraphs[p].duplicate_of.is_none()).collect();
    let all: usize = counted.iter().map(|&p| size(p)).sum();
    let uncovered: usize = counted.iter().filter(|p| only.binary_search(p).is_ok()).map(|&p| size(p)).sum();
    if all == 0 {
        0.0
    } else {
        ((all - uncovered) as f64 / all as f64 * 1000.0).round() / 1000.0
    }
}

fn conflicts(links: &[Link], entities: &[Entity]) -> Vec<NumberConflict> {
    // Counted figures (killed, injured...) by the paragraphs they stand in.
    let mut by_paragraph: [rustc_hash::FxHashMap<usize, Vec<&Entity>>; 2] = Default::default();
    for e in entities.iter().filter(|e| e.kind == EntityKind::Number && e.quantity.is_some_and(|q| q != Quantity::Other)) {
        for m in &e.mentions {
            let list = by_paragraph[m.side as usize].entry(m.paragraph).or_default();
            if !list.iter().any(|x| x.id == e.id) {
                list.push(e);
            }
        }
    }
    let mut out = Vec::new();
    for (k, link) in links.iter().enumerate() {
        let figures = |side: Side, paras: &[usize]| -> Vec<&Entity> {
            let mut v: Vec<&Entity> = paras.iter().flat_map(|p| by_paragraph[side as usize].get(p).into_iter().flatten().copied()).collect();
            v.sort_by_key(|e| e.id);
            v.dedup_by_key(|e| e.id);
            v
        };
        let (lf, rf) = (figures(Side::Left, &link.left), figures(Side::Right, &link.right));
        for l in &lf {
            for r in &rf {
                let agree = lf.iter().any(|x| x.quantity == l.quantity && rf.iter().any(|y| y.id == x.id));
                if l.quantity == r.quantity && l.id != r.id && !agree {
                    out.push(NumberConflict { link: k, quantity: l.quantity.unwrap_or(Quantity::Other), left: l.id, right: r.id });
                }
            }
        }
    }
    out
}

fn row(entities: &[Entity], kinds: &[EntityKind]) -> OverviewRow {
    let mut r = OverviewRow::default();
    let (mut seen_shared, mut seen_l, mut seen_r) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for e in entities.iter().filter(|e| kinds.contains(&e.kind)) {
        let label = e.label.clone();
        if e.shared {
            if seen_shared.insert(label.clone()) {
                r.shared.push(label);
            }
        } else if e.mentions[0].side == Side::Left {
            if seen_l.insert(label.clone()) {
                r.left_only.push(label);
            }
        } else if seen_r.insert(label.clone()) {
            r.right_only.push(label);
        }
    }
    r
}

fn verdict(o: &Overview) -> String {
    #[allow(clippy::cast_possible_truncation)] // a share, 0..=100 once scaled
    let pct = (o.linked_share * 100.0).round() as i64;
    let shared_names = o.places.shared.len() + o.people.shared.len() + o.organisations.shared.len();
    let dates_disagree = o.dates.shared.is_empty() && !o.dates.left_only.is_empty() && !o.dates.right_only.is_empty();
    if o.linked_share >= 0.5 && !dates_disagree {
        format!("The same story: {pct}% of the paragraphs have a counterpart.")
    } else if shared_names > 0 && dates_disagree {
        format!(
            "Related, but perhaps not the same event: both name {}, while the dates differ (left: {}; right: {}).",
            list(&o.places.shared.iter().chain(&o.people.shared).chain(&o.organisations.shared).cloned().collect::<Vec<_>>()),
            list(&o.dates.left_only),
            list(&o.dates.right_only)
        )
    } else if shared_names > 0 || o.linked_share > 0.0 {
        format!("Partly the same story: {pct}% of the paragraphs have a counterpart; {shared_names} names are shared.")
    } else {
        "Different stories: no paragraph and no name is shared.".to_string()
    }
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

#[cfg(test)]
mod tests {
    use crate::{compare, Input, Quantity};

    #[test]
    fn casualty_figures_that_disagree_are_reported() {
        let lv = "Sadursmēs Almati pilsētā nogalināti 8 cilvēki, paziņoja policija.";
        let ru = "В столкновениях в Алматы убиты 5 человек, сообщила полиция.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert_eq!(r.links.len(), 1);
        let c = &r.divergences.number_conflicts;
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].quantity, Quantity::Killed);
        assert_eq!(r.entities[c[0].left].value, Some(8.0));
        assert_eq!(r.entities[c[0].right].value, Some(5.0));
    }

    #[test]
    fn detention_counts_that_disagree_are_reported_whatever_the_verb_form() {
        // "aizturēja" (past tense), not only "aizturēti": found with the embed example.
        let lv = "Rīgā trešdien notika protests pret degvielas cenām. Policija aizturēja 12 cilvēkus.";
        let ru = "В Риге в среду прошёл протест против цен на топливо. Полиция задержала 15 человек.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        let c = &r.divergences.number_conflicts;
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].quantity, Quantity::Detained);
    }

    #[test]
    fn agreeing_figures_are_not_a_conflict() {
        let lv = "Sadursmēs Almati pilsētā nogalināti 5 cilvēki, paziņoja policija.";
        let ru = "В столкновениях в Алматы убиты 5 человек, сообщила полиция.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert!(r.divergences.number_conflicts.is_empty());
        assert!(r.entities.iter().any(|e| e.label == "5" && e.shared));
    }
}
