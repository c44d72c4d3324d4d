//! Stage 7, correct: what the reader changed, applied as input to the
//! engine rather than painted over its output.
//!
//! A reader links two groups of paragraphs or removes a link the engine
//! made, marks a figure disagreement as wrong or adds one, joins two
//! entities or splits a wrongly merged one, and notes why a paragraph or a
//! link matters. Entity corrections are applied before alignment (links
//! rest on shared names), link corrections before the divergences are
//! found, and figure corrections before the verdict, so one-sided
//! paragraphs, coverage, the overview and the verdict all follow. Every
//! corrected item is marked as the reader's.
//!
//! Entities and figures are named by a mention's side and first byte, which
//! stay put when the engine runs again; paragraphs by their numbers.

use serde::{Deserialize, Serialize};

use crate::{Entity, EntityKind, Link, NumberConflict, Side};

/// One mention, where it stands: stable across runs of the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MentionAt {
    /// Its text.
    pub side: Side,
    /// Its first byte in that text.
    pub start: usize,
}

/// Two groups of paragraphs, by their indices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphPair {
    /// Left paragraph indices.
    pub left: Vec<usize>,
    /// Right paragraph indices.
    pub right: Vec<usize>,
}

/// What a note is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteOn {
    /// A paragraph of one text.
    Paragraph {
        /// Which text.
        side: Side,
        /// Its index.
        paragraph: usize,
    },
    /// A link, by its paragraphs.
    Link(ParagraphPair),
}

/// A reader's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// What it is about.
    pub on: NoteOn,
    /// What the reader wrote (plain text).
    pub text: String,
}

/// Everything a reader corrected, in the order it was done. (In JSON, a
/// field left out is empty; an unknown field is an error.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Corrections {
    /// Links the reader made.
    pub links_added: Vec<ParagraphPair>,
    /// Links of the engine the reader removed (by their paragraphs).
    pub links_removed: Vec<ParagraphPair>,
    /// Figure disagreements the reader marked as wrong (left, right figure).
    pub figures_dismissed: Vec<(MentionAt, MentionAt)>,
    /// Figure disagreements the reader added (left, right figure).
    pub figures_added: Vec<(MentionAt, MentionAt)>,
    /// Entities joined: the entity of the first mention takes in the other's.
    pub entities_joined: Vec<(MentionAt, MentionAt)>,
    /// Entities split: every mention written as this one is leaves its
    /// entity and makes one of its own.
    pub entities_split: Vec<MentionAt>,
    /// Notes on paragraphs and links.
    pub notes: Vec<Note>,
}

impl Corrections {
    /// Whether the reader changed nothing.
    pub fn is_empty(&self) -> bool {
        *self == Corrections::default()
    }

    /// How many corrections and notes there are.
    pub fn len(&self) -> usize {
        self.links_added.len()
            + self.links_removed.len()
            + self.figures_dismissed.len()
            + self.figures_added.len()
            + self.entities_joined.len()
            + self.entities_split.len()
            + self.notes.len()
    }
}

/// The entity holding the mention at `at`.
pub(crate) fn entity_at(entities: &[Entity], at: MentionAt) -> Option<usize> {
    entities.iter().position(|e| {
        e.mentions
            .iter()
            .any(|m| m.side == at.side && m.start == at.start)
    })
}

/// Recomputes what an entity's mentions decide: shared, and ids in order.
fn renumber(entities: &mut Vec<Entity>) {
    entities.retain(|e| !e.mentions.is_empty());
    for (id, e) in entities.iter_mut().enumerate() {
        e.id = id;
        e.mentions.sort_by_key(|m| (m.side, m.start));
        e.shared = crate::entities::on_both_sides(&e.mentions);
    }
}

/// Joins and splits entities as the reader asked. Figures, dates and other
/// values are not joined with names.
pub(crate) fn entities(entities: &mut Vec<Entity>, c: &Corrections) {
    if c.entities_joined.is_empty() && c.entities_split.is_empty() {
        return;
    }
    for &at in &c.entities_split {
        let Some(i) = entity_at(entities, at) else {
            continue;
        };
        let Some(text) = entities[i]
            .mentions
            .iter()
            .find(|m| m.side == at.side && m.start == at.start)
            .map(|m| m.text.to_lowercase())
        else {
            continue;
        };
        let (out, keep): (Vec<_>, Vec<_>) = entities[i]
            .mentions
            .drain(..)
            .partition(|m| m.text.to_lowercase() == text);
        if keep.is_empty() {
            entities[i].mentions = out;
            continue;
        }
        entities[i].mentions = keep;
        let mut split = entities[i].clone();
        split.mentions = out;
        split.label = split.mentions[0].text.clone();
        split.by_reader = true;
        entities[i].by_reader = true;
        entities.push(split);
    }
    for &(a, b) in &c.entities_joined {
        let (Some(i), Some(j)) = (entity_at(entities, a), entity_at(entities, b)) else {
            continue;
        };
        let value_kind = |k: EntityKind| matches!(k, EntityKind::Number | EntityKind::Date);
        if i == j || value_kind(entities[i].kind) != value_kind(entities[j].kind) {
            continue;
        }
        let moved = std::mem::take(&mut entities[j].mentions);
        entities[i].mentions.extend(moved);
        entities[i].by_reader = true;
    }
    renumber(entities);
}

