//! A share given to a name: the percentage a party, a list or a region is
//! given ("Vienotība ar 31,22 %", "За «Единство» проголосовали 31,09 %",
//! "Zemgalē ... bija 4,9 %"), held against the other text's share for the
//! same name.
//!
//! A percentage belongs to the name both texts give nearest before it in
//! the same clause; a change ("на 0,1 %", "par 0,3") is not a share. Two
//! texts are compared only when each gives shares for two or more of the
//! same bodies (a table of results), and each body's first share is its
//! headline one: a breakdown by region comes after it.

use super::measures::agree;
use crate::{Document, Entity, EntityKind, Link, NumberConflict, Quantity, Side};

/// Words before a figure that make it a change, not a level ("par 0,3",
/// "на 0,1%", "by 2%"); written here from general knowledge.
const CHANGE_BEFORE: [&str; 3] = ["par", "на", "by"];

/// Words for votes, after a share: Latvian, Russian and English, written
/// here from general knowledge (word starts).
const VOTES: [&str; 4] = ["bals", "голос", "vote", "ballot"];

/// Most characters between a name and its share.
const REACH: usize = 80;

/// Most characters between the opening of a sentence and a share its
/// first name is given.
const SUBJECT_REACH: usize = 200;

/// Least number of bodies with a share in both texts to compare them.
const TABLE_BODIES: usize = 2;

/// A share as one text gives it: the figure's entity, its paragraph, its
/// value and how it is written.
#[derive(Debug, Clone, Copy)]
pub(super) struct Share<'a> {
    pub(super) figure: usize,
    pub(super) paragraph: usize,
    pub(super) value: f64,
    pub(super) text: &'a str,
    /// Whether a word for votes follows it ("74,25% balsu", "74,43%
    /// голосов").
    pub(super) of_votes: bool,
}

impl Share<'_> {
    /// Whether two shares can be one figure, each rounded as written.
    pub(super) fn agrees(&self, other: &Share<'_>) -> bool {
        agree((self.text, self.value), (other.text, other.value))
    }
}

/// The shares a side gives to each name of `kind` both texts give, in the
/// order of the text: (name's entity, its shares). A percentage is the
/// share of the nearest name before it, whoever that is.
pub(super) fn by_name<'a>(
    doc: &Document,
    entities: &'a [Entity],
    side: Side,
    kind: EntityKind,
) -> Vec<(usize, Vec<Share<'a>>)> {
    // Every name, shared or not: a percentage after a name only one text
    // gives is that name's, not the shared name's before it ("Vienotība ar
    // 24,5 % apsteidza Progresīvos ar 6 %").
    let mut names: Vec<(usize, usize, usize)> = entities
        .iter()
        .filter(|e| !matches!(e.kind, EntityKind::Number | EntityKind::Date))
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(move |m| m.side == side)
                .map(move |m| (m.end, m.start, e.id))
        })
        .collect();
    names.sort_unstable();
    let mut figures: Vec<(usize, Share<'a>)> = entities
        .iter()
        .filter(|e| {
            e.kind == EntityKind::Number
                && e.quantity == Some(Quantity::Percent)
                && e.unit.as_deref() != Some("pp")
        })
        .filter_map(|e| Some((e, e.value?)))
        .flat_map(|(e, value)| {
            e.mentions
                .iter()
                .filter(move |m| m.side == side)
                .map(move |m| {
                    let after = super::text_after(&doc.text, m.end, 24, doc.text.len());
                    let next = super::moments::words(after);
                    let share = Share {
                        figure: e.id,
                        paragraph: m.paragraph,
                        value,
                        text: m.text.as_str(),
                        of_votes: next
                            .iter()
                            .find(|w| w.as_str() != "%")
                            .is_some_and(|w| VOTES.iter().any(|v| w.starts_with(v))),
                    };
                    (m.start, share)
                })
        })
        .collect();
    figures.sort_by_key(|f| f.0);
    // A share listed after a share of the votes in one sentence is of the
    // votes too: "Науседа набрал 74,43% голосов, а ... Шимоните - 24,06%".
    for k in 1..figures.len() {
        let (at, prev) = figures[k - 1];
        let (start, share) = figures[k];
        let between = doc.text.get(at..start).unwrap_or(".");
        let one_sentence = !between.char_indices().any(|(i, c)| {
            matches!(c, '.' | '!' | '?' | '\n')
                && !between[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
        });
        if prev.of_votes && share.paragraph == prev.paragraph && one_sentence {
            figures[k].1.of_votes = true;
        }
    }
    let mut out: Vec<(usize, Vec<Share<'a>>)> = Vec::new();
    for (start, share) in figures {
        let before = doc.text.get(..start).unwrap_or_default();
        let tail = before.char_indices().rev().nth(7).map_or(0, |(i, _)| i);
        if super::moments::words(&before[tail..])
            .last()
            .is_some_and(|w| CHANGE_BEFORE.contains(&w.as_str()))
        {
            continue;
        }
        let Some(name) = before_it(doc, &names, entities, kind, start).or_else(|| {
            share
                .of_votes
                .then(|| {
                    subject(doc, &names, entities, kind, start)
                        .or_else(|| after_it(doc, &names, entities, kind, start + share.text.len()))
                })
                .flatten()
        }) else {
            continue;
        };
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, shares)) => shares.push(share),
            None => out.push((name, vec![share])),
        }
    }
    out
}

