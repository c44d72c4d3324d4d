//! Counts told place by place: one count given as a table by region or
//! town ("Rīgā – 67, Kurzemē – 52, Zemgalē – 26" against "в Риге - 48, в
//! Курземе - 36, в Земгале - 17"), as a rescue service gives its calls or
//! a commission its votes.
//!
//! Inside one link, a figure right after a place's name, with only a dash
//! or a colon between, is that place's entry; so is one told in a short
//! clause after the place where it happened ("Maskavā aizturēti aptuveni
//! 50", "В Москве 623"), and one given first with its place after a dash
//! ("45 - в штате Оахака"). Where each text gives two such entries or more,
//! the places both name whose figures differ disagree. A figure written
//! further from its place ("Rīgas reģionā uz vēja nodarīto postījumu
//! vietām saņemti 118 izsaukumi") is no entry of a table: nothing but the
//! sentence ties it to the place.

use crate::{Document, Entity, EntityKind, Link, NumberConflict, Quantity, Side};

/// One entry: (paragraph, place entity, figure entity, value).
type Entry = (usize, usize, usize, f64);

/// A town's or an area's word after its name in a table's row ("Rīgas
/// pilsētā - 49", "Oahakas štatā gājis bojā 71"), in the locative, Latvian
/// and Russian, written here from general knowledge.
const TOWN_WORDS: &[&str] = &[
    "pilsētā",
    "novadā",
    "pagastā",
    "apgabalā",
    "reģionā",
    "štatā",
    "provincē",
    "городе",
];

/// Words between a figure and the place it is the entry of, in a table
/// that gives the figure first ("45 - в штате Оахака, 10 - в штате
/// Чьяпас", "52 — из Селии"): prepositions and an area's word before its
/// name, written here from general knowledge.
const BEFORE_PLACE: &[&str] = &[
    "в",
    "во",
    "на",
    "из",
    "штате",
    "провинции",
    "области",
    "районе",
    "округе",
    "городе",
    "no",
];

/// Each side's entries, read once for [`drop_rows`] and [`by_place`].
pub(super) struct Tables {
    left: Vec<Entry>,
    right: Vec<Entry>,
}

impl Tables {
    pub(super) fn read(left: &Document, right: &Document, entities: &[Entity]) -> Tables {
        Tables {
            left: entries(left, entities, Side::Left),
            right: entries(right, entities, Side::Right),
        }
    }
}

/// A side's entries: each figure with the place written right before it
/// (or, after a dash, right after it).
fn entries(doc: &Document, entities: &[Entity], side: Side) -> Vec<Entry> {
    let places: Vec<(usize, usize, usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Place && e.shared)
        .flat_map(|e| e.mentions.iter().map(move |m| (e.id, m)))
        .filter(|(_, m)| m.side == side)
        .map(|(id, m)| (id, m.paragraph, m.start, m.end))
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
            // (The nearest place before it: "Kurzemē, Liepājā aizturēti 5"
            // is Liepāja's.)
            let before = places
                .iter()
                .filter(|&&(_, p, start, end)| {
                    p == m.paragraph
                        && end <= m.start
                        && doc.text.get(end..m.start).is_some_and(|gap| {
                            // ("Rīgas pilsētā - 49": the town's own word may
                            // stand between, and says where.)
                            let gap = gap.trim_start();
                            let area = TOWN_WORDS
                                .iter()
                                .find_map(|w| gap.strip_prefix(w))
                                .filter(|rest| !rest.starts_with(char::is_alphabetic));
                            let gap = area.unwrap_or(gap);
                            entry_gap(gap, doc.lang)
                                && (gap.contains(['–', '—', '-', ':'])
                                    || area.is_some()
                                    || locative(doc, start, end))
                        })
                })
                .max_by_key(|x| x.3);
            // (Or the figure first, a dash, then where: "45 - в штате Оахака".)
            let after = || {
                places.iter().find(|&&(_, p, start, _)| {
                    p == m.paragraph
                        && m.end <= start
                        && doc.text.get(m.end..start).is_some_and(|gap| {
                            let mut words = gap
                                .split(|c: char| c.is_whitespace() || matches!(c, '–' | '—' | '-'))
                                .filter(|w| !w.is_empty());
                            gap.trim_start().starts_with(['–', '—', '-'])
                                && gap.len() < 40
                                && words.clone().count() <= 2
                                && words.all(|w| BEFORE_PLACE.contains(&w.to_lowercase().as_str()))
                        })
                })
            };
            let place = before.or_else(after);
            if let Some(&(id, _, _, _)) = place {
                // ("Vidzemē -16": the dash is the table's, not a minus.)
                out.push((m.paragraph, id, e.id, value.abs()));
            }
        }
    }
    out
}

