//! Two stages of one process, told by the leads' verbs when no date does.
//!
//! Some stories come back as the steps of one procedure: a country is
//! elected to a council and, months later, takes its seat; a suspect is
//! detained and, a year later, sentenced; a bus crashes, and the driver is
//! charged, tried and acquitted. The two reports share every name
//! and often no date, yet a reader would not call them the same event. What
//! tells them apart is the verb of the lead: "ievēlēta" against "приступили
//! к мандату", "aizturēja" against "приговорил", a "likumprojekts" still to
//! be voted against a decision that "вступает в силу", a strike in which
//! teachers "piedalīsies" against one that "проходит" today.
//!
//! Each side's stages are read from its opening paragraphs (a headline and
//! the first two that say something). Two sides are at two moments when both
//! name stages of one procedure and no stage in common: a lead that tells
//! the arrest and the verdict agrees with either. Only perfective, reporting
//! forms count ("избран", not the general "избираемых").
//!
//! The table is written here from general knowledge of how Latvian, Russian
//! and English news phrase these steps; it is not drawn from any benchmark.

use crate::Document;

/// A step of a procedure as the news phrases it: a word beginning, and
/// optionally a second word beginning within the next four words.
struct Phrase {
    first: &'static [&'static str],
    then: &'static [&'static str],
}

/// A step of a procedure: its name for the reader, its phrases, and words
/// that, near a phrase, make it another step's.
struct Stage {
    procedure: &'static str,
    name: &'static str,
    phrases: &'static [Phrase],
    not_near: &'static [&'static str],
}

/// Words for this very day: a gathering "still to come" today is told on
/// its day ("Šodien, 5. martā, Rīgā notiks ... protesti").
const TODAY: &[&str] = &["šodien", "šorīt", "šovakar", "сегодня", "today"];

const fn word(first: &'static [&'static str]) -> Phrase {
    Phrase { first, then: &[] }
}

const fn pair(first: &'static [&'static str], then: &'static [&'static str]) -> Phrase {
    Phrase { first, then }
}

/// A verdict, in either procedure: "found guilty" as much as "sentenced".
const VERDICT: &[Phrase] = &[
    pair(&["atzīt", "atzin"], &["vainīg"]),
    pair(&["признан", "признал"], &["виновн"]),
    word(&[
        "piesprieda",
        "piespriest",
        "piespriež",
        "notiesāj",
        "notiesāt",
        "spriedum",
        "приговор",
        "осудил",
        "осужден",
        "осуждён",
        "оправдал",
        "оправдан",
        "sentenced",
        "convicted",
        "acquitted",
        "verdict",
    ]),
];