/// The name of `kind` both texts give that a share at `start` belongs to:
/// the nearest name before it in its clause (`names`: (end, start, entity)
/// of every name, by end).
fn before_it(
    doc: &Document,
    names: &[(usize, usize, usize)],
    entities: &[Entity],
    kind: EntityKind,
    start: usize,
) -> Option<usize> {
    let mut k = names
        .partition_point(|&(end, ..)| end <= start)
        .checked_sub(1)?;
    // A name told together with others — inside another, or right
    // after one with quotes or a dash between
    // ("Национальное объединение «Все — Латвии» с 16,5%", «От сердца —
    // Латвии»: Latvia inside) — is one of a wanted kind both texts give.
    let wanted = |n: usize| entities[n].shared && entities[n].kind == kind;
    // (So is a country right after a body's name, whose genitive it is:
    // "Консервативная народная партия Эстонии с результатом 17,8%".)
    while !wanted(names[k].2) && k > 0 {
        let (prev_end, cur_start) = (names[k - 1].0, names[k].1);
        let close = prev_end >= cur_start
            || doc.text.get(prev_end..cur_start).is_some_and(|g| {
                g.chars().count() <= 3
                    && !g.chars().any(char::is_alphanumeric)
                    && g.contains(['«', '"', '„', '“', '—', '–'])
                    || g == " " && entities[names[k].2].kind == EntityKind::Place
            });
        if !close {
            break;
        }
        k -= 1;
    }
    let (end, name) = (names[k].0, names[k].2);
    if !wanted(name) {
        return None;
    }
    let gap = doc.text.get(end..start)?;
    // A clause ends at a stop or a comma, but not at a decimal one.
    let mut chars = gap.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, ',' | ';' | '.' | '!' | '?' | '\n')
            && !chars.peek().is_some_and(char::is_ascii_digit)
        {
            return None;
        }
    }
    (gap.chars().count() <= REACH).then_some(name)
}

