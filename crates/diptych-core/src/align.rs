//! Stage 6, align: which paragraphs of one text tell what paragraphs of the
//! other tell.
//!
//! The work is done on sentences, then lifted to paragraphs, so that two
//! newsrooms' different paragraph breaks (1:2, 2:1, 2:2) come out right.
//!
//! 1. Each sentence becomes a bag of cross-language terms: stems keyed by
//!    [`crate::normalize::key`] and cut to their first five letters (so
//!    prezidents/президент, policija/полиция meet), figures, and the shared
//!    entities it mentions. Terms are weighted by inverse sentence frequency
//!    over both texts; the commonest are ignored.
//! 2. Candidate pairs come from an inverted index over terms, so only
//!    sentences that share something are ever compared.
//! 3. A monotone dynamic programme (in the manner of Gale and Church, and of
//!    Moore's length-and-lexicon aligner) finds the best path of 1:1, 1:2,
//!    2:1 matches and skips, scoring lexical evidence, length fit, and
//!    contradicting names or figures. It runs in a band around the chain of
//!    strongest pairs, so its cost grows linearly with the texts.
//! 4. What the path left out is aligned again on its own, with a stricter
//!    bar: passages the other text tells in another order; and a strong
//!    pair the path could not take (it crosses a stronger one) takes its
//!    two sentences from the weak matches the path gave them.
//! 5. Sentence matches become paragraph links; left paragraphs that link to
//!    the very same right paragraphs are grouped into one link.
//! 6. A link whose only evidence is one country both name (the country the
//!    whole story is set in) and at most one other word is dropped, and so
//!    is one with no evidence to show at all, unless it sits in order
//!    beside another link or the two are of a translation's lengths.
//! 7. A paragraph no link reaches joins the link beside it when that link's
//!    other side is one paragraph it shares far more words with than with
//!    any other: one newsroom's two paragraphs told in the other's one.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::normalize::Sentence;
use crate::{Entity, EntityKind, Evidence, Link, Paragraph, Side};

/// Words that open a credit line, folded to lower case: "Foto: LETA",
/// "Фото: пресс-служба", "Источник: ...", "Иллюстративное фото". Everyday
/// Latvian, Russian and English, written here from general knowledge.
const CREDITS: &[&str] = &[
    "foto",
    "фото",
    "photo",
    "attēls",
    "avots",
    "источник",
    "source",
    "иллюстративное",
    "ilustratīvs",
    "©",
];

/// Whether a paragraph is a credit line alone: a line or two of a few
/// words with a credit word among its first four ("Foto: LETA",
/// "LETA/Фото Государственной полиции", "Kārlis Skrastiņš. Foto: F64", a
/// caption and its credit).
fn is_credit(paragraph: &str) -> bool {
    let line = paragraph.trim();
    if line.lines().count() > 2 || line.chars().count() > 100 {
        return false;
    }
    // (Of two lines, the credit is the second, under its caption: a text
    // after a credit is text of its own.)
    if let Some((_, last)) = line.split_once('\n') {
        if !is_credit(last) {
            return false;
        }
    }
    let words: Vec<String> = line
        .split(|c: char| c.is_whitespace() || "/,.:;-–—".contains(c))
        .filter(|w| !w.is_empty())
        // "Fоtо" with Cyrillic o's, as pages spell it to dodge filters.
        .map(|w| w.to_lowercase().replace('о', "o"))
        .collect();
    let credit = |w: &String| {
        CREDITS.contains(&w.as_str()) || CREDITS.contains(&w.replace('o', "о").as_str())
    };
    // A source is a few words; "FOTO: Ugunsgrēkā hostelī ... gājuši bojā
    // astoņi cilvēki" is a headline that offers photos.
    words.len() <= 7 && words.iter().take(4).any(credit)
}

/// Word stems of a dateline besides its figures, folded to lower case:
/// month names in Latvian and English (by prefix, so every case form
/// counts; the Russian ones are the agencies' three-letter months,
/// `entities::dates::AGENCY_MONTHS`, and May's nominative), the year and clock
/// words, and "today"/"yesterday". Written here from general knowledge.
const DATELINE_WORDS: &[&str] = &[
    "janv",
    "febr",
    "mart",
    "apr",
    "maij",
    "jūn",
    "jūl",
    "aug",
    "sept",
    "okt",
    "nov",
    "dec",
    "май",
    "jan",
    "feb",
    "mar",
    "may",
    "jun",
    "jul",
    "sep",
    "oct",
    "gad",
    "г",
    "plkst",
    "šodien",
    "vakar",
    "сегодня",
    "вчера",
    "today",
    "yesterday",
    "updated",
    "atjaunots",
    "обновлено",
    "published",
    "publicēts",
    "publicēšanas",
    "datums",
    "опубликовано",
    "публикац",
    "дата",
];

/// Whether a paragraph is a dateline alone: one short line of a date or a
/// clock time, with at most two other words (the outlet's name: "© LTV 8
/// декабря, 2025 10:56", "25/04/2019", "15. Septembris 2023 08:32").
pub(crate) fn is_dateline(paragraph: &str) -> bool {
    let line = paragraph.trim();
    if line.contains('\n') || line.chars().count() > 60 {
        return false;
    }
    let mut dated = false;
    let mut others = 0;
    for word in line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let lower = word.to_lowercase();
        if DATELINE_WORDS
            .iter()
            .chain(&crate::entities::dates::AGENCY_MONTHS)
            .any(|w| lower.starts_with(w))
        {
            dated = true;
        } else if word.chars().next().is_some_and(char::is_uppercase) {
            others += 1;
        } else {
            return false;
        }
    }
    // A date in digits (25/04/2019, 25.04.2019) or a clock time (10:56).
    let digits = line.as_bytes().windows(4).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], b'/' | b'.' | b':')
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    });
    (dated || digits) && others <= 2 && line.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod credit_tests {
    #[test]
    fn credit_lines_alone_are_credits() {
        for credit in [
            "Foto: LETA",
            "Fоtо: Valsts policija",
            "Фото: Соцсети",
            "Иллюстративное фото",
            "Источник: Аргументы и факты",
            "LETA/Фото Государственной полиции 19 авг.",
            "Kārlis Skrastiņš. Foto: Romāns Kokšarovs, F64",
            "Инга Ругинене\nФото: D. Umbraso / LRT",
        ] {
            assert!(super::is_credit(credit), "{credit}");
        }
        for text in [
            "foto: Soctīkli\nSkats no avārijas vietas.",
            "Fotogrāfs Jānis Bērziņš saņēma balvu par labāko attēlu.",
            "FOTO: Ugunsgrēkā hostelī Rīgas centrā gājuši bojā astoņi cilvēki",
            "Фотограф задержан в центре Риги.",
        ] {
            assert!(!super::is_credit(text), "{text}");
        }
    }

    #[test]
    fn a_credit_standing_first_is_no_headline() {
        let r = crate::compare(
            crate::Input::text("Valsts policija: protesti tika aizvadīti mierīgi\n\nTrešdien Rīgā notika protests pret vakcināciju."),
            crate::Input::text("LETA/Фото Государственной полиции 19 авг.\n\nВ среду в Риге прошел протест против вакцинации."),
        )
        .unwrap();
        assert!(
            !r.links.iter().any(|l| l.right.contains(&0)),
            "{:?}",
            r.links
        );
    }

    #[test]
    fn a_text_of_datelines_alone_pairs_with_nothing() {
        let r = crate::compare(
            crate::Input::text("25/04/2019"),
            crate::Input::text(
                "© LTV 8 декабря, 2025 10:56\n\nРИГА, 25 апр — Sputnik. Мост закрыт.",
            ),
        )
        .unwrap();
        assert!(r.links.is_empty(), "{:?}", r.links);
    }

    #[test]
    fn datelines_alone_are_datelines() {
        for line in [
            "25/04/2019",
            "15. Septembris 2023 08:32",
            "© LTV 8 декабря, 2025 10:56",
            "13 сентября 2019 г., 11:14",
            "сегодня, 02:15",
            "Дата публикации: 06.09.2025",
            "Publicēts: 12.01.2026. 10:15",
        ] {
            assert!(super::is_dateline(line), "{line}");
        }
        for text in [
            "2 miljoni eiro",
            "Ventspils 2:1",
            "Rīgā 25. aprīlī slēgts Deglava tilts",
            "Елена Остапенко (Латвия, 6) — Дарья Касаткина (Россия) — 6:3, 6:2",
            "РИГА, 25 апр — Sputnik. Движение по мосту закрыто.",
        ] {
            assert!(!super::is_dateline(text), "{text}");
        }
    }
}