/// Removes the links the reader removed and adds the ones they made.
pub(crate) fn links(links: &mut Vec<Link>, c: &Corrections, paragraphs: [usize; 2]) {
    let fits = |p: &ParagraphPair| {
        !p.left.is_empty()
            && !p.right.is_empty()
            && p.left.iter().all(|&x| x < paragraphs[0])
            && p.right.iter().all(|&y| y < paragraphs[1])
    };
    for removed in &c.links_removed {
        links.retain(|l| !(l.left == removed.left && l.right == removed.right));
    }
    for added in c.links_added.iter().filter(|p| fits(p)) {
        let mut left = added.left.clone();
        let mut right = added.right.clone();
        left.sort_unstable();
        left.dedup();
        right.sort_unstable();
        right.dedup();
        if c.links_removed
            .iter()
            .any(|r| r.left == left && r.right == right)
        {
            continue;
        }
        // The reader's link replaces the engine's links of the same paragraphs.
        links.retain(|l| !(l.left == left && l.right == right));
        links.push(Link {
            left,
            right,
            score: 1.0,
            evidence: crate::Evidence::default(),
            sentences: Vec::new(),
            by_reader: true,
        });
    }
    links.sort_by(|a, b| a.left.cmp(&b.left).then(a.right.cmp(&b.right)));
}