const STAGES: &[Stage] = &[
    Stage {
        procedure: "office",
        name: "the election",
        phrases: &[word(&[
            "ievēlē",
            "pārvēlē",
            "избран",
            "избрал",
            "переизбран",
            "переизбрал",
            "elected",
            "re-elected",
        ])],
        not_near: &[],
    },
    Stage {
        procedure: "office",
        name: "taking office",
        phrases: &[
            pair(&["stājās", "stājas", "stāsies", "stāties"], &["amatā"]),
            pair(&["deva", "nodeva", "dod", "nodod"], &["zvērest"]),
            pair(
                &["sāka", "sāk", "uzsāka", "uzsāk"],
                &["pilnvar", "pienākum"],
            ),
            pair(&["вступил", "вступа", "вступит"], &["должност", "полномоч"]),
            pair(
                &["приступил", "приступа", "приступит"],
                &["обязанност", "мандат", "полномоч"],
            ),
            pair(&["принес", "принёс", "принесл", "принима"], &["присяг"]),
            pair(&["took", "takes", "take"], &["office", "seat"]),
            pair(&["sworn"], &["in"]),
        ],
        not_near: &[],
    },
    Stage {
        procedure: "justice",
        name: "the arrest",
        phrases: &[word(&[
            "aizturēj",
            "aizturēt",
            "arestēj",
            "arestēt",
            "apcietināj",
            "задержан",
            "задержал",
            "арестова",
            "arrested",
            "detained",
        ])],
        not_near: &[],
    },
    Stage {
        procedure: "justice",
        name: "the verdict",
        phrases: VERDICT,
        not_near: &[],
    },
    Stage {
        procedure: "law",
        name: "a bill still to be passed",
        phrases: &[
            word(&["likumprojekt", "законопроект"]),
            pair(&["draft"], &["law"]),
        ],
        // (A bill passed in its final reading is a law: "приняли в
        // окончательном чтении законопроект".)
        not_near: &["galīgajā", "окончательном", "final"],
    },
    Stage {
        procedure: "law",
        name: "its coming into force",
        phrases: &[
            // (Not the future, "stāsies spēkā", "вступит в силу": a law
            // to come into force once proclaimed is told passed.)
            pair(&["stājas", "stājās", "stāties"], &["spēkā"]),
            pair(&["вступает", "вступил", "вступа"], &["силу"]),
            pair(
                &[
                    "takes", "took", "take", "comes", "came", "enters", "entered",
                ],
                &["effect", "force"],
            ),
        ],
        not_near: &[],
    },
    // A case from the deed to the court: the crash or fire itself, the
    // charges, the trial, the verdict. (The arrest is left out: a report of
    // the deed often tells only the arrest, the other only the deed.)
    Stage {
        procedure: "case",
        name: "the incident itself",
        phrases: &[
            word(&[
                "izcēlās",
                "avarēj",
                "sadūrās",
                "saduras",
                "погиб",
                "saskrēj",
                "apgāzās",
                "nogāzās",
                "sabruka",
                "iebruka",
                "eksplodēj",
                "uzsprāg",
                "вспыхнул",
                "загорел",
                "столкнул",
                "перевернул",
                "обрушил",
                "взорвал",
                "рухнул",
                "crashed",
                "collided",
                "exploded",
                "collapsed",
            ]),
            pair(&["попал", "попала", "попали"], &["дтп", "авари"]),
            // A plane or a car "разбился"; a plane "потерпел крушение".
            word(&["разбился", "разбилась", "разбились"]),
            pair(&["потерпел", "потерпела"], &["крушени"]),
            pair(
                &["notikusi", "notika", "notikuši"],
                &["apšaud", "sprādzien"],
            ),
            pair(&["apšaud", "sprādzien"], &["notikusi", "notika"]),
        ],
        not_near: &[],
    },
    Stage {
        procedure: "case",
        name: "what an inquiry found",
        phrases: &[
            pair(
                &["izmeklēšan"],
                &["secināt", "secinā", "konstatēt", "atklāj"],
            ),
            pair(&["расследовани"], &["установ", "выявил", "пришл"]),
            // (The cause made known, not any "стало известно".)
            pair(&["известн"], &["причин"]),
            // (A motive stated, not one still sought: "мотивом стрельбы
            // ... было самоубийство".)
            word(&["мотивом"]),
            pair(&["мотив"], &["был", "стал", "заключал"]),
            pair(&["motīv"], &["bija", "bijis", "bijusi", "esot"]),
            pair(&["inquiry", "investigation"], &["found", "concluded"]),
            // An investigators' preliminary report, and the cause it names.
            pair(&["предварительн"], &["отчет", "отчёт", "доклад"]),
            pair(&["назвал", "назвали", "назвало"], &["причин"]),
            pair(&["provizorisk", "sākotnēj"], &["ziņojum"]),
            pair(&["nosauc", "nosauca", "nosaukts", "nosaukta"], &["cēlon"]),
            pair(&["preliminary"], &["report"]),
        ],
        not_near: &[],
    },
    Stage {
        procedure: "case",
        name: "the charges",
        phrases: &[
            // (Not "the accused", whom a verdict's report names too.)
            word(&["apsūdzīb", "обвинени", "charged", "indicted"]),
            pair(&["nodev", "nosūtīj"], &["tiesai"]),
            pair(&["tiesai"], &["nodev", "nosūtīj"]),
            pair(&["направил", "направлен", "передал", "передан"], &["суд"]),
        ],
        not_near: &[],
    },
    Stage {
        procedure: "case",
        name: "the trial",
        phrases: &[
            word(&["apelācij", "iztiesā", "апелляц", "trial", "appeal"]),
            pair(
                &["skatīt", "skata", "skatīs", "skatīj"],
                &["lietu", "kriminālliet"],
            ),
            pair(&["tiesas"], &["sēd"]),
            pair(&["рассматрива", "рассмотр"], &["дел", "иск"]),
            pair(&["судебн"], &["заседан", "процесс"]),
            pair(&["заседани"], &["суда"]),
        ],
        not_near: &[],
    },
    Stage {
        procedure: "case",
        name: "the verdict",
        phrases: VERDICT,
        not_near: &[],
    },
    // A budget: drafted and discussed, then adopted.
    Stage {
        procedure: "budget",
        name: "a budget still being drafted",
        phrases: &[
            word(&["обсужда", "разрабатыва", "apspried", "apspriež", "izstrādā"]),
            pair(&["projekt"], &["budžet"]),
            pair(&["проект"], &["бюджет"]),
            pair(&["draft"], &["budget"]),
        ],
        not_near: &[],
    },
    Stage {
        procedure: "budget",
        name: "its adoption",
        phrases: &[
            pair(&["apstiprināj", "pieņēm"], &["budžet"]),
            pair(&["budžet"], &["apstiprināj", "pieņēm"]),
            pair(
                &[
                    "утвердил",
                    "утвердила",
                    "утвердили",
                    "принял",
                    "приняла",
                    "приняли",
                ],
                &["бюджет"],
            ),
            pair(&["adopted", "approved", "passed"], &["budget"]),
        ],
        not_near: &[],
    },
    // An award: its nominees announced, then its winners.
    Stage {
        procedure: "award",
        name: "the nominations",
        phrases: &[word(&[
            "nominant",
            "nominēt",
            "nominēj",
            "номинант",
            "номинирова",
            "nominees",
            "nominated",
            "shortlist",
        ])],
        not_near: &[],
    },
    Stage {
        procedure: "award",
        name: "the award",
        phrases: &[
            word(&[
                "apbalvošan",
                "laureāt",
                "лауреат",
                "награжден",
                "награждён",
                "вручени",
                "вручил",
                "вручен",
                "winners",
            ]),
            pair(&["piešķīr", "piešķirt", "pasniedz", "pasniedza"], &["balv"]),
            pair(&["balv"], &["piešķirt", "piešķīr", "pasniegt", "saņēm"]),
            pair(
                &["получил", "получила", "получили", "присужд"],
                &["преми", "наград"],
            ),
            pair(&["won", "awarded", "received"], &["award", "prize"]),
        ],
        not_near: &[],
    },
    // A strike, a protest, a march: announced, then held.
    Stage {
        procedure: "gathering",
        name: "what is still to come",
        // (Said to be ahead: "nākamajā nedēļā paredzētajā streikā", not
        // any future tense, which a report of the day uses too.)
        phrases: &[
            word(&[
                "paredzētaj",
                "gaidāmaj",
                "rītdien",
                "parītdien",
                "завтра",
                "послезавтра",
                "предстоящ",
                "tomorrow",
                "upcoming",
            ]),
            pair(&["nākamaj", "nākošaj"], &["nedēļ", "mēnes"]),
            pair(&["следующ", "будущ"], &["недел", "месяц"]),
            pair(&["next"], &["week", "month"]),
        ],
        not_near: TODAY,
    },
    Stage {
        procedure: "gathering",
        name: "its day",
        phrases: &[
            word(&[
                "notiek",
                "norisinās",
                "piedalās",
                "piedalījās",
                "pulcējās",
                "проходит",
                "прошла",
                "прошел",
                "прошёл",
                "состоялась",
                "состоялся",
                "собрала",
                "собрал",
            ]),
            pair(&["принимают", "приняли"], &["участие"]),
            pair(&["took"], &["place", "part"]),
            pair(&["gathered"], &[]),
        ],
        not_near: &[],
    },
    // Weather, a harvest, the economy: forecast, then measured. (The
    // forecaster's own verb, not any future tense: "вероятны новые
    // рекорды, прогнозируют синоптики" against "превышен прежний рекорд".)
    Stage {
        procedure: "measurement",
        name: "a forecast",
        phrases: &[word(&[
            "prognozē",
            "prognozēj",
            "прогнозиру",
            "прогнозир",
            "forecasts",
            "forecast",
        ])],
        not_near: &[],
    },
    Stage {
        procedure: "measurement",
        name: "what was measured",
        phrases: &[
            word(&[
                "pārspēts",
                "pārspēta",
                "pārspēti",
                "fiksēt",
                "reģistrēt",
                "izmērīt",
                "превышен",
                "побит",
                "зафиксирова",
                "зарегистрирова",
                "измерен",
                "recorded",
                "measured",
            ]),
            pair(&["установлен", "установлены"], &["рекорд"]),
            pair(&["rekord"], &["labots", "laboti", "pārspēts"]),
        ],
        not_near: &[],
    },
];