/// Tunable weights of the path score. Fixed for all inputs; the defaults were
/// chosen on the development pairs and are checked on held-out text.
#[derive(Debug, Clone, Copy)]
struct Weights {
    /// Weight of normalized lexical overlap (Dice over term weights).
    dice: f64,
    /// Weight of the raw shared term weight (capped).
    overlap: f64,
    /// Cap of the raw shared weight.
    overlap_cap: f64,
    /// Weight of the length fit.
    length: f64,
    /// Standard deviation of the log length ratio of true pairs.
    length_sigma: f64,
    /// Subtracted from every match: the price of claiming a pair.
    bias: f64,
    /// Extra price of a 1:2 or 2:1 match.
    merge: f64,
    /// Penalty when both sides name people, places or figures and share none.
    contradiction: f64,
    /// Price of leaving a sentence out.
    skip: f64,
    /// Least score for a match in the second (out-of-order) pass.
    reorder_min: f64,
    /// Least score for a neighbour to join an out-of-order match.
    extend_min: f64,
}

/// The lexicon's concept of saying (its first line: teica, paziņoja,
/// сказал, заявил...): news paragraphs report what someone said in nearly
/// every sentence, so it is no evidence of what two paragraphs tell, by
/// its concept or by its own letters.
const SAY: u32 = 0;

/// The press office's words, by their start (пресс-служба, preses
/// sekretāre, press service): an attribution, as a word of saying is.
/// Written here from general knowledge.
const PRESS: &[&str] = &["пресс", "prese", "press"];

/// Shortest key, in letters, that counts as a term (bāru/баров: "bar").
const MIN_KEY: usize = 3;

/// Punctuation that tends to survive translation: questions, exclamations,
/// colons, brackets, percentages and quotations.
const MARKS: [(&[char], &str); 6] = [
    (&['?'], "?q"),
    (&['!'], "?x"),
    (&[':'], "?c"),
    (&['('], "?p"),
    (&['%'], "?%"),
    (&['"', '“', '”', '«', '»', '„'], "?\""),
];

const WEIGHTS: Weights = Weights {
    dice: 11.76,
    overlap: 0.031,
    overlap_cap: 12.0,
    length: 0.7,
    length_sigma: 0.28,
    bias: 1.265,
    merge: 0.56,
    contradiction: 0.9,
    skip: 0.36,
    reorder_min: 0.768,
    extend_min: -0.7,
};

/// One sentence as the aligner sees it.
#[derive(Debug, Clone, Default)]
struct Unit {
    paragraph: usize,
    chars: usize,
    /// A credit line or a dateline: pairs with nothing.
    furniture: bool,
    /// Term ids, sorted and unique.
    terms: Vec<u32>,
    /// The subset that are names, figures or entities.
    salient: Vec<u32>,
}

/// A side ready for alignment.
pub struct AlignSide<'a> {
    /// The text.
    pub text: &'a str,
    /// Its paragraphs.
    pub paragraphs: &'a [Paragraph],
    /// Its sentences, split into words.
    pub sentences: &'a [Sentence<'a>],
}

struct Vocabulary {
    ids: HashMap<String, u32>,
    surface: Vec<(String, String)>,
}

impl Vocabulary {
    fn id(&mut self, key: &str, side: Side, surface: &str) -> u32 {
        let next = self.ids.len() as u32;
        let id = match self.ids.get(key) {
            Some(&id) => id,
            None => {
                self.ids.insert(key.to_string(), next);
                next
            }
        };
        if id as usize == self.surface.len() {
            self.surface.push((String::new(), String::new()));
        }
        let slot = match side {
            Side::Left => &mut self.surface[id as usize].0,
            Side::Right => &mut self.surface[id as usize].1,
        };
        if slot.is_empty() {
            *slot = surface.to_string();
        }
        id
    }
}

fn units(side: Side, s: &AlignSide<'_>, entities: &[Entity], vocab: &mut Vocabulary) -> Vec<Unit> {
    // Shared entities by the sentence they stand in.
    let mut starts: Vec<(usize, usize)> = Vec::new(); // (sentence start, unit index)
    let mut out = Vec::new();
    let mut concept_ids: HashMap<u32, u32> = HashMap::default();
    // A person's name is no common word, whatever its letters say: "Rašida
    // Dati" does not tell of данные, nor "Roberts Zīle" of a titmouse. Its
    // words keep their keys (the name meets its spellings) but no concept.
    let names: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter())
        .filter(|m| m.side == side)
        .map(|m| (m.start, m.end))
        .collect();
    for sentence in s.sentences {
        {
            let (p, sent) = (sentence.paragraph, sentence.span);
            starts.push((sent.start, out.len()));
            let body = &s.text[sent.start..sent.end];
            let mut terms = Vec::new();
            let mut salient = Vec::new();
            for t in &sentence.tokens {
                if t.stopword {
                    continue;
                }
                // Who said it is no evidence of what was said, in one
                // language either ("сообщает пресс-служба МЧС" beside
                // "добавили в пресс-службе ведомства").
                if !t.number
                    && (t.concepts().contains(&SAY) || PRESS.iter().any(|p| t.lower.starts_with(p)))
                {
                    continue;
                }
                // Figures keep a leading '#' so "2019" the year never meets a
                // stem.
                let numbered;
                let key: &str = if t.number {
                    if t.key.is_empty() {
                        continue;
                    }
                    numbered = format!("#{}", t.key);
                    &numbered
                } else {
                    // Keys are folded to ASCII but for rare letters; count bytes then.
                    let ascii = t.key.is_ascii();
                    if (if ascii {
                        t.key.len()
                    } else {
                        t.key.chars().count()
                    }) < MIN_KEY
                    {
                        continue;
                    }
                    let cut = if ascii {
                        t.key.len().min(5)
                    } else {
                        t.key.char_indices().nth(5).map_or(t.key.len(), |(i, _)| i)
                    };
                    &t.key[..cut]
                };
                let id = vocab.id(key, side, t.text);
                terms.push(id);
                let at = sent.start + t.start;
                if !names.iter().any(|&(a, b)| a <= at && at < b) {
                    for &c in t.concepts().iter().filter(|&&c| c != SAY) {
                        let id = match concept_ids.get(&c) {
                            Some(&id) => id,
                            None => {
                                let id = vocab.id(&format!("={c}"), side, t.text);
                                concept_ids.insert(c, id);
                                id
                            }
                        };
                        terms.push(id);
                    }
                }
                let opens_sentence = t.start == 0;
                if t.number || (t.capital && !opens_sentence) {
                    salient.push(id);
                }
            }
            let mut seen = [false; MARKS.len()];
            for c in body
                .chars()
                .filter(|c| c.is_ascii_punctuation() || matches!(c, '“' | '”' | '«' | '»' | '„'))
            {
                if let Some(k) = MARKS.iter().position(|(marks, _)| marks.contains(&c)) {
                    seen[k] = true;
                }
            }
            for (k, (_, feature)) in MARKS.iter().enumerate() {
                if seen[k] {
                    terms.push(vocab.id(feature, side, ""));
                }
            }
            out.push(Unit {
                paragraph: p,
                chars: body.chars().count(),
                furniture: false,
                terms,
                salient,
            });
        }
    }
    for e in entities.iter().filter(|e| e.shared) {
        let id = vocab.id(&format!("@{}", e.id), side, &e.label);
        for m in e.mentions.iter().filter(|m| m.side == side) {
            let k = starts.partition_point(|&(st, _)| st <= m.start);
            if k > 0 {
                let u = &mut out[starts[k - 1].1];
                u.terms.push(id);
                u.salient.push(id);
            }
        }
    }
    // A credit line or a dateline tells nothing of the story, so it pairs
    // with nothing, however many names or dates it shares ("Foto: Valsts
    // policija", "© LTV 8 декабря, 2025"): told once a paragraph, not once a
    // sentence.
    let furniture: Vec<bool> = s
        .paragraphs
        .iter()
        .map(|p| {
            let text = &s.text[p.start..p.end];
            is_credit(text) || is_dateline(text)
        })
        .collect();
    for u in &mut out {
        if furniture[u.paragraph] {
            u.furniture = true;
            u.terms.clear();
            u.salient.clear();
        }
        u.terms.sort_unstable();
        u.terms.dedup();
        u.salient.sort_unstable();
        u.salient.dedup();
    }
    out
}