/// Drops the figure disagreements the reader marked wrong and adds theirs.
pub(crate) fn figures(conflicts: &mut Vec<NumberConflict>, entities: &[Entity], c: &Corrections) {
    let pair = |(a, b): &(MentionAt, MentionAt)| {
        Some((entity_at(entities, *a)?, entity_at(entities, *b)?))
    };
    let dismissed: Vec<(usize, usize)> = c.figures_dismissed.iter().filter_map(pair).collect();
    conflicts.retain(|k| !dismissed.contains(&(k.left, k.right)));
    for (l, r) in c.figures_added.iter().filter_map(pair) {
        let (le, re) = (&entities[l], &entities[r]);
        if le.kind != EntityKind::Number
            || re.kind != EntityKind::Number
            || conflicts.iter().any(|k| k.left == l && k.right == r)
        {
            continue;
        }
        conflicts.push(NumberConflict {
            link: None,
            quantity: le
                .quantity
                .or(re.quantity)
                .unwrap_or(crate::Quantity::Other),
            left: l,
            right: r,
            measure: None,
            by_reader: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compare_with, Input};

    const LV: &str = "Kazahstānā protestētāji ieņēma Almati lidostu.\n\n\
                      Prezidents Tokajevs lūdza palīdzību.\n\n\
                      Eirovīzijas dziesmu konkursā šogad uzvarēja Zviedrija ar dziesmu par mīlestību un vasaru.";
    const RU: &str = "В Казахстане протестующие захватили аэропорт Алматы.\n\n\
                      Токаев попросил о помощи.\n\n\
                      Цены на бензин выросли.";

    #[test]
    fn a_link_the_reader_makes_changes_coverage_and_one_sided_paragraphs() {
        let plain =
            compare_with(Input::text(LV), Input::text(RU), &Corrections::default()).unwrap();
        assert!(
            plain.divergences.left_only_paragraphs.contains(&2),
            "{:?}",
            plain.links
        );
        let c = Corrections {
            links_added: vec![ParagraphPair {
                left: vec![2],
                right: vec![2],
            }],
            ..Corrections::default()
        };
        let r = compare_with(Input::text(LV), Input::text(RU), &c).unwrap();
        assert!(!r.divergences.left_only_paragraphs.contains(&2));
        assert!(r.overview.linked_share > plain.overview.linked_share);
        let mine = r.links.iter().find(|l| l.left == [2]).unwrap();
        assert!(mine.by_reader && mine.right == [2]);
        assert_eq!(r.corrections, c);
    }

    #[test]
    fn a_link_the_reader_removes_is_gone_and_its_paragraphs_are_one_sided() {
        let plain =
            compare_with(Input::text(LV), Input::text(RU), &Corrections::default()).unwrap();
        let first = plain
            .links
            .first()
            .expect("the engine links the first paragraphs");
        let c = Corrections {
            links_removed: vec![ParagraphPair {
                left: first.left.clone(),
                right: first.right.clone(),
            }],
            ..Corrections::default()
        };
        let r = compare_with(Input::text(LV), Input::text(RU), &c).unwrap();
        assert!(!r
            .links
            .iter()
            .any(|l| l.left == first.left && l.right == first.right));
        assert!(r.divergences.left_only_paragraphs.contains(&first.left[0]));
    }

    #[test]
    fn links_outside_the_texts_are_ignored() {
        let c = Corrections {
            links_added: vec![
                ParagraphPair {
                    left: vec![40],
                    right: vec![0],
                },
                ParagraphPair {
                    left: vec![],
                    right: vec![0],
                },
            ],
            ..Corrections::default()
        };
        let r = compare_with(Input::text(LV), Input::text(RU), &c).unwrap();
        assert!(r.links.iter().all(|l| !l.by_reader));
    }

    #[test]
    fn entities_join_and_split_as_the_reader_says() {
        let lv = "Prezidents Tokajevs tikās ar Nazarbajevu. Vēlāk Nazarbajevs runāja Nur-Sultanā.";
        let ru = "Президент Токаев встретился с Назарбаевым в Астане.";
        let r = compare_with(Input::text(lv), Input::text(ru), &Corrections::default()).unwrap();
        let at = |side: Side, text: &str, within: &str| MentionAt {
            side,
            start: within.find(text).unwrap(),
        };
        let city = |r: &crate::Report| {
            r.entities
                .iter()
                .find(|e| e.mentions.iter().any(|m| m.text == "Nur-Sultanā"))
                .cloned()
                .unwrap()
        };
        assert!(!city(&r).shared, "{:?}", city(&r));
        // Join Nur-Sultan with Astana (the city's other name, which no
        // table here holds) and split "Nazarbajevs" (nominative) off its entity.
        let c = Corrections {
            entities_joined: vec![(
                at(Side::Left, "Nur-Sultanā", lv),
                at(Side::Right, "Астане", ru),
            )],
            entities_split: vec![at(Side::Left, "Nazarbajevs", lv)],
            ..Corrections::default()
        };
        let r2 = compare_with(Input::text(lv), Input::text(ru), &c).unwrap();
        let joined = city(&r2);
        assert!(joined.shared && joined.by_reader, "{joined:?}");
        assert!(
            joined.mentions.iter().any(|m| m.text == "Астане"),
            "{joined:?}"
        );
        let split = r2
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.text == "Nazarbajevs"))
            .unwrap();
        assert!(
            split.mentions.iter().all(|m| m.text == "Nazarbajevs"),
            "{split:?}"
        );
        assert!(split.by_reader);
        for (id, e) in r2.entities.iter().enumerate() {
            assert_eq!(e.id, id);
        }
    }

    #[test]
    fn a_figure_disagreement_marked_wrong_is_gone_from_the_verdict() {
        let lv = "Ugunsgrēkā Valmierā piektdien gāja bojā 2 cilvēki.";
        let ru = "При пожаре в Валмиере в пятницу погибли 5 человек.";
        let r = compare_with(Input::text(lv), Input::text(ru), &Corrections::default()).unwrap();
        let c0 = r
            .divergences
            .number_conflicts
            .first()
            .expect("2 vs 5 killed");
        let (l, rr) = (
            &r.entities[c0.left].mentions[0],
            &r.entities[c0.right].mentions[0],
        );
        let c = Corrections {
            figures_dismissed: vec![(
                MentionAt {
                    side: l.side,
                    start: l.start,
                },
                MentionAt {
                    side: rr.side,
                    start: rr.start,
                },
            )],
            ..Corrections::default()
        };
        let r2 = compare_with(Input::text(lv), Input::text(ru), &c).unwrap();
        assert!(r2.divergences.number_conflicts.is_empty());
        assert!(
            !r2.overview.verdict.contains("figures disagree"),
            "{}",
            r2.overview.verdict
        );
        // And the reader may add it back as their own.
        let c = Corrections {
            figures_added: c.figures_dismissed.clone(),
            ..Corrections::default()
        };
        let r3 = compare_with(Input::text(lv), Input::text(ru), &c).unwrap();
        // (The engine finds it again anyway: it is not added twice.)
        assert_eq!(r3.divergences.number_conflicts.len(), 1);
    }
}