/// The name a share of the votes belongs to when its sentence opens with
/// that name and only people stand between ("Reformu partija, kuru vada
/// ... Kaja Kallasa, saņēmusi 29,4% balsu"): the sentence's first name,
/// of `kind` and given by both texts, with no other name of `kind` after
/// it before the share.
fn subject(
    doc: &Document,
    names: &[(usize, usize, usize)],
    entities: &[Entity],
    kind: EntityKind,
    start: usize,
) -> Option<usize> {
    let before = doc.text.get(..start)?;
    // The sentence opens after a stop followed by a space, or a line's end
    // (not at a decimal point, nor at "2005. gada": a year ends no
    // sentence, and a sentence told with one is left alone).
    let opens = before
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            c == '\n' || matches!(c, '.' | '!' | '?') && before[i + 1..].starts_with(' ')
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    if start - opens > SUBJECT_REACH {
        return None;
    }
    let mut inside = names
        .iter()
        .filter(|&&(end, begin, _)| begin >= opens && end <= start);
    let &(mut first_end, _, mut first) = inside.next()?;
    // (A body's kind and its name in quotes after it are one subject:
    // "Nacionāli konservatīvā partija \"Šor\", ko vada ...".)
    while !entities[first].shared {
        let Some(&(end, begin, next)) = inside.clone().next() else {
            break;
        };
        let apposed = doc.text.get(first_end..begin).is_some_and(|g| {
            g.chars().count() <= 3
                && !g.chars().any(char::is_alphanumeric)
                && g.contains(['«', '"', '„', '“'])
        });
        if !apposed {
            break;
        }
        inside.next();
        (first_end, first) = (end, next);
    }
    let wanted = entities[first].shared && entities[first].kind == kind;
    // (A candidate's party between the candidate and the share is the
    // candidate's, not a rival: "Šimonīte no partijas \"Tēvzemes savienība\"
    // ieguvusi 24,34% balsu". Another candidate is.)
    let rival = inside.any(|&(_, _, n)| {
        n != first
            && if kind == EntityKind::Person {
                entities[n].kind != EntityKind::Organisation
            } else {
                // (A body's rival is another body; the country the votes
                // were cast in is none: "Партия действия и солидарности
                // лидирует ... в Молдавии с 46% голосов".)
                entities[n].kind == EntityKind::Organisation
            }
    });
    (wanted && !rival).then_some(first)
}

/// The name a share of the votes opening its clause belongs to, told after
/// it in the same sentence ("Ar 22,2% balsu tai seko ... Centra partija",
/// "Второй результат — 22,9% голосов — у Центристской партии"; not "5%
/// barjeru ... pārvarēt apvienībai"): the first name of `kind` after `end`,
/// given by both texts, with no stop or comma between.
fn after_it(
    doc: &Document,
    names: &[(usize, usize, usize)],
    entities: &[Entity],
    kind: EntityKind,
    end: usize,
) -> Option<usize> {
    let &(_, start, name) = names
        .iter()
        .filter(|&&(_, start, n)| start >= end && entities[n].kind == kind)
        .min_by_key(|&&(_, start, _)| start)?;
    let gap = doc.text.get(end..start)?;
    let stop = gap
        .chars()
        .any(|c| matches!(c, '.' | ';' | '!' | '?' | '\n' | ','));
    (entities[name].shared && !stop && gap.chars().count() <= REACH).then_some(name)
}

/// A name with the shares the left text gives it and the right's.
pub(super) type Row<'a> = (usize, Vec<Share<'a>>, Vec<Share<'a>>);

/// The two texts' table of shares by name of `kind`: each name both give a
/// share to.
pub(super) fn table<'a>(
    left: &Document,
    right: &Document,
    entities: &'a [Entity],
    kind: EntityKind,
) -> Vec<Row<'a>> {
    let mut r = by_name(right, entities, Side::Right, kind);
    by_name(left, entities, Side::Left, kind)
        .into_iter()
        .filter_map(|(name, a)| {
            let k = r.iter().position(|(m, _)| *m == name)?;
            Some((name, a, std::mem::take(&mut r[k].1)))
        })
        .collect()
}

/// Adds the candidates whose headline share of the votes the two texts
/// give differently ("Nausēda saņēmis 74,25% balsu", "Науседа набрал
/// 74,43% голосов"): a share a person is given is compared when both
/// texts call it votes, one candidate being enough.
pub(super) fn of_candidates(
    left: &Document,
    right: &Document,
    links: &[Link],
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    let rows: Vec<Row<'_>> = table(left, right, entities, EntityKind::Person)
        .into_iter()
        .filter(|(_, a, b)| a[0].of_votes && b[0].of_votes)
        .collect();
    report(rows, links, entities, out);
}

/// Adds the bodies whose headline shares the two texts give differently.
pub(super) fn of_bodies(
    left: &Document,
    right: &Document,
    links: &[Link],
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    let rows = table(left, right, entities, EntityKind::Organisation);
    if rows.len() < TABLE_BODIES {
        return;
    }
    report(rows, links, entities, out);
}