/// The scorer: term weights, and the shared weight of every left/right
/// sentence pair that shares anything (found through an inverted index).
struct Scorer<'a> {
    left: &'a [Unit],
    right: &'a [Unit],
    weight: Vec<f64>,
    /// Per unit, the summed weight of its terms.
    left_total: Vec<f64>,
    right_total: Vec<f64>,
    /// Per left unit, (right unit, weight of shared rare terms), sorted by
    /// right unit: the candidate pairs for anchors and out-of-order matches.
    shared: Vec<Vec<(u32, f32)>>,
    /// Log length ratio expected of a true pair (right over left).
    length_bias: f64,
}

impl<'a> Scorer<'a> {
    fn new(
        left: &'a [Unit],
        right: &'a [Unit],
        weight: Vec<f64>,
        df: &[u32],
        length_bias: f64,
    ) -> Self {
        let total = |u: &Unit| u.terms.iter().map(|&t| weight[t as usize]).sum::<f64>();
        let left_total = left.iter().map(total).collect();
        let right_total = right.iter().map(total).collect();
        // Candidate pairs through rare terms only: a term in many sentences
        // would make this join quadratic, and says little about which pair is right.
        let mut postings: HashMap<u32, Vec<u32>> = HashMap::default();
        for (j, u) in right.iter().enumerate() {
            for &t in &u.terms {
                if weight[t as usize] > 0.0 && df[t as usize] <= RARE_DF {
                    postings.entry(t).or_default().push(j as u32);
                }
            }
        }
        let mut acc: HashMap<u32, f64> = HashMap::default();
        let shared = left
            .iter()
            .map(|u| {
                acc.clear();
                for &t in &u.terms {
                    let w = weight[t as usize];
                    for &j in postings.get(&t).into_iter().flatten() {
                        *acc.entry(j).or_default() += w;
                    }
                }
                let mut row: Vec<(u32, f32)> = acc.iter().map(|(&j, &v)| (j, v as f32)).collect();
                row.sort_unstable_by_key(|x| x.0);
                row
            })
            .collect();
        Scorer {
            left,
            right,
            weight,
            left_total,
            right_total,
            shared,
            length_bias,
        }
    }

    /// Shared term weight of left unit `i` and right unit `j`: a merge of
    /// their sorted term lists.
    fn shared_weight(&self, i: usize, j: usize) -> f64 {
        let (a, b) = (&self.left[i].terms, &self.right[j].terms);
        let (mut x, mut y, mut sum) = (0, 0, 0.0);
        while x < a.len() && y < b.len() {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weight[a[x] as usize];
                    x += 1;
                    y += 1;
                }
            }
        }
        sum
    }

    /// Score of matching left units `l` with right units `r` (contiguous
    /// groups of one to three). A term shared by two sentences of a group
    /// counts twice; the groups are small enough for that not to matter.
    fn pair(&self, l: &[usize], r: &[usize]) -> f64 {
        let shared: f64 = l
            .iter()
            .map(|&i| r.iter().map(|&j| self.shared_weight(i, j)).sum::<f64>())
            .sum();
        self.pair_with(l, r, shared)
    }

    /// [`Scorer::pair`] with the shared weight already summed.
    fn pair_with(&self, l: &[usize], r: &[usize], shared: f64) -> f64 {
        let w = WEIGHTS;
        let tl: f64 = l.iter().map(|&i| self.left_total[i]).sum();
        let tr: f64 = r.iter().map(|&j| self.right_total[j]).sum();
        let dice = if tl + tr > 0.0 {
            (2.0 * shared / (tl + tr)).min(1.0)
        } else {
            0.0
        };
        let lc: usize = l.iter().map(|&i| self.left[i].chars).sum();
        let rc: usize = r.iter().map(|&j| self.right[j].chars).sum();
        let ratio = ((rc as f64 + 10.0) / (lc as f64 + 10.0)).ln() - self.length_bias;
        let length = (-ratio * ratio / (2.0 * w.length_sigma * w.length_sigma)).exp();
        let salient_l = l.iter().any(|&i| !self.left[i].salient.is_empty());
        let salient_r = r.iter().any(|&j| !self.right[j].salient.is_empty());
        let contradiction = if salient_l && salient_r && shared == 0.0 {
            w.contradiction
        } else {
            0.0
        };
        w.dice * dice + w.overlap * shared.min(w.overlap_cap) + w.length * length
            - w.bias
            - contradiction
    }
}

/// Sentence matches: (left unit indices, right unit indices, score).
type Matches = Vec<(Vec<usize>, Vec<usize>, f64)>;

/// Aligns the paragraphs of two texts.
pub fn align(left: &AlignSide<'_>, right: &AlignSide<'_>, entities: &[Entity]) -> Vec<Link> {
    let mut vocab = Vocabulary {
        ids: HashMap::default(),
        surface: Vec::new(),
    };
    let lu = units(Side::Left, left, entities, &mut vocab);
    let ru = units(Side::Right, right, entities, &mut vocab);
    if lu.is_empty() || ru.is_empty() {
        return Vec::new();
    }
    // Inverse sentence frequency over both texts.
    let mut df = vec![0u32; vocab.ids.len()];
    for u in lu.iter().chain(&ru) {
        for &t in &u.terms {
            df[t as usize] += 1;
        }
    }
    let n = (lu.len() + ru.len()) as f64;
    let weight: Vec<f64> = df
        .iter()
        .map(|&d| {
            let d = d as f64;
            if d > (n / 4.0).max(4.0) {
                0.0
            } else {
                (1.0 + n / d).ln()
            }
        })
        .collect();
    let lc: usize = lu.iter().map(|u| u.chars).sum();
    let rc: usize = ru.iter().map(|u| u.chars).sum();
    let length_bias = ((rc as f64 + 1.0) / (lc as f64 + 1.0))
        .ln()
        .clamp(-0.3, 0.3);
    let scorer = Scorer::new(&lu, &ru, weight, &df, length_bias);

    let band = band_from_anchors(&scorer);
    let lidx: Vec<usize> = (0..lu.len()).filter(|&i| !lu[i].furniture).collect();
    let ridx: Vec<usize> = (0..ru.len()).filter(|&i| !ru[i].furniture).collect();
    // A text of datelines and credits alone has nothing to pair.
    if lidx.is_empty() || ridx.is_empty() {
        return Vec::new();
    }
    let mut matches = path(&scorer, &lidx, &ridx, &band);
    // Second pass: what the path left out, in its own order.
    let used_l: HashSet<usize> = matches.iter().flat_map(|m| m.0.iter().copied()).collect();
    let used_r: HashSet<usize> = matches.iter().flat_map(|m| m.1.iter().copied()).collect();
    let rest_l: Vec<usize> = lidx
        .iter()
        .copied()
        .filter(|i| !used_l.contains(i))
        .collect();
    let rest_r: Vec<usize> = ridx
        .iter()
        .copied()
        .filter(|i| !used_r.contains(i))
        .collect();
    matches.extend(out_of_order(&scorer, &rest_l, &rest_r));
    contest(&scorer, &mut matches);
    let index = ParagraphIndex::new(&scorer, entities, left, right);
    let mut links = links(&scorer, &matches, &vocab, entities, &index, left, right);
    // A link with nothing it can show tells nothing; nor, unless it sits
    // between two links in order, as in a translation, one resting on one
    // country and a word at most.
    let holds = |links: &[Link], p: Option<usize>, q: Option<usize>| {
        let (Some(p), Some(q)) = (p, q) else {
            return false;
        };
        links
            .iter()
            .any(|l| l.left.contains(&p) && l.right.contains(&q))
    };
    let thin: Vec<bool> = links
        .iter()
        .map(|l| {
            let (p, q) = (l.left[0], l.right[0]);
            let before = holds(&links, p.checked_sub(1), q.checked_sub(1));
            let after = holds(&links, Some(p + 1), Some(q + 1));
            let between = l.left.len() == 1 && l.right.len() == 1 && before && after;
            // A link with nothing to show for it: no name, figure or word
            // both paragraphs share (bare digits of a clock time, "11:14",
            // against a count of 11 and of 14), even in order beside another
            // link ("Rīgas Zoo pasaulē nākuši četri kapibaru mazuļi" against
            // a paragraph on a live broadcast).
            // (As long as its counterpart, as a translation's paragraph is,
            // it may rest on words no list shows.)
            let e = &l.evidence;
            let bare = e.entities.is_empty()
                && e.numbers.is_empty()
                && e.terms.is_empty()
                && !e.length_fits;
            // Nor, unless it sits between two links or joins the two
            // openings, one that rests on a single word ("землетрясении" in
            // a headline and a paragraph).
            let openings = l.left[0] == 0 && l.right[0] == 0;
            // (However alike the two in length: two reports of one event
            // run alike paragraph by paragraph, whatever each tells.)
            let one_word =
                !openings && e.entities.is_empty() && e.numbers.is_empty() && e.terms.len() == 1;
            bare || (!between && (one_word || rests_on_a_country(l, entities)))
        })
        .collect();
    let mut k = 0;
    links.retain(|_| {
        k += 1;
        !thin[k - 1]
    });
    headlines(&mut links, left, right, entities);
    attach_neighbours(&scorer, &index, &mut links);
    links
}

