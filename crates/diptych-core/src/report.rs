//! The report: everything one comparison found, in one serializable value.
//!
//! Offsets are byte offsets into each side's `text` (the decoded document),
//! half-open `[start, end)`. The shape is versioned by [`REPORT_VERSION`]; a
//! consumer should check it before reading further.

use serde::{Deserialize, Serialize};

use crate::ingest::Format;

/// Version of the report's JSON shape. Raised on any breaking change.
pub const REPORT_VERSION: u32 = 5;

/// Which of the two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The first document (shown on the left).
    Left,
    /// The second document (shown on the right).
    Right,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// A language the engine tells apart. Others are reported as `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Latvian.
    #[serde(rename = "lv")]
    Latvian,
    /// Russian.
    #[serde(rename = "ru")]
    Russian,
    /// English.
    #[serde(rename = "en")]
    English,
    /// Some other language, or too little text to tell.
    #[serde(rename = "und")]
    Other,
}

impl Lang {
    /// The ISO 639-1 code ("lv", "ru", "en"), or "und".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Latvian => "lv",
            Lang::Russian => "ru",
            Lang::English => "en",
            Lang::Other => "und",
        }
    }

    /// The language's name in English.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Latvian => "Latvian",
            Lang::Russian => "Russian",
            Lang::English => "English",
            Lang::Other => "undetermined",
        }
    }
}

/// What role a paragraph plays in its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Running text.
    Body,
    /// A title or subheading.
    Heading,
    /// A paragraph that is a quotation as a whole.
    Quotation,
    /// An embedded social-media post (a tweet and its link).
    SocialPost,
}

/// A half-open byte range `[start, end)` in a side's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One paragraph of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// First byte of the paragraph (leading white space excluded).
    pub start: usize,
    /// One past its last byte (trailing white space excluded).
    pub end: usize,
    /// Its role.
    pub kind: ParagraphKind,
    /// Its language, when it can be told (a short line inherits the document's).
    pub lang: Lang,
    /// Its sentences, in order, covering the paragraph.
    pub sentences: Vec<Span>,
    /// Set when this paragraph repeats another one of the same document.
    pub duplicate_of: Option<usize>,
}

/// One of the two compared documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file name, if one was given.
    pub name: Option<String>,
    /// How it was read.
    pub format: Format,
    /// The character encoding detected.
    pub encoding: String,
    /// The main language.
    pub lang: Lang,
    /// The publication date (YYYY-MM-DD) when the file gives one (an HTML
    /// page's metadata); weekdays and "yesterday" are resolved against it.
    #[serde(default)]
    pub published: Option<String>,
    /// The decoded text all offsets point into.
    pub text: String,
    /// Its paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Share of this text (by characters of body paragraphs) that has a counterpart on the other side.
    pub coverage: f64,
}

/// What made two groups of paragraphs a link.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Indices into [`Report::entities`] of entities both groups mention.
    pub entities: Vec<usize>,
    /// Numbers both groups contain.
    pub numbers: Vec<String>,
    /// Other shared terms (cognates and loanwords), as (left form, right form).
    pub terms: Vec<(String, String)>,
    /// Whether the lengths of the two groups fit a translation of each other.
    pub length_fits: bool,
}

/// A group of left paragraphs that tells the same as a group of right ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Left paragraph indices, ascending.
    pub left: Vec<usize>,
    /// Right paragraph indices, ascending.
    pub right: Vec<usize>,
    /// Confidence in `0.0..=1.0`.
    pub score: f64,
    /// Why they were linked.
    pub evidence: Evidence,
    /// The sentences the engine matched inside the link (1:1, 1:2, 2:1),
    /// in order; empty where the link rests on other evidence (two
    /// headlines). New in version 3.
    pub sentences: Vec<SentenceMatch>,
    /// Made by the reader, not the engine (see [`Corrections`]).
    pub by_reader: bool,
}

/// Sentences of the two texts that the engine matched, as byte spans.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceMatch {
    /// The left sentences, in order.
    pub left: Vec<Span>,
    /// The right sentences, in order.
    pub right: Vec<Span>,
}