/// Most words between a place and its figure: a verb and a bound
/// ("Maskavā aizturēti aptuveni 50", "В Новосибирске задержаны 95").
const GAP_WORDS: usize = 3;

/// Whether what stands between a place and a figure makes the figure that
/// place's entry: a dash or a colon ("Rīgā – 67", "в Риге: 48"), nothing
/// ("В Москве 623"), or a few words of one clause, no comma or stop
/// between ("Maskavā aizturēti aptuveni 50"), none a small word but a
/// bound's: "52 — из Селии и 17" is the next row.
fn entry_gap(gap: &str, lang: crate::Lang) -> bool {
    let dash = |c: char| matches!(c, '–' | '—' | '-' | ':');
    // (The cheap tests first: a paragraph holds many places and figures.)
    gap.split_whitespace().count() <= GAP_WORDS + 2
        && gap
            .chars()
            .all(|c| c.is_whitespace() || dash(c) || c.is_alphabetic())
        && {
            let words = crate::normalize::tokens(gap, lang);
            words.len() <= GAP_WORDS
                && words
                    .iter()
                    .all(|w| !w.number && (!w.stopword || crate::entities::is_bound_word(&w.lower)))
        }
}

/// Whether a place is told as where something happened, as a table's row
/// without its dash says it: in the Latvian locative ("Maskavā aizturēti
/// 50") or after the Russian "в" or "на" ("В Москве 623"), not as the
/// genitive of another word ("на границе Ирана и Ирака превысило 370").
fn locative(doc: &Document, start: usize, end: usize) -> bool {
    let Some(name) = doc.text.get(start..end) else {
        return false;
    };
    match doc.lang {
        crate::Lang::Latvian => ["ā", "ē", "ī", "ū", "os", "ās", "ēs", "īs", "ūs"]
            .iter()
            .any(|e| name.ends_with(e)),
        // (An area's word may stand between: "в штате Оахака".)
        _ => doc.text.get(..start).is_some_and(|before| {
            let words: Vec<String> = before
                .split_whitespace()
                .rev()
                .take(2)
                .map(str::to_lowercase)
                .collect();
            let at =
                |w: Option<&String>| w.is_some_and(|w| matches!(w.as_str(), "в" | "во" | "на"));
            at(words.first())
                || (words
                    .first()
                    .is_some_and(|w| BEFORE_PLACE.contains(&w.as_str()))
                    && at(words.get(1)))
        }),
    }
}

/// Whether two entries may count one thing: not two tolls of two kinds
/// (killed, injured), nor a measure against a count (17 hectares burnt,
/// 3 buildings). (The noun a row's figure is read with is no test: a
/// table's later rows borrow the first one's, "Čjapasas štatā - 15".)
fn counts_alike(a: &Entity, b: &Entity) -> bool {
    let known =
        |q: Option<Quantity>| q.filter(|q| !matches!(q, Quantity::Other | Quantity::People));
    let measure = |q: Option<Quantity>| {
        matches!(
            q,
            Some(Quantity::Area | Quantity::Money | Quantity::Age | Quantity::Years)
        )
    };
    match (known(a.quantity), known(b.quantity)) {
        (Some(x), Some(y)) => x == y,
        _ => !measure(a.quantity) && !measure(b.quantity),
    }
}

/// Drops the disagreements found between a table's row and a figure told
/// of no such place: a count in one town is no count of the whole
/// ("Maskavā aizturēti aptuveni 50" against "в 31 городе России задержали
/// более 284 человек"). A row here is the entry of a town or region (not a
/// country, whose count is often the story's total) in a text whose table
/// gives two places or more; the other figure keeps its say where its
/// sentence names the row's place ("Rīgas reģionā ... saņemti 118
/// izsaukumi" against "В Рижском регионе поступило 80").
pub(super) fn drop_rows(
    tables: &Tables,
    left: &Document,
    right: &Document,
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    // (figure, place) of each row.
    let rows = |entries: &[Entry]| -> Vec<(usize, usize)> {
        let mut places: Vec<usize> = entries.iter().map(|x| x.1).collect();
        places.sort_unstable();
        places.dedup();
        if places.len() < TABLE {
            return Vec::new();
        }
        entries
            .iter()
            .filter(|x| !crate::entities::is_territory(&entities[x.1].label))
            .map(|x| (x.2, x.1))
            .collect()
    };
    // Whether the sentence of a figure's first mention on `side` names `place`.
    let names = |doc: &Document, side: Side, figure: usize, place: usize| {
        let Some(m) = entities[figure].mentions.iter().find(|m| m.side == side) else {
            return false;
        };
        let Some(span) = super::sentence_at(doc, m.paragraph, m.start) else {
            return false;
        };
        entities[place]
            .mentions
            .iter()
            .any(|p| p.side == side && span.start <= p.start && p.end <= span.end)
    };
    let (l, r) = (rows(&tables.left), rows(&tables.right));
    out.retain(|c| {
        l.iter()
            .filter(|x| x.0 == c.left)
            .all(|&(_, place)| names(right, Side::Right, c.right, place))
            && r.iter()
                .filter(|x| x.0 == c.right)
                .all(|&(_, place)| names(left, Side::Left, c.left, place))
    });
}