/// A paragraph no link reaches, beside a link whose other side is one
/// paragraph, joins that link when it shares enough with that paragraph
/// (summed weight of the terms both hold at least [`ATTACH_MIN`]) and twice
/// as much as with any other paragraph there: one newsroom's two paragraphs
/// told in the other's one ("Trīs cilvēki ir gājuši bojā ..." beside the
/// paragraph of the crash, against one paragraph that tells both).
fn attach_neighbours(s: &Scorer<'_>, index: &ParagraphIndex, links: &mut [Link]) {
    // Paragraphs on each side.
    let n = |side: usize| index.units[side].len();
    // The candidates first, as most texts have none: (side, paragraph,
    // link, the link's one paragraph on the other side).
    let mut candidates: Vec<(usize, usize, usize, usize)> = Vec::new();
    for side in 0..2 {
        let ours = |l: &Link| {
            if side == 0 {
                l.left.clone()
            } else {
                l.right.clone()
            }
        };
        let linked: HashSet<usize> = links.iter().flat_map(ours).collect();
        for (k, l) in links.iter().enumerate() {
            let (mine, theirs) = if side == 0 {
                (&l.left, &l.right)
            } else {
                (&l.right, &l.left)
            };
            let &[q] = theirs.as_slice() else { continue };
            for &x in mine {
                for p in [x.wrapping_sub(1), x + 1] {
                    if p < n(side) && !linked.contains(&p) {
                        candidates.push((side, p, k, q));
                    }
                }
            }
        }
    }
    if candidates.is_empty() {
        return;
    }
    // Each paragraph's terms of some weight, once each, and per side the
    // paragraphs each term stands in.
    let terms = |side: usize, p: usize| -> Vec<u32> {
        let units = if side == 0 { s.left } else { s.right };
        let mut v: Vec<u32> = units[index.units[side][p].clone()]
            .iter()
            .filter(|u| !u.furniture)
            .flat_map(|u| u.terms.iter().copied())
            .filter(|&t| s.weight[t as usize] > 0.0)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let held: [Vec<Vec<u32>>; 2] =
        [0, 1].map(|side| (0..n(side)).map(|q| terms(side, q)).collect());
    let mut postings: [HashMap<u32, Vec<usize>>; 2] = Default::default();
    for side in 0..2 {
        for (q, ts) in held[side].iter().enumerate() {
            for &t in ts {
                postings[side].entry(t).or_default().push(q);
            }
        }
    }
    // (side, paragraph, link, weight shared)
    let mut joins: Vec<(usize, usize, usize, f64)> = Vec::new();
    for (side, p, k, q) in candidates {
        if index.units[side][p].is_empty() {
            continue;
        }
        // The weight `p` shares with each paragraph of the other side.
        let mut with = vec![0.0; n(1 - side)];
        for &t in &held[side][p] {
            for &o in postings[1 - side].get(&t).into_iter().flatten() {
                with[o] += s.weight[t as usize];
            }
        }
        let elsewhere = (0..n(1 - side))
            .filter(|&o| o != q)
            .map(|o| with[o])
            .fold(0.0, f64::max);
        if with[q] >= ATTACH_MIN && with[q] > ATTACH_MARGIN * elsewhere {
            joins.push((side, p, k, with[q]));
        }
    }
    // Each paragraph joins one link, the one it shares most with.
    joins.sort_by(|a, b| b.3.total_cmp(&a.3));
    let mut done: HashSet<(usize, usize)> = HashSet::default();
    for (side, p, k, _) in joins {
        if done.insert((side, p)) {
            let l = &mut links[k];
            let ours = if side == 0 { &mut l.left } else { &mut l.right };
            ours.push(p);
            ours.sort_unstable();
        }
    }
}

/// Least summed weight of shared terms for a neighbour to join a link:
/// three rare words or so.
const ATTACH_MIN: f64 = 10.0;

/// How many times more a neighbour must share with its link's paragraph
/// than with any other.
const ATTACH_MARGIN: f64 = 2.0;

/// Whether a link rests on nothing but one country both paragraphs name (and
/// the words of its name), with one other word at most: a story set in
/// Latvia names Latvia in paragraphs that tell different things ("Latvijas
/// sakaru lietotāji" and "латвийский город Лиепая"). A figure, a date or any
/// other name is evidence enough.
fn rests_on_a_country(link: &Link, entities: &[Entity]) -> bool {
    let named =
        |e: &Entity| e.kind != EntityKind::Place || !crate::entities::is_territory(&e.label);
    let ev = &link.evidence;
    // Two headlines are matched on less (see `headlines`); several
    // countries or regions are a list that two paragraphs share.
    let headline = link.left.contains(&0) && link.right.contains(&0);
    if headline || ev.entities.len() != 1 || named(&entities[ev.entities[0]]) {
        return false;
    }
    let own: HashSet<String> = ev
        .entities
        .iter()
        .flat_map(|&e| {
            let e = &entities[e];
            e.mentions
                .iter()
                .map(|m| m.text.as_str())
                .chain(std::iter::once(e.label.as_str()))
                .map(str::to_lowercase)
        })
        .collect();
    let other = ev
        .terms
        .iter()
        .filter(|(l, r)| !own.contains(&l.to_lowercase()) && !own.contains(&r.to_lowercase()))
        .count();
    other <= 1
}

/// Most words in a first paragraph read as a headline.
const HEADLINE_WORDS: usize = 14;

/// Whether a text opens with a headline: a heading, or a first paragraph as
/// short as one (a headline of two clauses, "X uzvar. Y iegūst 13. vietu",
/// is not taken for a heading).
pub(crate) fn opens_with_headline(text: &str, paragraphs: &[Paragraph]) -> bool {
    paragraphs.first().is_some_and(|p| {
        p.kind == crate::ParagraphKind::Heading
            || text[p.start..p.end].split_whitespace().count() <= HEADLINE_WORDS
    })
}

/// Two headlines are counterparts when both texts open with one and the two
/// name someone or something in common ("Kariņš atkāpsies..." and "Премьер
/// Латвии Кариньш объявил..."): headlines are too short and too freely
/// worded for the sentence path to pair them.
fn headlines(
    links: &mut Vec<Link>,
    left: &AlignSide<'_>,
    right: &AlignSide<'_>,
    entities: &[Entity],
) {
    let heading = |s: &AlignSide<'_>| opens_with_headline(s.text, s.paragraphs);
    // (Nor a credit or a dateline standing first: "LETA/Фото
    // Государственной полиции 19 авг." heads nothing.)
    let furniture = |s: &AlignSide<'_>| {
        s.paragraphs.first().is_some_and(|p| {
            let text = &s.text[p.start..p.end];
            is_credit(text) || is_dateline(text)
        })
    };
    if !heading(left) || !heading(right) || furniture(left) || furniture(right) {
        return;
    }
    if links
        .iter()
        .any(|l| l.left.contains(&0) && l.right.contains(&0))
    {
        return;
    }
    let named: Vec<usize> = entities
        .iter()
        .filter(|e| e.shared && e.kind.is_named())
        .filter(|e| {
            [Side::Left, Side::Right].iter().all(|&side| {
                e.mentions
                    .iter()
                    .any(|m| m.side == side && m.paragraph == 0)
            })
        })
        .map(|e| e.id)
        .collect();
    // (Or a toll both give, whatever its value: "nogalināti 115 cilvēki"
    // and "число погибших ... увеличилось до 133 человек" head one story.)
    let toll = |side: Side| -> Vec<&Entity> {
        entities
            .iter()
            .filter(|e| {
                e.kind == EntityKind::Number
                    && e.quantity.is_some_and(crate::Quantity::is_toll)
                    && e.mentions
                        .iter()
                        .any(|m| m.side == side && m.paragraph == 0)
            })
            .collect()
    };
    let (a, b) = (toll(Side::Left), toll(Side::Right));
    let tolls: Vec<(String, String)> = a
        .iter()
        .find_map(|x| {
            b.iter()
                .find(|y| y.quantity == x.quantity)
                .map(|y| (x.counted(), y.counted()))
        })
        .into_iter()
        .collect();
    if named.is_empty() && tolls.is_empty() {
        return;
    }
    #[allow(clippy::cast_precision_loss)] // a handful of names
    let score = (0.5 + 0.1 * (named.len() + tolls.len()) as f64).min(0.9);
    links.push(Link {
        left: vec![0],
        right: vec![0],
        score,
        evidence: Evidence {
            entities: named,
            numbers: Vec::new(),
            terms: tolls,
            length_fits: false,
        },
        sentences: Vec::new(),
        by_reader: false,
    });
    links.sort_by(|a, b| (a.left[0], a.right[0]).cmp(&(b.left[0], b.right[0])));
}