/// What sort of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A country, city or other place.
    Place,
    /// An organisation, party, company or alliance.
    Organisation,
    /// A newspaper, agency, channel or platform quoted as a source.
    Media,
    /// A hashtag.
    Hashtag,
    /// A social-media handle.
    Handle,
    /// A web address.
    Url,
    /// A date or a relative time (weekday, month, year, anniversary).
    Date,
    /// A number and what it counts.
    Number,
    /// A name whose kind could not be told.
    Name,
    /// A work: a film, book, song, programme or exhibition.
    Work,
    /// A named event: a championship, festival, contest or conference.
    Event,
    /// Another named thing: a law, treaty or convention.
    Other,
}

impl EntityKind {
    /// A person, place, organisation, outlet, work or event: what a reader
    /// calls a name (not a date, figure, tag or unclassified capitalised word).
    pub fn is_named(self) -> bool {
        matches!(
            self,
            EntityKind::Person
                | EntityKind::Place
                | EntityKind::Organisation
                | EntityKind::Media
                | EntityKind::Work
                | EntityKind::Event
        )
    }
}

/// What a number counts, when the words around it say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// People killed or dead.
    Killed,
    /// People injured or wounded.
    Injured,
    /// People arrested or detained.
    Detained,
    /// People, in general.
    People,
    /// A year.
    Year,
    /// A percentage.
    Percent,
    /// Money.
    Money,
    /// People taken to hospital.
    Hospitalised,
    /// People rescued or evacuated, or who survived.
    Rescued,
    /// An age in years.
    Age,
    /// A duration or term in years (a prison term, say).
    Years,
    /// An area (square metres, hectares).
    Area,
    /// A calendar date.
    Date,
    /// A time of day ("12:44"); its value is in minutes after midnight.
    /// New in version 4.
    Time,
    /// People missing, or still searched for. New in version 5.
    Missing,
    /// A count of something else, or nothing said.
    Other,
}

impl Quantity {
    /// Whether a figure of this kind is a toll: people killed, hurt, taken
    /// to hospital, rescued, missing or detained.
    pub fn is_toll(self) -> bool {
        matches!(
            self,
            Quantity::Killed
                | Quantity::Injured
                | Quantity::Hospitalised
                | Quantity::Rescued
                | Quantity::Missing
                | Quantity::Detained
        )
    }

    /// What it counts, in plain words for a reader ("killed", "in hospital").
    pub fn words(self) -> &'static str {
        match self {
            Quantity::Killed => "killed",
            Quantity::Injured => "injured",
            Quantity::Detained => "detained",
            Quantity::Hospitalised => "in hospital",
            Quantity::Rescued => "rescued or survived",
            Quantity::Age => "years old",
            Quantity::Years => "years",
            Quantity::Area => "area",
            Quantity::People => "people",
            Quantity::Percent => "percent",
            Quantity::Money => "money",
            Quantity::Year => "year",
            Quantity::Date => "date",
            Quantity::Time => "time of day",
            Quantity::Missing => "missing",
            Quantity::Other => "count",
        }
    }
}

/// One occurrence of an entity in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Which document.
    pub side: Side,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The paragraph it stands in.
    pub paragraph: usize,
    /// The text as written.
    pub text: String,
}

/// A person, place, organisation, number... and everywhere either text names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Its position in [`Report::entities`].
    pub id: usize,
    /// What sort of thing it is.
    pub kind: EntityKind,
    /// A name to show, in Latin script (English where a gazetteer knows it).
    pub label: String,
    /// For numbers: the value.
    pub value: Option<f64>,
    /// For numbers: what it counts.
    pub quantity: Option<Quantity>,
    /// For numbers: the unit or the thing counted as written after the
    /// figure, by its cross-language key ("%", "m2", "eur", "klient").
    // Always written: the web app hands reports to and from its worker in
    // bincode, which has no field names to tell a skipped field by.
    #[serde(default)]
    pub unit: Option<String>,
    /// For numbers: "about", "more than", "less than" was said.
    #[serde(default)]
    pub approximate: bool,
    /// Every mention, left side first, in text order.
    pub mentions: Vec<Mention>,
    /// Whether both texts mention it.
    pub shared: bool,
    /// Joined or split by the reader.
    pub by_reader: bool,
}