/// The least entries each text's table holds.
const TABLE: usize = 2;

/// Entries of two tables that disagree, link by link.
pub(super) fn by_place(
    tables: &Tables,
    left: &Document,
    right: &Document,
    links: &[Link],
    entities: &[Entity],
    out: &mut Vec<NumberConflict>,
) {
    let (l, r) = (&tables.left, &tables.right);
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
            if x.3 != y.3
                && x.2 != y.2
                && counts_alike(&entities[x.2], &entities[y.2])
                && !out.iter().any(|c| c.left == x.2 && c.right == y.2)
            {
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
    fn a_row_may_hold_a_verb_and_a_bound_between_its_place_and_its_figure() {
        let lv = "Akcijās aizturēti cilvēki.\n\n\
                  Sanktpēterburgā aizturēti vairāk nekā 200 cilvēki. Maskavā aizturēti \
                  aptuveni 50 cilvēki.";
        let ru = "На акциях задержаны люди.\n\n\
                  В Петербурге задержаны 143 человека. В Москве 49.";
        let found: Vec<_> = disagreeing(lv, ru)
            .into_iter()
            .map(|c| (c.0, c.1))
            .collect();
        // (About 50 holds 49.)
        assert_eq!(found, [(200.0, 143.0)]);
    }

    #[test]
    fn a_place_in_the_genitive_or_after_and_has_no_row() {
        // "на границе Ирана и Ирака превысило 370": the toll of both.
        let lv = "Irākā gāja bojā 7 cilvēki, Irānā – 400 cilvēki.";
        let ru = "Число погибших на границе Ирана и Ирака превысило 370 человек. \
                  Власти Ирана готовы направить 145 вертолетов.";
        let found = disagreeing(lv, ru);
        assert!(
            !found.iter().any(|c| c.2.starts_with("count in")),
            "{found:?}"
        );
    }

    #[test]
    fn a_row_is_no_total() {
        let lv = "Akcijās aizturēti cilvēki.\n\n\
                  Krievijā aizturēti vairāk nekā 400 cilvēki. Sanktpēterburgā aizturēti \
                  vairāk nekā 200 cilvēki. Maskavā aizturēti aptuveni 50 cilvēki.";
        let ru = "На акциях задержаны люди.\n\n\
                  В 31 городе России задержали более 284 человек. В Петербурге задержаны \
                  143 человека, в Москве — 49.";
        let found = disagreeing(lv, ru);
        assert!(!found.iter().any(|c| c.0 == 50.0), "{found:?}");
        assert!(
            found.iter().any(|c| (c.0, c.1) == (200.0, 143.0)),
            "{found:?}"
        );
    }

    #[test]
    fn a_table_may_give_the_figure_first_and_an_area_s_word_may_say_where() {
        let lv = "Zemestrīce Meksikā.\n\n\
                  Oahakas štatā gājis bojā 71 cilvēks, Čjapasas štatā - 15, bet Tabasko \
                  štatā - četri.";
        let ru = "Землетрясение в Мексике.\n\n\
                  Подтверждена информация о 58 погибших: 45 - в штате Оахака, 10 - в штате \
                  Чьяпас и еще три - в штате Табаско.";
        let mut found: Vec<_> = disagreeing(lv, ru)
            .into_iter()
            .filter(|c| c.2.starts_with("count in"))
            .map(|c| (c.0, c.1))
            .collect();
        found.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert_eq!(found, [(15.0, 10.0), (71.0, 45.0)]);
    }

    #[test]
    fn a_row_s_measure_and_another_s_count_are_not_compared() {
        let lv = "Ugunsgrēki.\n\n\
                  Rēzeknes novadā izdega 30 hektāri, Daugavpils novadā dega trīs ēkas.";
        let ru = "Пожары.\n\n\
                  В Резекненском крае выгорело 30 гектаров, в Даугавпилсском крае — 17 гектаров.";
        let found = disagreeing(lv, ru);
        assert!(
            !found.iter().any(|c| c.2.starts_with("count in")),
            "{found:?}"
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