/// For each left unit, the band of right units the path may visit: around a
/// chain of strong, mutually best pairs (a weighted longest increasing
/// subsequence), widened to cover the gaps between them.
fn band_from_anchors(s: &Scorer<'_>) -> Vec<(usize, usize)> {
    let (nl, nr) = (s.left.len(), s.right.len());
    let mut best_r: Vec<Option<(usize, f64)>> = vec![None; nl];
    let mut best_l: Vec<Option<(usize, f64)>> = vec![None; nr];
    for (i, row) in s.shared.iter().enumerate() {
        for &(j, v) in row {
            let (j, v) = (j as usize, v as f64);
            if best_r[i].is_none_or(|(_, b)| v > b) {
                best_r[i] = Some((j, v));
            }
            if best_l[j].is_none_or(|(_, b)| v > b) {
                best_l[j] = Some((i, v));
            }
        }
    }
    let mut anchors: Vec<(usize, usize, f64)> = best_r
        .iter()
        .enumerate()
        .filter_map(|(i, b)| {
            b.filter(|&(j, v)| v >= 4.0 && best_l[j].is_some_and(|(bi, _)| bi == i))
                .map(|(j, v)| (i, j, v))
        })
        .collect();
    anchors.sort_by_key(|a| a.0);
    // Weighted longest chain increasing in both i and j (O(k²) over anchors,
    // which are few: at most one a sentence; a Fenwick tree is not needed at
    // news-article sizes but keeps it linear for books).
    let chain = heaviest_chain(&anchors);
    // Interpolate the chain into a centre line, then widen it by the margin
    // plus however much the gap between two anchors is skewed, up to a cap:
    // without the cap, texts with few anchors would cost quadratic time.
    let mut band = vec![(0usize, nr); nl];
    let mut points: Vec<(usize, usize)> = vec![(0, 0)];
    points.extend(chain.iter().map(|&k| (anchors[k].0, anchors[k].1)));
    points.push((nl, nr));
    for w in points.windows(2) {
        let ((i0, j0), (i1, j1)) = (w[0], w[1]);
        let (di, dj) = (i1.saturating_sub(i0).max(1), j1.saturating_sub(j0));
        let width = BAND_MARGIN + di.abs_diff(dj).min(BAND_SKEW_CAP);
        for (i, slot) in band.iter_mut().enumerate().take(i1.min(nl)).skip(i0) {
            let centre = j0 + (i - i0) * dj / di;
            *slot = (
                centre
                    .saturating_sub(width)
                    .max(j0.saturating_sub(BAND_MARGIN)),
                (centre + width).min(j1 + BAND_MARGIN).min(nr),
            );
        }
    }
    band
}

/// Most sentences a term may stand in and still nominate candidate pairs:
/// a fixed number, so that the join stays linear however long the texts.
const RARE_DF: u32 = 24;

/// How far, in sentences, a gap's skew may widen the band.
const BAND_SKEW_CAP: usize = 24;

/// How many units either side of the gap between anchors the path may stray.
const BAND_MARGIN: usize = 12;

fn heaviest_chain(anchors: &[(usize, usize, f64)]) -> Vec<usize> {
    // Fenwick tree over j for prefix maximum of (score, index).
    let nj = anchors.iter().map(|a| a.1).max().map_or(0, |m| m + 1);
    let mut tree: Vec<(f64, usize)> = vec![(0.0, usize::MAX); nj + 1];
    let mut best: Vec<(f64, usize)> = vec![(0.0, usize::MAX); anchors.len()];
    for (k, &(_, j, v)) in anchors.iter().enumerate() {
        // Best chain ending at a j' < j.
        let mut q = j;
        let mut prev = (0.0, usize::MAX);
        while q > 0 {
            if tree[q].0 > prev.0 {
                prev = tree[q];
            }
            q &= q - 1;
        }
        best[k] = (prev.0 + v, prev.1);
        let mut q = j + 1;
        while q <= nj {
            if best[k].0 > tree[q].0 {
                tree[q] = (best[k].0, k);
            }
            q += q & q.wrapping_neg();
        }
    }
    let Some(mut k) = (0..anchors.len()).max_by(|&a, &b| best[a].0.total_cmp(&best[b].0)) else {
        return Vec::new();
    };
    let mut chain = vec![k];
    while best[k].1 != usize::MAX {
        k = best[k].1;
        chain.push(k);
    }
    chain.reverse();
    chain
}

/// Order of candidate pairs, strongest first (one function for both
/// passes: one sort in the page's code, not two).
fn strongest_first(a: &(f64, usize, usize), b: &(f64, usize, usize)) -> std::cmp::Ordering {
    b.0.total_cmp(&a.0)
}

/// Matches among the sentences the path left out: strongest pairs first,
/// each then extended to its neighbours while they fit. Linear in the number
/// of candidate pairs.
fn out_of_order(s: &Scorer<'_>, rest_l: &[usize], rest_r: &[usize]) -> Matches {
    let mut free_l = vec![false; s.left.len()];
    let mut free_r = vec![false; s.right.len()];
    rest_l.iter().for_each(|&i| free_l[i] = true);
    rest_r.iter().for_each(|&j| free_r[j] = true);
    let mut candidates: Vec<(f64, usize, usize)> = rest_l
        .iter()
        .flat_map(|&i| {
            s.shared[i]
                .iter()
                .filter(|&&(j, _)| free_r[j as usize])
                .map(move |&(j, _)| (i, j as usize))
        })
        .map(|(i, j)| (s.pair(&[i], &[j]), i, j))
        .filter(|&(score, _, _)| score >= WEIGHTS.reorder_min)
        .collect();
    candidates.sort_by(strongest_first);
    let mut out = Vec::new();
    for (score, i, j) in candidates {
        if !free_l[i] || !free_r[j] {
            continue;
        }
        free_l[i] = false;
        free_r[j] = false;
        out.push((vec![i], vec![j], score));
        // Neighbours that move with it: the rest of a moved paragraph.
        for dir in [1isize, -1] {
            let (mut x, mut y) = (i as isize + dir, j as isize + dir);
            while x >= 0 && y >= 0 && (x as usize) < s.left.len() && (y as usize) < s.right.len() {
                let (xu, yu) = (x as usize, y as usize);
                if !free_l[xu] || !free_r[yu] {
                    break;
                }
                let score = s.pair(&[xu], &[yu]);
                if score < WEIGHTS.extend_min {
                    break;
                }
                free_l[xu] = false;
                free_r[yu] = false;
                out.push((vec![xu], vec![yu], score));
                x += dir;
                y += dir;
            }
        }
    }
    out
}

/// How many of a sentence's partners, by shared rare terms, may contest.
const CONTEST_PARTNERS: usize = 3;

/// Least score of a pair that may take its sentences from weaker matches.
const CONTEST_MIN: f64 = 2.0;

/// How much more than what each of its sentences holds such a pair must
/// score (and at least twice as much).
const CONTEST_MARGIN: f64 = 1.0;