impl Entity {
    /// A figure with what it counts ("5 killed"); a name as its label.
    pub fn counted(&self) -> String {
        match self.quantity {
            // (An age told by a year of birth, "2012 года рождения".)
            Some(Quantity::Age) if self.value.is_some_and(|v| v >= 1800.0) => {
                format!("born in {}", self.label)
            }
            Some(q) => format!("{} {}", self.label, q.words()),
            None => self.label.clone(),
        }
    }

    /// A figure as a reader says it: "4.97 trillion UAH", "18.4%", "5"; a
    /// name or a time of day as its label.
    pub fn readable(&self) -> String {
        let Some(v) = self.value.filter(|_| self.quantity != Some(Quantity::Time)) else {
            return self.label.clone(); // a time of day reads as its label, "12:44"
        };
        // In millions and more only where that loses no digit: "9 126 850"
        // against "9 127 192" must not both read "9.127 million".
        let (scaled, word) = [(1e12, " trillion"), (1e9, " billion"), (1e6, " million")]
            .into_iter()
            .find(|(m, _)| {
                v.abs() >= *m && (((v / m) * 1000.0).round() / 1000.0 * m - v).abs() < 0.5
            })
            .map_or((v, ""), |(m, w)| (v / m, w));
        let number = if word.is_empty() && v.abs() >= 10_000.0 && v.fract() == 0.0 {
            grouped(v)
        } else {
            crate::entities::figure_text((scaled * 1000.0).round() / 1000.0)
        };
        match self.unit.as_deref() {
            Some("%") => format!("{number}%"),
            Some(c) if self.quantity == Some(Quantity::Money) => format!("{number}{word} {c}"),
            _ if self.quantity == Some(Quantity::Percent) => format!("{number}%"),
            _ => format!("{number}{word}"),
        }
    }
}

/// A whole number in groups of three digits: "9 126 850".
fn grouped(v: f64) -> String {
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// Two linked passages that give different figures for the same count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberConflict {
    /// The link (index into [`Report::links`]) where they meet; `None` for
    /// a story's toll or total given in paragraphs no link joins.
    pub link: Option<usize>,
    /// What is counted.
    pub quantity: Quantity,
    /// The left figure (an entity index).
    pub left: usize,
    /// The right figure (an entity index).
    pub right: usize,
    /// What the two figures measure, when their sentences say: "deficit",
    /// "wage", "magnitude", "depth", "degrees in Daugavpils"; for a count of
    /// things or people, the words each text counts in ("spēkrati /
    /// автомобилей"); `None` for counts that say it by their quantity.
    /// New in version 3.
    pub measure: Option<String>,
    /// Added by the reader, not found by the engine.
    pub by_reader: bool,
}

/// What only one side has.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Divergences {
    /// Left paragraphs with no counterpart (duplicates and empty headings excluded).
    pub left_only_paragraphs: Vec<usize>,
    /// Right paragraphs with no counterpart.
    pub right_only_paragraphs: Vec<usize>,
    /// Entities only the left text names (indices into [`Report::entities`]).
    pub left_only_entities: Vec<usize>,
    /// Entities only the right text names.
    pub right_only_entities: Vec<usize>,
    /// Figures that disagree between linked passages.
    pub number_conflicts: Vec<NumberConflict>,
}

/// One line of the overview: what each side names of one kind.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OverviewRow {
    /// Labels both sides name.
    pub shared: Vec<String>,
    /// Labels only the left side names.
    pub left_only: Vec<String>,
    /// Labels only the right side names.
    pub right_only: Vec<String>,
}

/// How much the two stories have in common, at a glance.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    /// Places.
    pub places: OverviewRow,
    /// People.
    pub people: OverviewRow,
    /// Organisations and media.
    pub organisations: OverviewRow,
    /// Dates, years and relative times.
    pub dates: OverviewRow,
    /// A verdict in plain words: the same event, related, or different stories.
    pub verdict: String,
    /// The verdict for machines: the same event, a related one, or a different one.
    pub same_event: SameEvent,
    /// The evidence behind it: who, what, where and when, each split into
    /// shared, one-sided and conflicting.
    pub grid: EventGrid,
    /// Share of paragraphs (both sides together) that are linked.
    pub linked_share: f64,
}