/// The opening paragraphs that say something: up to three of four words or more.
fn lead(doc: &Document) -> Vec<String> {
    doc.paragraphs
        .iter()
        .filter_map(|p| doc.text.get(p.start..p.end))
        .filter(|t| t.split_whitespace().count() >= 4)
        .take(3)
        .flat_map(|t| {
            t.split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The stages (indices into [`STAGES`]) a side's lead tells.
fn stages(doc: &Document) -> Vec<usize> {
    let words = lead(doc);
    let starts = |w: &str, set: &[&str]| set.iter().any(|s| w.starts_with(s));
    STAGES
        .iter()
        .enumerate()
        .filter(|(_, stage)| {
            stage.phrases.iter().any(|p| {
                words.iter().enumerate().any(|(i, w)| {
                    // "экипаж не задержан": a step denied is not told; nor
                    // one only possible or to come ("могут быть побиты
                    // рекорды", "var tikt pārspēts", "will be sentenced").
                    let denied = i.checked_sub(1).is_some_and(|k| {
                        matches!(
                            words[k].as_str(),
                            "не" | "nav"
                                | "netika"
                                | "not"
                                | "быть"
                                | "будет"
                                | "будут"
                                | "tikt"
                                | "būs"
                                | "be"
                        )
                    });
                    // ("Šodien paredzētajā streikā": to come, but today.)
                    let near = || {
                        words[i.saturating_sub(8)..(i + 8).min(words.len())]
                            .iter()
                            .any(|x| stage.not_near.contains(&x.as_str()))
                    };
                    !denied
                        && starts(w, p.first)
                        && (p.then.is_empty()
                            || words.iter().skip(i + 1).take(4).any(|n| starts(n, p.then)))
                        && !near()
                })
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// What places the two leads at two steps of one procedure, in words; empty
/// when nothing does.
pub(super) fn apart(left: &Document, right: &Document) -> Vec<String> {
    let (l, r) = (stages(left), stages(right));
    let mut why = Vec::new();
    // The table lists each procedure's steps together.
    let mut procedures: Vec<&str> = STAGES.iter().map(|s| s.procedure).collect();
    procedures.dedup();
    for procedure in procedures {
        let of = |s: &[usize]| -> Vec<usize> {
            s.iter()
                .copied()
                .filter(|&i| STAGES[i].procedure == procedure)
                .collect()
        };
        let (a, b) = (of(&l), of(&r));
        if a.is_empty() || b.is_empty() || a.iter().any(|i| b.contains(i)) {
            continue;
        }
        let names = |s: &[usize]| {
            s.iter()
                .map(|&i| STAGES[i].name)
                .collect::<Vec<_>>()
                .join(" and ")
        };
        why.push(format!(
            "the left reports {} and the right {}, two steps of one procedure",
            names(&a),
            names(&b)
        ));
    }
    why
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        crate::read(crate::Input::text(text)).unwrap()
    }

    #[test]
    fn an_election_and_the_start_of_the_term_are_two_steps() {
        let left = doc(
            "Latvija pārstāvēs reģionu padomē\n\nLatvija ar 178 balsīm ievēlēta padomē uz diviem gadiem.",
        );
        let right = doc(
            "Пять стран займут место в совете\n\nЛатвия и Либерия приступили к двухлетнему мандату в совете.",
        );
        let why = apart(&left, &right);
        assert_eq!(why.len(), 1, "{why:?}");
        assert!(why[0].contains("the election") && why[0].contains("taking office"));
    }

    #[test]
    fn a_crash_and_the_investigators_preliminary_report_are_two_steps() {
        let crash = doc("В Индии разбился пассажирский самолет с 242 людьми на борту.");
        let report = doc(
            "В Индии назвали причину крушения Boeing\n\nБюро расследований выпустило \
             предварительный отчет о крушении самолета.",
        );
        let why = apart(&crash, &report);
        assert_eq!(why.len(), 1, "{why:?}");
        assert!(why[0].contains("the incident itself") && why[0].contains("what an inquiry found"));
        // Two reports of the crash are one step.
        let again = doc("Пассажирский самолет потерпел крушение вскоре после взлета.");
        assert!(apart(&crash, &again).is_empty());
    }

    #[test]
    fn a_forecast_and_the_measurement_are_two_steps() {
        let forecast = doc(
            "В четверг станет еще теплее\n\nВ четверг могут быть побиты рекорды тепла для \
             этого дня, прогнозируют синоптики.",
        );
        let measured = doc(
            "В четверг превышен прежний рекорд тепла для 28 сентября, сообщает центр \
             метеорологии.",
        );
        let why = apart(&forecast, &measured);
        assert_eq!(why.len(), 1, "{why:?}");
        assert!(why[0].contains("a forecast") && why[0].contains("what was measured"));
        // Two reports of the record are one step.
        let again = doc("Ceturtdien pārspēts 28. septembra siltuma rekords Latvijā.");
        assert!(apart(&measured, &again).is_empty());
    }

    #[test]
    fn a_lead_telling_both_steps_agrees_with_either() {
        let left =
            doc("Tiesa piesprieda desmit gadus vīrietim, kuru policija aizturēja pagājušajā gadā.");
        let arrest = doc("Полиция задержала мужчину по подозрению в убийстве соседа.");
        let verdict =
            doc("Суд приговорил мужчину к десяти годам заключения, его брат не задержан.");
        assert!(apart(&left, &arrest).is_empty());
        assert!(apart(&left, &verdict).is_empty());
        assert_eq!(apart(&arrest, &verdict).len(), 1);
    }

    #[test]
    fn the_deed_the_charges_the_trial_and_the_verdict_are_steps_of_a_case() {
        let crash =
            doc("Автобус Рига — Санкт-Петербург попал в ДТП в Эстонии, пострадали 12 человек.");
        let charges = doc("Prokurors tiesai nodevis krimināllietu pret autobusa vadītāju.");
        let trial = doc(
            "Rīgas pilsētas tiesā jau astoņus gadus tiek skatīta krimināllieta par ugunsgrēku.",
        );
        let verdict = doc("Рижский городской суд оправдал обвиняемых по делу о пожаре.");
        let guilty = doc("Tiesa vīrieti atzina par vainīgu un piesprieda desmit mēnešus.");
        assert_eq!(apart(&crash, &charges).len(), 1);
        assert_eq!(apart(&trial, &verdict).len(), 1);
        // Two reports of one verdict, one told as "found guilty", are one step;
        // "the accused" in a verdict's report is no charge.
        let found_guilty = doc("Обвиняемый признан виновным, суд приговорил его к году.");
        assert!(apart(&guilty, &found_guilty).is_empty());
        assert!(apart(&verdict, &found_guilty).is_empty());
    }

    #[test]
    fn what_an_inquiry_found_is_a_later_step_than_the_deed() {
        let deed = doc("Rīgas stacijā saduras vilciens un drezīna, cietušo nav.");
        let cause = doc("Стала известна причина столкновения дрезины и поезда на Рижском вокзале.");
        let same_day = doc("Как стало известно, на Рижском вокзале столкнулись поезд и дрезина.");
        assert_eq!(apart(&deed, &cause).len(), 1);
        assert!(apart(&deed, &same_day).is_empty());
    }

    #[test]
    fn the_nominees_and_the_winners_of_an_award_are_two_steps() {
        let nominees = doc("Izziņoti kino balvas nominanti.\n\n\
                            Visvairāk nomināciju ieguvusi filma Lotus.");
        let winners = doc("Aizvadīta kino balvas apbalvošanas ceremonija.\n\n\
                           Balva piešķirta filmai Lotus.");
        assert_eq!(apart(&nominees, &winners).len(), 1);
        // A report of the winners that recalls the nominations is either.
        let both =
            doc("Aizvadīta apbalvošanas ceremonija. Filma bija nominēta piecās kategorijās.");
        assert!(apart(&nominees, &both).is_empty());
    }

    #[test]
    fn a_bill_and_a_law_in_force_are_two_steps() {
        let bill = doc("Valdība nolēma sagatavot likumprojektu par izstāšanos no konvencijas.");
        let in_force = doc("Сегодня вступает в силу решение о выходе из конвенции.");
        let both = doc("Likums, ko Saeima pieņēma kā likumprojektu martā, šodien stājas spēkā.");
        assert_eq!(apart(&bill, &in_force).len(), 1);
        assert!(apart(&both, &in_force).is_empty());
        assert!(apart(&both, &bill).is_empty());
        // A law passed in its final reading, to come into force once
        // proclaimed, is one step told twice.
        let passed = doc("Saeima galīgajā lasījumā pieņēma likumu. Ja prezidents to izsludinās, tas stāsies spēkā nākamajā dienā.");
        let final_reading =
            doc("Депутаты Сейма приняли в окончательном чтении законопроект о роспуске думы.");
        assert!(apart(&passed, &final_reading).is_empty());
    }

    #[test]
    fn a_general_statement_of_how_members_are_elected_is_no_step() {
        let left = doc("Latvija ievēlēta padomē uz diviem gadiem, paziņoja ministrs.");
        let right = doc(
            "Латвия приступила к мандату в совете, где десять непостоянных членов, избираемых Генеральной Ассамблеей.",
        );
        assert_eq!(apart(&left, &right).len(), 1);
    }
}