/// Sentences the path had to give a weaker partner than their own best:
/// a monotone path cannot take a pair that crosses a stronger one ("Kā
/// ziņoja LTV, ... Peiteļa ezerā" and "По информации ЛТВ, ... на озере
/// Пейтеля", told in another order), and pays for coverage with weak
/// matches. Strongest first, a pair scoring at least [`CONTEST_MIN`],
/// [`CONTEST_MARGIN`] above and twice what each of its two sentences holds
/// now takes them both; their old matches keep the rest.
fn contest(s: &Scorer<'_>, matches: &mut Matches) {
    let mut at_l: Vec<Option<usize>> = vec![None; s.left.len()];
    let mut at_r: Vec<Option<usize>> = vec![None; s.right.len()];
    for (k, (l, r, _)) in matches.iter().enumerate() {
        l.iter().for_each(|&i| at_l[i] = Some(k));
        r.iter().for_each(|&j| at_r[j] = Some(k));
    }
    // Each left sentence's few partners sharing most rare terms: a pair
    // this strong is among them, and scoring every pair would cost more.
    let mut candidates: Vec<(f64, usize, usize)> = s
        .shared
        .iter()
        .enumerate()
        .flat_map(|(i, row)| {
            // (Kept in order as they come: a sort of its own would grow
            // the page's download for three items.)
            let mut top: Vec<(u32, f32)> = Vec::with_capacity(CONTEST_PARTNERS + 1);
            for &(j, v) in row {
                let at = top.iter().position(|&(_, w)| v > w).unwrap_or(top.len());
                if at < CONTEST_PARTNERS {
                    top.insert(at, (j, v));
                    top.truncate(CONTEST_PARTNERS);
                }
            }
            top.into_iter().map(move |(j, _)| (i, j as usize))
        })
        .filter(|&(i, j)| at_l[i].is_none() || at_l[i] != at_r[j])
        .map(|(i, j)| (s.pair(&[i], &[j]), i, j))
        .filter(|&(v, _, _)| v >= CONTEST_MIN)
        .collect();
    candidates.sort_by(strongest_first);
    let mut moved_l = vec![false; s.left.len()];
    let mut moved_r = vec![false; s.right.len()];
    for (v, i, j) in candidates {
        if moved_l[i] || moved_r[j] {
            continue;
        }
        // What each sentence holds now: its own score with its partners.
        let held_l = at_l[i].map_or(0.0, |k| s.pair(&[i], &matches[k].1).max(0.0));
        let held_r = at_r[j].map_or(0.0, |k| s.pair(&matches[k].0, &[j]).max(0.0));
        let bar = |held: f64| held + CONTEST_MARGIN.max(held);
        if v < bar(held_l) || v < bar(held_r) {
            continue;
        }
        if let Some(k) = at_l[i] {
            matches[k].0.retain(|&x| x != i);
        }
        if let Some(k) = at_r[j] {
            matches[k].1.retain(|&y| y != j);
        }
        at_l[i] = Some(matches.len());
        at_r[j] = Some(matches.len());
        matches.push((vec![i], vec![j], v));
        moved_l[i] = true;
        moved_r[j] = true;
    }
    matches.retain(|m| !m.0.is_empty() && !m.1.is_empty());
}

/// Shared weights of the sentence pairs in the band, computed on first use.
struct SharedCache<'a> {
    li: &'a [usize],
    ri: &'a [usize],
    /// Per left position: first right position covered, and the values (NaN until computed).
    rows: Vec<(usize, Vec<f64>)>,
}

impl SharedCache<'_> {
    fn open_row(&mut self, x: usize, from: usize, to: usize) {
        debug_assert_eq!(self.rows.len(), x);
        self.rows
            .push((from, vec![f64::NAN; to.saturating_sub(from)]));
    }

    fn get(&mut self, s: &Scorer<'_>, x: usize, y: usize) -> f64 {
        let (li, ri) = (self.li, self.ri);
        match self.rows.get_mut(x) {
            Some((from, vals)) if y >= *from && y - *from < vals.len() => {
                let v = &mut vals[y - *from];
                if v.is_nan() {
                    *v = s.shared_weight(li[x], ri[y]);
                }
                *v
            }
            _ => s.shared_weight(li[x], ri[y]),
        }
    }
}

/// The best monotone path through the band (for each left unit, the right
/// units it may meet). A match whose own step scores below zero is a place
/// the path had to pass through rather than evidence, and is left out.
fn path(s: &Scorer<'_>, li: &[usize], ri: &[usize], band: &[(usize, usize)]) -> Matches {
    let (n, m) = (li.len(), ri.len());
    let w = WEIGHTS;
    // Cells are (a, b): a left units and b right units consumed; row a keeps
    // only the columns of its band (the last row reaches the end).
    let range = |a: usize| -> (usize, usize) {
        if a < n {
            let (lo, hi) = band[li[a]];
            (lo, hi.min(m))
        } else {
            (band[li[n - 1]].0, m)
        }
    };
    // Each sentence pair's shared weight is asked for by up to five moves;
    // compute it once per row.
    let mut cache = SharedCache {
        li,
        ri,
        rows: Vec::with_capacity(n),
    };
    // Rows stored sparsely: (lo, values, back-pointers).
    let mut rows: Vec<(usize, Vec<f64>, Vec<u8>)> = Vec::with_capacity(n + 1);
    const MOVES: [(usize, usize); 5] = [(1, 0), (0, 1), (1, 1), (1, 2), (2, 1)];
    for a in 0..=n {
        let (mut lo, mut hi) = range(a);
        if a == 0 {
            lo = 0;
        }
        if a == n {
            hi = m;
        }
        let lo = lo.min(m);
        let hi = hi.max(lo);
        let mut vals = vec![f64::NEG_INFINITY; hi - lo + 1];
        let mut back = vec![u8::MAX; hi - lo + 1];
        if a > 0 {
            cache.open_row(a - 1, lo.saturating_sub(2), hi);
        }
        for b in lo..=hi {
            if a == 0 && b == 0 {
                vals[0] = 0.0;
                continue;
            }
            for (k, &(da, db)) in MOVES.iter().enumerate() {
                if da > a || db > b {
                    continue;
                }
                let prev = if da == 0 {
                    let off = b - db;
                    if off < lo {
                        continue;
                    }
                    vals[off - lo]
                } else {
                    let (plo, ref pv, _) = rows[a - da];
                    if b - db < plo || b - db - plo >= pv.len() {
                        continue;
                    }
                    pv[b - db - plo]
                };
                if prev == f64::NEG_INFINITY {
                    continue;
                }
                let step = match (da, db) {
                    (1, 0) | (0, 1) => -w.skip,
                    _ => {
                        let mut l = [0usize; 3];
                        let mut r = [0usize; 3];
                        for x in 0..da {
                            l[x] = li[a - da + x];
                        }
                        for y in 0..db {
                            r[y] = ri[b - db + y];
                        }
                        let mut shared = 0.0;
                        for x in a - da..a {
                            for y in b - db..b {
                                shared += cache.get(s, x, y);
                            }
                        }
                        let extra = (da + db - 2) as f64 * w.merge;
                        s.pair_with(&l[..da], &r[..db], shared) - extra
                    }
                };
                if prev + step > vals[b - lo] {
                    vals[b - lo] = prev + step;
                    back[b - lo] = k as u8;
                }
            }
        }
        rows.push((lo, vals, back));
    }
    // Trace back.
    let mut out = Vec::new();
    let (mut a, mut b) = (n, m);
    while a > 0 || b > 0 {
        let (lo, ref vals, ref back) = rows[a];
        if b < lo || b - lo >= back.len() || back[b - lo] == u8::MAX {
            // Off the band (cannot happen with a full last row); stop safely.
            break;
        }
        let (da, db) = MOVES[back[b - lo] as usize];
        if da > 0 && db > 0 {
            let (plo, ref pv, _) = rows[a - da];
            let score = vals[b - lo] - pv[b - db - plo];
            if score >= 0.0 {
                out.push((
                    (a - da..a).map(|x| li[x]).collect(),
                    (b - db..b).map(|y| ri[y]).collect(),
                    score,
                ));
            }
        }
        a -= da;
        b -= db;
    }
    out.reverse();
    out
}