/// Whether the two texts report the same event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SameEvent {
    /// The same event.
    Same,
    /// The same story, at another moment or from another angle.
    Related,
    /// Another event (of the same kind, perhaps): another time, place or object.
    #[default]
    Different,
}

impl SameEvent {
    /// The answer to "Same event?": "Yes", "Related, not the same", "No".
    pub fn answer(self) -> &'static str {
        match self {
            SameEvent::Same => "Yes",
            SameEvent::Related => "Related, not the same",
            SameEvent::Different => "No",
        }
    }

    /// How the plain-words verdict opens ("Related, but not the same
    /// event: the left reports...").
    pub fn head(self) -> &'static str {
        match self {
            SameEvent::Same => "The same event",
            SameEvent::Related => "Related, but not the same event",
            SameEvent::Different => "Different events",
        }
    }

    /// The verdict in a few words.
    pub fn words(self) -> &'static str {
        match self {
            SameEvent::Same => "the same event",
            SameEvent::Related => "a related event (same story, another moment or angle)",
            SameEvent::Different => "different events",
        }
    }
}

impl Overview {
    /// The verdict's reasons, for a line that already gave the answer
    /// ("Same event? Related, not the same." then "The left reports the
    /// election and the right taking office..."), so the answer is not said
    /// twice. The whole verdict if it opens otherwise.
    pub fn reasons(&self) -> String {
        let Some(rest) = self.verdict.strip_prefix(self.same_event.head()) else {
            return self.verdict.clone();
        };
        let rest = rest.trim_start_matches([':', ';', ' ']);
        let mut chars = rest.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// One row of the evidence grid: what both sides say, what only one says,
/// and what they say differently (as "left ≠ right").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GridRow {
    /// Named by both.
    pub shared: Vec<String>,
    /// Only the left text.
    pub left_only: Vec<String>,
    /// Only the right text.
    pub right_only: Vec<String>,
    /// Given differently by the two, each as "left ≠ right".
    pub conflicting: Vec<String>,
}

/// The evidence for the same-event verdict.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventGrid {
    /// People and organisations.
    pub who: GridRow,
    /// What happened: shared subject words and figures.
    pub what: GridRow,
    /// Places; towns and streets weigh more than countries.
    #[serde(rename = "where")]
    pub where_: GridRow,
    /// Calendar dates, with weekdays and relative days resolved where the text allows.
    pub when: GridRow,
}

/// Everything one comparison found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The shape version, [`REPORT_VERSION`].
    pub version: u32,
    /// The first document.
    pub left: Document,
    /// The second document.
    pub right: Document,
    /// Paragraph links, in left order.
    pub links: Vec<Link>,
    /// Entities, shared ones first.
    pub entities: Vec<Entity>,
    /// What only one side has.
    pub divergences: Divergences,
    /// The two stories at a glance.
    pub overview: Overview,
    /// What the reader corrected and noted: input to this report, kept
    /// with it so that exports and saved comparisons carry them.
    pub corrections: crate::Corrections,
}

/// One row of a side-by-side layout: paragraphs to show next to each other.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// Left paragraphs in this row.
    pub left: Vec<usize>,
    /// Right paragraphs in this row.
    pub right: Vec<usize>,
    /// The link that makes the row, if any (index into [`Report::links`]).
    pub link: Option<usize>,
}