/// A body's headline share: its first, or a later one that gives the
/// same figure more precisely ("лидирует с 53%", then "набирает 52,94%
/// голосов": 52,94 is the figure 53 rounds).
fn headline<'a>(shares: &[Share<'a>]) -> Share<'a> {
    let decimals = |s: &Share<'_>| {
        s.text
            .split([',', '.'])
            .nth(1)
            .map_or(0, |d| d.chars().take_while(char::is_ascii_digit).count())
    };
    let first = shares[0];
    shares
        .iter()
        .filter(|s| first.agrees(s) && decimals(s) > decimals(&first))
        .max_by_key(|s| decimals(s))
        .copied()
        .unwrap_or(first)
}

/// Adds each row whose first shares disagree.
fn report(rows: Vec<Row<'_>>, links: &[Link], entities: &[Entity], out: &mut Vec<NumberConflict>) {
    for (name, a, b) in rows {
        // (A body's shares are never empty: it is listed by its first.)
        let (a, b) = (headline(&a), headline(&b));
        if a.agrees(&b)
            || out
                .iter()
                .any(|c| c.left == a.figure || c.right == b.figure)
        {
            continue;
        }
        let link = links
            .iter()
            .position(|x| x.left.contains(&a.paragraph) && x.right.contains(&b.paragraph));
        out.push(NumberConflict {
            link,
            quantity: Quantity::Percent,
            left: a.figure,
            right: b.figure,
            measure: Some(format!("share of {}", entities[name].label)),
            by_reader: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::diverge::verdicts::disagreeing;

    const LV: &str = "Vēlēšanās uzvarēja Jaunā Vienotība ar 24,5% balsu. \
                      Zaļo un zemnieku savienība ieguva 12,1%, bet Nacionālā apvienība - 9,4%.";

    #[test]
    fn a_candidate_s_share_listed_after_another_s_votes_is_of_the_votes() {
        // The right gives the runner-up's share after the winner's votes
        // without the word; the left names her party between her and hers.
        let lv = "Gitanas Nausēda saņēmis 74,43% balsu.\n\n\
                  Savukārt Ingrīda Šimonīte no partijas \"Tēvzemes savienība\" ieguvusi \
                  24,34% balsu.";
        let ru = "Гитанас Науседа набрал 74,43% голосов, а Ингрида Шимоните - 24,06%.";
        let found = disagreeing(lv, ru);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (24.34, 24.06));
    }

    #[test]
    fn a_party_s_share_is_its_most_precise_and_its_subject_may_be_quoted() {
        // The left rounds its lead before giving it precisely; the right
        // names its leader in the country's elections, and a party by its
        // kind, its quoted name and its leader.
        let lv = "Moldovā uzvar partija \"Rīcība un solidaritāte\" (PAS) ar 47%.\n\n\
                  PAS ieguvusi 47,38% balsu, komunistu un sociālistu bloks - 31%.\n\n\
                  Nacionāli konservatīvā partija \"Šor\", ko vada uzņēmējs Ilans Šors, \
                  saņēmusi 6,65% balsu.";
        let ru = "Партия действия и солидарности лидирует на выборах в Молдавии \
                  с 46% голосов. У блока коммунистов и социалистов – 31%, у партии \"Шор\" – 6,86%.";
        assert_eq!(
            disagreeing(lv, ru),
            [
                (
                    47.38,
                    46.0,
                    "share of Party of Action and Solidarity".to_string()
                ),
                (6.65, 6.86, "share of Šor".to_string())
            ]
        );
    }

    #[test]
    fn two_results_tables_that_differ_at_a_party_are_reported() {
        let ru = "На выборах победило \"Новое Единство\" с 23,9% голосов. \
                  Союз зеленых и крестьян получил 12,1%, а Национальное объединение - 9,4%.";
        assert_eq!(
            disagreeing(LV, ru),
            [(24.5, 23.9, "share of Jaunā Vienotība".to_string())]
        );
    }

    #[test]
    fn a_party_named_with_its_list_in_quotes_keeps_its_share() {
        // Latvia inside the quoted name, and the list's name after the
        // party's, do not take the share from the party.
        let ru = "На выборах победило \"Новое Единство\" с 24,5% голосов. \
                  Союз зеленых и крестьян получил 12,1%, а Национальное объединение \
                  «Все — Латвии» - 8,8%.";
        assert_eq!(
            disagreeing(LV, ru),
            [(9.4, 8.8, "share of Nacionālā apvienība".to_string())]
        );
    }

    #[test]
    fn a_candidates_share_of_the_votes_is_compared_alone() {
        let lv = "Otrajā kārtā Gitans Nausēda saņēmis 74,25% balsu.";
        let ru = "Во втором туре Гитанас Науседа набрал 74,43% голосов.";
        assert_eq!(
            disagreeing(lv, ru),
            [(74.25, 74.43, "share of Gitans Nausēda".to_string())]
        );
        // Not a share that is not called votes.
        let ru = "Во втором туре рейтинг Гитанаса Науседы составил 74,43%.";
        assert!(disagreeing(lv, ru).is_empty());
    }

    #[test]
    fn a_share_of_the_votes_opening_its_clause_belongs_to_the_name_after_it() {
        let lv = "Ar 22,2% balsu otrajā vietā ir premjera Jiri Ratasa vadītā Centra partija. \
                  Vienotība ieguva 12,1%.";
        let ru = "Второй результат — 22,9% голосов — у Центристской партии. \
                  «Единство» получило 12,1%.";
        assert_eq!(
            disagreeing(lv, ru),
            [(22.2, 22.9, "share of Centre Party".to_string())]
        );
        // A threshold is no party's share: "5% barjeru ... pārvarēt
        // apvienībai" leaves the party its own 7,65 %.
        let lv = "Vienotība ieguva 12,1%. \
                  5% barjeru izdevies pārvarēt apvienībai \"Par Labu Latviju\" (7,65%).";
        let ru = "«Единство» получило 12,1%. Объединение \"За лучшую Латвию\" получило 7,84%.";
        assert_eq!(
            disagreeing(lv, ru),
            [(7.65, 7.84, "share of For a Good Latvia".to_string())]
        );
    }

    #[test]
    fn a_share_told_after_its_partys_leader_is_the_partys() {
        // The party opens the sentence; only its leader stands between.
        let lv = "Jaunā Vienotība, kuru vada Evika Siliņa, saņēmusi 24,5% balsu. \
                  Zaļo un zemnieku savienība ieguva 12,1%.";
        let ru = "\"Новое Единство\" набрало 23,9% голосов. \
                  Союз зеленых и крестьян получил 12,1%.";
        assert_eq!(
            disagreeing(lv, ru),
            [(24.5, 23.9, "share of Jaunā Vienotība".to_string())]
        );
        // Not when another body stands between: the share may be its.
        let lv = "Jaunā Vienotība, kas apsteidza Progresīvos, saņēmusi 24,5% balsu. \
                  Zaļo un zemnieku savienība ieguva 12,1%.";
        assert!(disagreeing(lv, ru).is_empty());
    }

    #[test]
    fn a_share_belongs_to_the_nearest_name_before_it() {
        let lv = "Vēlēšanās uzvarēja Jaunā Vienotība ar 24,5% balsu pret Progresīvajiem ar 6%.";
        let ru = "На выборах победило \"Новое Единство\" с 23,9% голосов.";
        let r = crate::compare(crate::Input::text(lv), crate::Input::text(ru)).unwrap();
        let shares = super::by_name(
            &r.left,
            &r.entities,
            crate::Side::Left,
            crate::EntityKind::Organisation,
        );
        let values: Vec<Vec<f64>> = shares
            .iter()
            .map(|(_, s)| s.iter().map(|x| x.value).collect())
            .collect();
        // The Progressives' 6 % is theirs, though only one text names them.
        assert_eq!(values, [vec![24.5]], "{shares:?}");
    }

    #[test]
    fn one_share_a_change_or_a_rounded_share_is_not() {
        // One party's share alone is no table.
        let lv = "Vēlēšanās uzvarēja Jaunā Vienotība ar 24,5% balsu.";
        let ru = "На выборах победило \"Новое Единство\" с 23,9% голосов.";
        assert!(disagreeing(lv, ru).is_empty());
        // A rise is not a share; a share rounded is the same share.
        let ru = "\"Новое Единство\" прибавило на 1,5% и набрало 24,5%. \
                  Союз зеленых и крестьян получил 12%, а Национальное объединение - 9,4%.";
        assert!(disagreeing(LV, ru).is_empty());
    }
}