/// Lifts sentence matches to paragraph links with their evidence.
fn links(
    s: &Scorer<'_>,
    matches: &Matches,
    vocab: &Vocabulary,
    entities: &[Entity],
    index: &ParagraphIndex,
    left: &AlignSide<'_>,
    right: &AlignSide<'_>,
) -> Vec<Link> {
    // Paragraph pairs with the best sentence score that supports them.
    let mut pairs: HashMap<(usize, usize), f64> = HashMap::default();
    for (l, r, score) in matches {
        for &x in l {
            for &y in r {
                let key = (s.left[x].paragraph, s.right[y].paragraph);
                let e = pairs.entry(key).or_insert(f64::NEG_INFINITY);
                *e = e.max(*score);
            }
        }
    }
    let mut by_left: HashMap<usize, Vec<usize>> = HashMap::default();
    for &(p, q) in pairs.keys() {
        by_left.entry(p).or_default().push(q);
    }
    let mut groups: HashMap<Vec<usize>, Vec<usize>> = HashMap::default();
    for (p, mut qs) in by_left {
        qs.sort_unstable();
        groups.entry(qs).or_default().push(p);
    }
    let mut out: Vec<Link> = groups
        .into_iter()
        .map(|(right_ps, mut left_ps)| {
            left_ps.sort_unstable();
            let scores: Vec<f64> = left_ps
                .iter()
                .flat_map(|&p| right_ps.iter().map(move |&q| (p, q)))
                .filter_map(|k| pairs.get(&k).copied())
                .collect();
            let mean = scores.iter().sum::<f64>() / scores.len().max(1) as f64;
            let score = 1.0 / (1.0 + (-mean).exp());
            let evidence = evidence(s, vocab, entities, index, &left_ps, &right_ps);
            Link {
                left: left_ps,
                right: right_ps,
                score: (score * 1000.0).round() / 1000.0,
                evidence,
                sentences: Vec::new(),
                by_reader: false,
            }
        })
        .collect();
    out.sort_by(|a, b| a.left.cmp(&b.left).then(a.right.cmp(&b.right)));
    // Each sentence match goes to the link that holds its paragraphs: the
    // one link its first left paragraph is in (a left paragraph is in one
    // group only), found by index rather than by a search per match.
    let link_of: HashMap<usize, usize> = out
        .iter()
        .enumerate()
        .flat_map(|(k, link)| link.left.iter().map(move |&p| (p, k)))
        .collect();
    let mut matches: Vec<&(Vec<usize>, Vec<usize>, f64)> = matches.iter().collect();
    matches.sort_by_key(|m| (m.0.first().copied(), m.1.first().copied()));
    for (l, r, _) in matches {
        let Some(&k) = l.first().and_then(|&x| link_of.get(&s.left[x].paragraph)) else {
            continue;
        };
        let link = &mut out[k];
        if !(l.iter().all(|&x| link.left.contains(&s.left[x].paragraph))
            && r.iter()
                .all(|&y| link.right.contains(&s.right[y].paragraph)))
        {
            continue;
        }
        link.sentences.push(crate::SentenceMatch {
            left: l.iter().map(|&x| left.sentences[x].span).collect(),
            right: r.iter().map(|&y| right.sentences[y].span).collect(),
        });
    }
    out
}

/// What the paragraphs of each side hold, for stating evidence.
struct ParagraphIndex {
    /// Per side, per paragraph: shared entity ids, sorted.
    entities: [Vec<Vec<usize>>; 2],
    /// Per side, per paragraph: the range of its units.
    units: [Vec<std::ops::Range<usize>>; 2],
    /// Per side, per paragraph: its length in characters.
    chars: [Vec<usize>; 2],
}

impl ParagraphIndex {
    fn new(
        s: &Scorer<'_>,
        entities: &[Entity],
        left: &AlignSide<'_>,
        right: &AlignSide<'_>,
    ) -> Self {
        let per_side = |side: Side, doc: &AlignSide<'_>, units: &[Unit]| {
            let n = doc.paragraphs.len();
            let mut ents = vec![Vec::new(); n];
            for e in entities.iter().filter(|e| e.shared) {
                for m in e.mentions.iter().filter(|m| m.side == side) {
                    if ents[m.paragraph].last() != Some(&e.id) {
                        ents[m.paragraph].push(e.id);
                    }
                }
            }
            ents.iter_mut().for_each(|v: &mut Vec<usize>| {
                v.sort_unstable();
                v.dedup();
            });
            let mut ranges = vec![0..0; n];
            for (k, u) in units.iter().enumerate() {
                let r = &mut ranges[u.paragraph];
                if r.start == r.end {
                    *r = k..k + 1;
                } else {
                    r.end = k + 1;
                }
            }
            let chars = doc
                .paragraphs
                .iter()
                .map(|p| doc.text[p.start..p.end].chars().count())
                .collect();
            (ents, ranges, chars)
        };
        let (le, lr, lc) = per_side(Side::Left, left, s.left);
        let (re, rr, rc) = per_side(Side::Right, right, s.right);
        ParagraphIndex {
            entities: [le, re],
            units: [lr, rr],
            chars: [lc, rc],
        }
    }
}