impl Report {
    /// Rows for showing the two texts side by side: each link is a row, in
    /// left order; a paragraph with no counterpart gets a row of its own next
    /// to its neighbours. A right paragraph that several links share appears
    /// in the first of them only (the others name it), so no text is shown twice.
    ///
    /// ```
    /// use diptych_core::{compare, Input};
    /// let r = compare(Input::text("Pirmais. Rīgā.\n\nOtrais teksts."), Input::text("Первый. В Риге.\n\nВторой текст.\n\nТретий.")).unwrap();
    /// let rows = r.rows();
    /// let shown: usize = rows.iter().map(|row| row.right.len()).sum();
    /// assert_eq!(shown, r.right.paragraphs.len());
    /// ```
    pub fn rows(&self) -> Vec<Row> {
        let (nl, nr) = (self.left.paragraphs.len(), self.right.paragraphs.len());
        let mut right_shown = vec![false; nr];
        let mut left_shown = vec![false; nl];
        // Rows are built in left order; right paragraphs join their links' rows.
        let mut rows: Vec<Row> = Vec::new();
        let mut next_left = 0;
        let flush_left =
            |rows: &mut Vec<Row>, upto: usize, next_left: &mut usize, left_shown: &mut [bool]| {
                while *next_left < upto {
                    if !left_shown[*next_left] {
                        left_shown[*next_left] = true;
                        rows.push(Row {
                            left: vec![*next_left],
                            right: vec![],
                            link: None,
                        });
                    }
                    *next_left += 1;
                }
            };
        for (k, link) in self.links.iter().enumerate() {
            let first = link.left[0];
            flush_left(&mut rows, first, &mut next_left, &mut left_shown);
            let left: Vec<usize> = link
                .left
                .iter()
                .copied()
                .filter(|&p| !std::mem::replace(&mut left_shown[p], true))
                .collect();
            let right: Vec<usize> = link
                .right
                .iter()
                .copied()
                .filter(|&p| !std::mem::replace(&mut right_shown[p], true))
                .collect();
            rows.push(Row {
                left,
                right,
                link: Some(k),
            });
        }
        flush_left(&mut rows, nl, &mut next_left, &mut left_shown);
        // Right paragraphs with no row yet go right after the row of their
        // nearest shown predecessor (one pass to choose the places, one merge).
        let mut row_of_right: Vec<Option<usize>> = vec![None; nr];
        for (i, row) in rows.iter().enumerate() {
            for &q in &row.right {
                row_of_right[q] = Some(i);
            }
        }
        // after[0]: before the first row; after[i + 1]: after row i.
        let mut after: Vec<Vec<usize>> = vec![Vec::new(); rows.len() + 1];
        let mut slot = 0;
        for (q, row) in row_of_right.iter().enumerate() {
            match row {
                Some(i) => slot = i + 1,
                None => after[slot].push(q),
            }
        }
        let alone = |q: usize| Row {
            left: vec![],
            right: vec![q],
            link: None,
        };
        let mut merged: Vec<Row> = after[0].iter().map(|&q| alone(q)).collect();
        for (i, row) in rows.into_iter().enumerate() {
            merged.push(row);
            merged.extend(after[i + 1].iter().map(|&q| alone(q)));
        }
        merged
    }

    /// The comparison in three plain sentences, for screen readers: the
    /// verdict, how much of each text the other covers, and the counts of
    /// shared and one-sided names and of figures that disagree.
    ///
    /// ```
    /// use diptych_core::{compare, Input};
    /// let r = compare(Input::text("Tokajevs lūdza ODKB palīdzību."), Input::text("Токаев попросил помощи у ОДКБ.")).unwrap();
    /// let s = r.summary();
    /// assert!(s.starts_with("Same event? Yes."), "{s}");
    /// assert!(s.contains("100% of the left text (Latvian) has a counterpart"), "{s}");
    /// ```
    pub fn summary(&self) -> String {
        let answer = self.overview.same_event.answer();
        let named = |e: &&Entity| e.kind.is_named();
        let count = |side: Option<Side>| {
            self.entities
                .iter()
                .filter(named)
                .filter(|e| match side {
                    None => e.shared,
                    Some(s) => !e.shared && e.mentions[0].side == s,
                })
                .count()
        };
        let pct = |d: &Document| (d.coverage * 100.0).round();
        let conflicts = self.divergences.number_conflicts.len();
        format!(
            concat!(
                "Same event? {}. {} {}% of the left text ({}) has a counterpart in the ",
                "right one, and {}% of the right text ({}) in the left one. Both name {} people, ",
                "places or organisations; {} are named only on the left and {} only on the right. ",
                "{} figure{} disagree{}."
            ),
            answer,
            self.overview.reasons(),
            pct(&self.left),
            self.left.lang.name(),
            pct(&self.right),
            self.right.lang.name(),
            count(None),
            count(Some(Side::Left)),
            count(Some(Side::Right)),
            if conflicts == 0 {
                "No".to_string()
            } else {
                conflicts.to_string()
            },
            if conflicts == 1 { "" } else { "s" },
            if conflicts == 1 { "s" } else { "" },
        )
    }