fn evidence(
    s: &Scorer<'_>,
    vocab: &Vocabulary,
    entities: &[Entity],
    index: &ParagraphIndex,
    lp: &[usize],
    rp: &[usize],
) -> Evidence {
    let collect = |side: usize, ps: &[usize]| -> Vec<usize> {
        let mut v: Vec<usize> = ps
            .iter()
            .flat_map(|&p| index.entities[side][p].iter().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (le, re) = (collect(0, lp), collect(1, rp));
    let ents: Vec<usize> = le
        .into_iter()
        .filter(|e| re.binary_search(e).is_ok())
        .collect();
    let numbers: Vec<String> = ents
        .iter()
        .filter(|&&e| entities[e].value.is_some())
        .map(|&e| entities[e].label.clone())
        .collect();
    let lt: HashSet<u32> = lp
        .iter()
        .flat_map(|&p| s.left[index.units[0][p].clone()].iter())
        .flat_map(|u| u.terms.iter().copied())
        .collect();
    let rt: HashSet<u32> = rp
        .iter()
        .flat_map(|&p| s.right[index.units[1][p].clone()].iter())
        .flat_map(|u| u.terms.iter().copied())
        .collect();
    let mut terms: Vec<(f64, (String, String))> = lt
        .intersection(&rt)
        .filter(|&&t| s.weight[t as usize] > 0.0)
        .map(|&t| (s.weight[t as usize], vocab.surface[t as usize].clone()))
        .filter(|(_, (l, r))| {
            !l.is_empty() && !r.is_empty() && !l.starts_with(|c: char| c.is_ascii_digit())
        })
        .collect();
    terms.sort_by(|a, b| b.0.total_cmp(&a.0));
    terms.dedup_by(|a, b| a.1 == b.1);
    let lc: usize = lp.iter().map(|&p| index.chars[0][p]).sum();
    let rc: usize = rp.iter().map(|&p| index.chars[1][p]).sum();
    let ratio = ((rc as f64 + 10.0) / (lc as f64 + 10.0)).ln() - s.length_bias;
    Evidence {
        entities: ents,
        numbers,
        terms: terms.into_iter().take(8).map(|(_, t)| t).collect(),
        length_fits: ratio.abs() < 0.35,
    }
}

#[cfg(test)]
mod tests {
    use super::{headlines, AlignSide};
    use crate::{compare, Input};

    /// The report's links as (left paragraphs, right paragraphs).
    fn paragraph_pairs(r: &crate::Report) -> Vec<(Vec<usize>, Vec<usize>)> {
        r.links
            .iter()
            .map(|l| (l.left.clone(), l.right.clone()))
            .collect()
    }

    #[test]
    fn a_paragraph_beside_a_link_that_its_counterpart_also_tells_joins_it() {
        // The left tells in two paragraphs what the right tells in one,
        // between two other paragraphs in common.
        let lv = "Rīgas apgabaltiesa otrdien piesprieda Jānim Kalniņam astoņus gadus cietumā.\n\n\
                  Tiesas sēde ilga trīs stundas, un tajā liecināja divpadsmit liecinieki. \
                  Kalniņš vasarā Dubultos ar nazi nogalināja kaimiņu Pēteri Ozolu, kura ģimene \
                  pieprasīja kompensāciju.\n\n\
                  Spriedumu var pārsūdzēt Augstākajā tiesā divu nedēļu laikā.";
        let ru = "Рижский окружной суд во вторник приговорил Яниса Калниньша к восьми годам \
                  заключения: летом в Дубулты он зарезал ножом соседа Петериса Озолса, семья \
                  Озолса потребовала компенсацию.\n\n\
                  Приговор можно обжаловать в Верховном суде в течение двух недель.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        let pairs = paragraph_pairs(&r);
        assert!(pairs.contains(&(vec![0, 1], vec![0])), "{pairs:?}");
    }

    #[test]
    fn saying_is_no_evidence_of_what_two_paragraphs_tell() {
        use crate::{concepts, key, Lang};
        for (word, lang) in [("paziņoja", Lang::Latvian), ("заявил", Lang::Russian)] {
            assert_eq!(concepts(&key(word, lang)), [super::SAY], "{word}");
        }
        // Two paragraphs on two matters, each saying who said it.
        let lv = "Ministrs paziņoja, ka skolas slēgs.\n\nKoncerts notiks vasarā.";
        let ru = "Дирижёр заявил о премьере оперы.\n\nЗавтра будет дождь.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        let pairs = paragraph_pairs(&r);
        assert_eq!(pairs, [], "{pairs:?}");
        // Nor, in one language, are the same words of saying and the press
        // office that said it.
        let a = "Rīt līs.\n\nNoliktava nodega līdz pamatiem, paziņoja VUGD preses sekretāre.";
        let b = "Izstāde atvērta.\n\nZoodārzā piedzima kaķēni, paziņoja zoodārza preses dienestā.";
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        let pairs = paragraph_pairs(&r);
        assert_eq!(pairs, [], "{pairs:?}");
    }

    #[test]
    fn a_headline_of_two_clauses_meets_the_other_headline() {
        // The Latvian headline is two clauses and opens with a quotation, so
        // it is not taken for a heading; its words match the Russian lead better.
        let lv = "\"Pirmā\" ir Zviedrija, Latvija paliek otrā\n\n\
                  Svētdien noslēdzās jauniešu hokeja turnīrs, kurā piedalījās sešas komandas.";
        let ru = "Швеция празднует победу\n\n\
                  Сборная Швеции заняла первое место, Латвия осталась второй.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert!(
            r.links.iter().any(|l| l.left == [0] && l.right == [0]),
            "{:?}",
            r.links
        );
    }

    #[test]
    fn sentence_openers_still_count_as_words() {
        // "Valdība"/"Правительство" open their sentences: the lexicon must still see them.
        let lv = "Rīgā notika protesti. Policija aizturēja 12 cilvēkus.\n\nValdība sanāca uz sēdi.";
        let ru = "В Риге прошли протесты. Полиция задержала 12 человек.\n\nПравительство собралось на заседание.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        let pairs = paragraph_pairs(&r);
        assert_eq!(pairs, [(vec![0], vec![0]), (vec![1], vec![1])]);
    }

    #[test]
    fn a_paragraph_told_elsewhere_is_still_found() {
        let lv = "Almati lidostu ieņēma protestētāji.\n\nTokajevs lūdza ODKB palīdzību.\n\nPolicija aizturēja 300 cilvēkus.\n\nInternets valstī bija atslēgts piecas dienas.";
        let ru = "Интернет в стране был отключен на пять дней.\n\nАэропорт Алматы захватили протестующие.\n\nТокаев попросил помощи у ОДКБ.\n\nПолиция задержала 300 человек.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        let pairs = paragraph_pairs(&r);
        assert_eq!(
            pairs,
            [
                (vec![0], vec![1]),
                (vec![1], vec![2]),
                (vec![2], vec![3]),
                (vec![3], vec![0])
            ]
        );
        assert!(
            r.divergences.left_only_paragraphs.is_empty()
                && r.divergences.right_only_paragraphs.is_empty()
        );
    }

    #[test]
    fn two_headlines_naming_one_person_are_counterparts() {
        let lv = "Bērziņš: ārkārtējā situācija beigsies martā\n\nValdība otrdien vienojās \
                  pagarināt ierobežojumus līdz marta beigām, pēc sēdes sacīja ministrs Jānis Bērziņš.";
        let ru = "Министр Берзиньш ответил на вопросы журналистов\n\nПравительство во вторник \
                  договорилось продлить ограничения до конца марта, сказал после заседания министр Янис Берзиньш.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert_eq!(r.left.paragraphs[0].kind, crate::ParagraphKind::Heading);
        assert!(
            r.links.iter().any(|l| l.left == [0] && l.right == [0]),
            "{:?}",
            r.links
        );
        // The pass itself: from no link at all, the headlines are paired.
        let (ls, rs) = (
            crate::normalize::sentences(&r.left.text, &r.left.paragraphs),
            crate::normalize::sentences(&r.right.text, &r.right.paragraphs),
        );
        let left = AlignSide {
            text: &r.left.text,
            paragraphs: &r.left.paragraphs,
            sentences: &ls,
        };
        let right = AlignSide {
            text: &r.right.text,
            paragraphs: &r.right.paragraphs,
            sentences: &rs,
        };
        let mut links = Vec::new();
        headlines(&mut links, &left, &right, &r.entities);
        assert_eq!(links.len(), 1);
        assert_eq!(
            (links[0].left.as_slice(), links[0].right.as_slice()),
            (&[0][..], &[0][..])
        );
        // Headlines that name nothing in common stay apart.
        let mut none = Vec::new();
        headlines(&mut none, &left, &right, &[]);
        assert!(none.is_empty());
    }

    #[test]
    fn two_headlines_giving_a_toll_are_counterparts() {
        // The headlines pass alone, from no link at all.
        fn paired(lv: &str, ru: &str) -> Vec<crate::Link> {
            let r = compare(Input::text(lv), Input::text(ru)).unwrap();
            let ls = crate::normalize::sentences(&r.left.text, &r.left.paragraphs);
            let rs = crate::normalize::sentences(&r.right.text, &r.right.paragraphs);
            let mut links = Vec::new();
            headlines(
                &mut links,
                &AlignSide {
                    text: &r.left.text,
                    paragraphs: &r.left.paragraphs,
                    sentences: &ls,
                },
                &AlignSide {
                    text: &r.right.text,
                    paragraphs: &r.right.paragraphs,
                    sentences: &rs,
                },
                &r.entities,
            );
            links
        }
        // No name in both headlines, but each gives the story's toll.
        let lv = "Sprādzienā rūpnīcā gājuši bojā 12 cilvēki\n\nOtrdien rūpnīcā Jelgavā \
                  notika sprādziens, paziņoja Valsts ugunsdzēsības un glābšanas dienests.";
        let ru = "Число погибших при взрыве выросло до 14 человек\n\nВзрыв на заводе \
                  в Елгаве произошел во вторник утром.";
        let links = paired(lv, ru);
        assert_eq!(links.len(), 1, "{links:?}");
        assert_eq!(
            links[0].evidence.terms,
            [("12 killed".to_string(), "14 killed".to_string())]
        );
        // A toll of another kind (the hurt against the dead) pairs nothing.
        let links = paired(lv, &ru.replace("Число погибших", "Число пострадавших"));
        assert!(links.is_empty(), "{links:?}");
    }

    #[test]
    fn a_person_s_name_is_no_common_word() {
        // "Dati" is a surname here, not the Latvian for data (данные).
        let lv = "Ministre Rašida Dati apmeklēja muzeju pēc zādzības.";
        let ru = "По данным полиции, после кражи музей посетила министр.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        let terms: Vec<_> = r
            .links
            .iter()
            .flat_map(|l| l.evidence.terms.iter())
            .collect();
        assert!(!terms.is_empty(), "{:?}", r.links);
        assert!(!terms.iter().any(|(a, _)| a == "Dati"), "{terms:?}");
    }

    #[test]
    fn an_unrelated_paragraph_stays_unlinked() {
        let lv = "Tokajevs lūdza ODKB palīdzību.\n\nLatvijas basketbola izlase uzvarēja Spāniju ar 80:71.";
        let ru = "Токаев попросил помощи у ОДКБ.\n\nВ Москве открылась выставка картин Шишкина.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert_eq!(r.links.len(), 1);
        assert_eq!(r.divergences.left_only_paragraphs, [1]);
        assert_eq!(r.divergences.right_only_paragraphs, [1]);
    }

    #[test]
    fn one_word_links_nothing_however_alike_the_lengths() {
        // Two reports' paragraphs of a size, sharing "года" alone.
        let a = "Токаев прибыл в Астану на саммит ОДКБ.\n\nПо итогам года урожай пшеницы \
                 оказался рекордным, сообщили аграрии.";
        let b = "Токаев приехал в Астану на саммит ОДКБ.\n\nС начала года цены на бензин \
                 выросли почти вдвое, пишут газеты.";
        let r = compare(Input::text(a), Input::text(b)).unwrap();
        assert_eq!(paragraph_pairs(&r), [(vec![0], vec![0])], "{:?}", r.links);
    }

    #[test]
    fn a_country_and_a_word_link_only_between_two_links() {
        // The story is set in Latvia: naming it is no evidence on its own.
        let lv = "Pie Liepājas bojāts optiskais kabelis\n\nNetālu no Liepājas Baltijas jūrā sabojāts optiskais kabelis, paziņoja policija.\n\nLatvijas iedzīvotājus incidents nav ietekmējis.";
        let ru = "У Лиепаи повреждён оптический кабель\n\nВ Балтийском море у Лиепаи повреждён оптический кабель, сообщила полиция.\n\nКабель длиной 65 км идёт до латвийского берега.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert_eq!(
            paragraph_pairs(&r),
            [(vec![0], vec![0]), (vec![1], vec![1])]
        );
        // Between two links, as in a translation, the order speaks for it.
        let lv = "Ministrs Jānis Bērziņš ieradās Viļņā.\n\nLatvijā visu nedēļu līst.\n\nBērziņš Viļņā tikās ar Lietuvas premjeru.";
        let ru = "Министр Янис Берзиньш прибыл в Вильнюс.\n\nВ Латвии всю неделю жара.\n\nБерзиньш встретился в Вильнюсе с премьером Литвы.";
        let r = compare(Input::text(lv), Input::text(ru)).unwrap();
        assert_eq!(r.links.len(), 3);
    }
}