    /// The links as CSV, one row per link: paragraph numbers (1-based, as
    /// shown), score, the evidence, and the opening of each side's text;
    /// then who made the link (the engine or the reader) and the reader's
    /// notes on it and on its paragraphs.
    ///
    /// ```
    /// use diptych_core::{compare, Input};
    /// let r = compare(Input::text("Rīgā, \"citāts\"."), Input::text("В Риге, «цитата».")).unwrap();
    /// let csv = r.links_csv();
    /// assert!(csv.starts_with("link,left_paragraphs,right_paragraphs,score,"));
    /// assert_eq!(csv.lines().count(), 1 + r.links.len());
    /// ```
    pub fn links_csv(&self) -> String {
        let excerpt = |side: Side, ps: &[usize]| -> String {
            let d = self.side(side);
            let text: String = ps
                .iter()
                .map(|&p| &d.text[d.paragraphs[p].start..d.paragraphs[p].end])
                .collect::<Vec<_>>()
                .join(" ¶ ");
            text.chars().take(160).collect()
        };
        let numbers = |ps: &[usize]| {
            ps.iter()
                .map(|p| (p + 1).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let header = [
            "link",
            "left_paragraphs",
            "right_paragraphs",
            "score",
            "shared_entities",
            "shared_figures",
            "shared_terms",
            "left_text",
            "right_text",
            "linked_by",
            "notes",
        ];
        let mut out = String::new();
        write_csv_record(&mut out, header.iter().map(|h| h.to_string()));
        for (k, l) in self.links.iter().enumerate() {
            let notes = self
                .corrections
                .notes
                .iter()
                .filter(|n| match &n.on {
                    crate::NoteOn::Link(p) => p.left == l.left && p.right == l.right,
                    crate::NoteOn::Paragraph { side, paragraph } => match side {
                        Side::Left => l.left.contains(paragraph),
                        Side::Right => l.right.contains(paragraph),
                    },
                })
                .map(|n| n.text.as_str())
                .collect::<Vec<_>>()
                .join("; ");
            let entities = l
                .evidence
                .entities
                .iter()
                .map(|&e| self.entities[e].label.as_str())
                .collect::<Vec<_>>()
                .join("; ");
            let terms = l
                .evidence
                .terms
                .iter()
                .map(|(a, b)| format!("{a}={b}"))
                .collect::<Vec<_>>()
                .join("; ");
            write_csv_record(
                &mut out,
                [
                    (k + 1).to_string(),
                    numbers(&l.left),
                    numbers(&l.right),
                    crate::entities::figure_text((l.score * 1000.0).round() / 1000.0),
                    entities,
                    l.evidence.numbers.join("; "),
                    terms,
                    excerpt(Side::Left, &l.left),
                    excerpt(Side::Right, &l.right),
                    if l.by_reader { "reader" } else { "engine" }.to_string(),
                    notes,
                ]
                .into_iter(),
            );
        }
        out
    }

    /// Per paragraph of one side, its entity mentions as (start, end, entity
    /// id), in text order and without overlaps: what a viewer marks up.
    /// Built in one pass over the mentions.
    pub fn marks(&self, side: Side) -> Vec<Vec<(usize, usize, usize)>> {
        let mut out = vec![Vec::new(); self.side(side).paragraphs.len()];
        for e in &self.entities {
            for m in e.mentions.iter().filter(|m| m.side == side) {
                if let Some(list) = out.get_mut(m.paragraph) {
                    list.push((m.start, m.end, e.id));
                }
            }
        }
        for list in &mut out {
            list.sort_unstable();
            let mut end = 0;
            list.retain(|&(s, e, _)| {
                let keep = s >= end;
                if keep {
                    end = e;
                }
                keep
            });
        }
        out
    }

    /// Per paragraph of one side, whether some link includes it.
    pub fn linked(&self, side: Side) -> Vec<bool> {
        let mut out = vec![false; self.side(side).paragraphs.len()];
        for l in &self.links {
            let ps = if side == Side::Left {
                &l.left
            } else {
                &l.right
            };
            for &p in ps {
                if let Some(x) = out.get_mut(p) {
                    *x = true;
                }
            }
        }
        out
    }

    /// The document on one side.
    pub fn side(&self, side: Side) -> &Document {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }

    /// The entity (by id) holding the mention at `at`.
    pub fn entity_at(&self, at: crate::MentionAt) -> Option<usize> {
        crate::correct::entity_at(&self.entities, at)
    }
}

/// One CSV record (RFC 4180): a field with a comma, a quote or a line
/// break is quoted, its quotes doubled; records end with CRLF. (Written out:
/// the `csv` crate carried float-parsing tables into the web download for
/// a writer this small. The tests read the output back with `csv`.)
fn write_csv_record(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        // A field a spreadsheet would run as a formula (=, +, @, or - not
        // opening a number) is opened with an apostrophe: a note or an
        // article's text must not become a formula in the editor's sheet.
        let formula = field.starts_with(['=', '+', '@'])
            || (field.starts_with('-') && !field[1..].starts_with(|c: char| c.is_ascii_digit()));
        let field = if formula { format!("'{field}") } else { field };
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod csv_tests {
    use super::write_csv_record;

    #[test]
    fn records_read_back_with_a_csv_reader() {
        let rows = [
            vec![
                "plain",
                "with, comma",
                "with \"quotes\"",
                "two\nlines",
                "«Жанаозен»; 30 ¶ Rīga",
            ],
            vec!["", " padded ", "\r\n", "\"", "end"],
        ];
        let mut out = String::new();
        for row in &rows {
            write_csv_record(&mut out, row.iter().map(|f| f.to_string()));
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(out.as_bytes());
        let read: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
            .collect();
        let expected: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|f| f.to_string()).collect())
            .collect();
        assert_eq!(read, expected);
    }

    #[test]
    fn a_field_a_spreadsheet_would_run_is_not_a_formula() {
        let mut out = String::new();
        write_csv_record(
            &mut out,
            ["=HYPERLINK(\"x\")", "+1", "@a", "-x", "-5", "5-"]
                .iter()
                .map(|f| f.to_string()),
        );
        assert_eq!(out, "\"'=HYPERLINK(\"\"x\"\")\",'+1,'@a,'-x,-5,5-\r\n");
    }

    #[test]
    fn the_seed_report_reads_back_one_record_per_link() {
        let lv = include_str!("../../../assets/seeds/kazakhstan-2022.lv.txt");
        let ru = include_str!("../../../assets/seeds/zhanaozen-2011.ru.txt");
        let report =
            crate::compare(crate::Input::text(lv), crate::Input::text(ru)).expect("compares");
        let text = report.links_csv();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().expect("header").len(), 11);
        let records: Vec<csv::StringRecord> =
            reader.records().map(|r| r.expect("valid CSV")).collect();
        assert_eq!(records.len(), report.links.len());
        for (record, link) in records.iter().zip(&report.links) {
            assert_eq!(record.len(), 11);
            let left: Vec<usize> = record[1]
                .split(' ')
                .map(|n| n.parse::<usize>().expect("a number") - 1)
                .collect();
            assert_eq!(left, link.left);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: f64, quantity: Quantity, unit: Option<&str>) -> Entity {
        Entity {
            id: 0,
            label: String::new(),
            kind: EntityKind::Number,
            value: Some(value),
            quantity: Some(quantity),
            unit: unit.map(str::to_string),
            approximate: false,
            mentions: Vec::new(),
            shared: false,
            by_reader: false,
        }
    }

    #[test]
    fn a_figure_reads_in_millions_only_where_no_digit_is_lost() {
        let budget = figure(4.97e12, Quantity::Money, Some("UAH"));
        assert_eq!(budget.readable(), "4.97 trillion UAH");
        let voters = figure(9_126_850.0, Quantity::People, None);
        assert_eq!(voters.readable(), "9 126 850");
        assert_eq!(figure(2e6, Quantity::People, None).readable(), "2 million");
        assert_eq!(
            figure(18.4, Quantity::Percent, Some("%")).readable(),
            "18.4%"
        );
    }

    #[test]
    fn an_age_told_by_a_year_of_birth_reads_as_one() {
        let born = Entity {
            label: "2012".into(),
            ..figure(2012.0, Quantity::Age, None)
        };
        assert_eq!(born.counted(), "born in 2012");
        let age = Entity {
            label: "24".into(),
            ..figure(24.0, Quantity::Age, None)
        };
        assert_eq!(age.counted(), "24 years old");
    }
}
