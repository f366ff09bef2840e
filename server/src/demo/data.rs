//! The fictional demo families: a family in Lelystad (two separated parents, one on a secret
//! address, a youth of 14 and a child of 9) in the raadsonderzoek phase, a family in Almere
//! under an OTS, and a family in Dronten with an upcoming Jeugdbeschermingstafel, so the
//! privacy between families can be tried. Dates are relative to today so the demo never goes
//! stale. Keys are the domain's stored keys; the seeder parses them (a test checks them all).

use time::{Date, Duration};

use app::domain::{FamilyRelation, ProfessionalRole};

/// The same date `years` earlier (28 February for a 29 February that does not exist),
/// then `days` further back.
pub(super) fn years_ago(today: Date, years: i32, days: i64) -> Date {
    let year = today.year() - years;
    let day = today.day().min(today.month().length(year));
    Date::from_calendar_date(year, today.month(), day).unwrap_or(today) - Duration::days(days)
}

pub(super) struct Org {
    pub(super) id: &'static str,
    pub(super) kind: &'static str,
    pub(super) name: &'static str,
    pub(super) phone: &'static str,
    pub(super) email: Option<&'static str>,
    pub(super) website: Option<&'static str>,
    pub(super) complaints_email: Option<&'static str>,
}

pub(super) struct Pro {
    pub(super) key: &'static str,
    pub(super) org: &'static str,
    pub(super) given: &'static str,
    pub(super) family: &'static str,
    pub(super) phone: &'static str,
    pub(super) email: &'static str,
    pub(super) days: &'static str,
}

pub(super) struct Member {
    pub(super) key: &'static str,
    pub(super) given: &'static str,
    pub(super) family: &'static str,
    pub(super) age_years: i32,
    pub(super) age_days: i64,
    pub(super) relation: FamilyRelation,
    pub(super) gezag: bool,
    pub(super) address: &'static str,
    pub(super) address_protected: bool,
    /// Empty: none. Shielded like the address when `contact_protected`.
    pub(super) phone: &'static str,
    pub(super) contact_protected: bool,
}

pub(super) struct Family {
    pub(super) family_name: &'static str,
    pub(super) municipality: &'static str,
    pub(super) phase: &'static str,
    pub(super) phase_days_ago: i64,
    pub(super) members: &'static [Member],
    pub(super) professionals: &'static [OnCase],
    pub(super) picture: Picture,
}

/// A professional on a case from `from` days ago until `until` days ago (None: still).
pub(super) struct OnCase {
    pub(super) key: &'static str,
    pub(super) role: ProfessionalRole,
    pub(super) vaste: bool,
    pub(super) from: i64,
    pub(super) until: Option<i64>,
    pub(super) reason: Option<&'static str>,
    pub(super) handover: Option<&'static str>,
}

const fn on_case(key: &'static str, role: ProfessionalRole, vaste: bool, from: i64) -> OnCase {
    OnCase {
        key,
        role,
        vaste,
        from,
        until: None,
        reason: None,
        handover: None,
    }
}

/// Dates are in days relative to today: negative is past, positive is future.
pub(super) struct Picture {
    /// (step kind, state, day, organisation)
    pub(super) steps: &'static [(&'static str, &'static str, i64, &'static str)],
    /// (decision kind, started, expected, decided)
    pub(super) decisions: &'static [(&'static str, Option<i64>, Option<i64>, Option<i64>)],
    /// (meeting kind, day, time, place, organisation, attendee keys)
    pub(super) meetings: &'static [(
        &'static str,
        i64,
        &'static str,
        &'static str,
        &'static str,
        &'static [&'static str],
    )],
    /// (document kind, day, organisation, status, react until)
    pub(super) documents: &'static [(&'static str, i64, &'static str, &'static str, Option<i64>)],
}

// Demo organisations have made-up contact details (.example); Veilig Thuis and Jeugdstem keep
// their real national numbers, because a family in the demo must never be sent to a wrong one.
pub(super) const ORGS: &[Org] = &[
    Org {
        id: "wijkteam-lelystad",
        kind: "wijkteam",
        name: "Wijkteam Lelystad",
        phone: "0320 000 100",
        email: Some("info@wijkteam-lelystad.example"),
        website: None,
        complaints_email: Some("klachten@lelystad.example"),
    },
    Org {
        id: "wijkteam-almere",
        kind: "wijkteam",
        name: "Wijkteam Almere",
        phone: "036 000 200",
        email: Some("info@wijkteam-almere.example"),
        website: None,
        complaints_email: Some("klachten@almere.example"),
    },
    Org {
        id: "save",
        kind: "gi",
        name: "SAVE Jeugdbescherming Flevoland",
        phone: "088 000 300",
        email: Some("flevoland@save.example"),
        website: None,
        complaints_email: Some("klachtencommissie@save.example"),
    },
    Org {
        id: "raad",
        kind: "raad",
        name: "Raad voor de Kinderbescherming, Lelystad",
        phone: "088 000 400",
        email: Some("lelystad@raad.example"),
        website: None,
        complaints_email: Some("klachten@raad.example"),
    },
    Org {
        id: "veilig-thuis",
        kind: "veilig-thuis",
        name: "Veilig Thuis Flevoland",
        phone: "0800 2000",
        email: None,
        website: None,
        complaints_email: Some("klachten@veiligthuis-flevoland.example"),
    },
    Org {
        id: "rechtbank",
        kind: "rechtbank",
        name: "Rechtbank Midden-Nederland, locatie Lelystad",
        phone: "088 000 500",
        email: None,
        website: None,
        complaints_email: Some("klachten@rechtbank.example"),
    },
    Org {
        id: "jeugdstem",
        kind: "jeugdstem",
        name: "Jeugdstem",
        phone: "088 555 1000",
        email: None,
        website: Some("https://www.jeugdstem.nl"),
        complaints_email: None,
    },
    Org {
        id: "wijkteam-dronten",
        kind: "wijkteam",
        name: "Wijkteam Dronten",
        phone: "0321 000 100",
        email: Some("info@wijkteam-dronten.example"),
        website: None,
        complaints_email: Some("klachten@dronten.example"),
    },
];

pub(super) const PROS: &[Pro] = &[
    Pro {
        key: "yara",
        org: "wijkteam-dronten",
        given: "Yara",
        family: "Bos",
        phone: "0321 000 101",
        email: "y.bos@wijkteam-dronten.example",
        days: "1,3,4",
    },
    Pro {
        key: "bram",
        org: "raad",
        given: "Bram",
        family: "Kok",
        phone: "088 000 402",
        email: "b.kok@raad.example",
        days: "2,3,5",
    },
    Pro {
        key: "kees",
        org: "wijkteam-lelystad",
        given: "Kees",
        family: "Visser",
        phone: "0320 000 102",
        email: "k.visser@wijkteam-lelystad.example",
        days: "1,2,3",
    },
    Pro {
        key: "fatima",
        org: "wijkteam-lelystad",
        given: "Fatima",
        family: "El Amrani",
        phone: "0320 000 101",
        email: "f.elamrani@wijkteam-lelystad.example",
        days: "1,2,4",
    },
    Pro {
        key: "joost",
        org: "save",
        given: "Joost",
        family: "Verhoeven",
        phone: "088 000 301",
        email: "j.verhoeven@save.example",
        days: "1,2,3,4,5",
    },
    Pro {
        key: "ingrid",
        org: "raad",
        given: "Ingrid",
        family: "Postma",
        phone: "088 000 401",
        email: "i.postma@raad.example",
        days: "2,3,4",
    },
    Pro {
        key: "rik",
        org: "save",
        given: "Rik",
        family: "de Boer",
        phone: "088 000 302",
        email: "r.deboer@save.example",
        days: "1,3,5",
    },
    Pro {
        key: "lotte",
        org: "wijkteam-almere",
        given: "Lotte",
        family: "Jansen",
        phone: "036 000 201",
        email: "l.jansen@wijkteam-almere.example",
        days: "2,4",
    },
];

/// An absence: whose, from and until how many days from today (both included), why, and the
/// colleague who takes over. Rik (the Yilmaz family's vaste professional) is on holiday now,
/// so the demo shows the card with the substitute.
pub(super) struct DemoAbsence {
    pub(super) key: &'static str,
    pub(super) from: i64,
    pub(super) until: i64,
    pub(super) reason: &'static str,
    pub(super) substitute: Option<&'static str>,
}

pub(super) const ABSENCES: &[DemoAbsence] = &[DemoAbsence {
    key: "rik",
    from: -2,
    until: 5,
    reason: "holiday",
    substitute: Some("joost"),
}];

pub(super) const FAMILIES: &[Family] = &[
    Family {
        family_name: "Bakker",
        municipality: "Lelystad",
        phase: "raadsonderzoek",
        phase_days_ago: 24,
        members: &[
            Member {
                key: "sanne",
                given: "Sanne",
                family: "de Vries",
                age_years: 38,
                age_days: 40,
                relation: FamilyRelation::Parent,
                gezag: true,
                address: "Geheim adres 1, Lelystad",
                address_protected: true,
                phone: "06 1111 2222",
                contact_protected: true,
            },
            Member {
                key: "mark",
                given: "Mark",
                family: "Bakker",
                age_years: 40,
                age_days: 120,
                relation: FamilyRelation::Parent,
                gezag: true,
                address: "Zuiderzeestraat 12, Lelystad",
                address_protected: false,
                phone: "06 3333 4444",
                contact_protected: false,
            },
            Member {
                key: "noor",
                given: "Noor",
                family: "Bakker",
                age_years: 14,
                age_days: 100,
                relation: FamilyRelation::Child,
                gezag: false,
                address: "",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
            Member {
                key: "daan",
                given: "Daan",
                family: "Bakker",
                age_years: 9,
                age_days: 30,
                relation: FamilyRelation::Child,
                gezag: false,
                address: "",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
        ],
        professionals: &[
            OnCase { key: "kees", role: ProfessionalRole::Wijkteammedewerker, vaste: true, from: 200, until: Some(30), reason: None, handover: None },
            OnCase {
                key: "fatima",
                role: ProfessionalRole::Wijkteammedewerker,
                vaste: true,
                from: 30,
                until: None,
                reason: Some("new-job"),
                handover: Some("Kees heeft mij alles over jullie gezin verteld. Ik weet dat Noor en Daan om de week bij hun vader zijn, dat er zorgen zijn over de ruzies en dat jullie een gezinsplan hebben. Ik kom graag snel langs om kennis te maken."),
            },
            on_case("joost", ProfessionalRole::Veiligheidsteamlid, false, 120),
            on_case("ingrid", ProfessionalRole::Raadsonderzoeker, false, 40),
        ],
        picture: Picture {
            steps: &[
                ("melding", "done", -200, "veilig-thuis"),
                ("veilig-thuis", "done", -198, "veilig-thuis"),
                ("wijkteam", "done", -180, "wijkteam-lelystad"),
                ("jeugdbeschermingstafel", "done", -40, "raad"),
                ("raadsonderzoek", "current", -24, "raad"),
                ("zitting", "expected", 60, "rechtbank"),
            ],
            decisions: &[
                ("jeugdhulp", Some(-40), None, Some(-20)),
                ("raadsbesluit", Some(-24), Some(35), None),
                ("ots", None, Some(60), None),
            ],
            meetings: &[
                ("gesprek", 5, "10:00", "Raad voor de Kinderbescherming, Stationsplein 5, Lelystad", "raad", &["ingrid", "sanne"]),
                ("gesprek", 8, "15:30", "Wijkteam Lelystad, Agorabaan 12, Lelystad", "raad", &["ingrid", "noor"]),
                ("zitting", 60, "09:30", "Rechtbank Midden-Nederland, locatie Lelystad", "rechtbank", &["ingrid", "fatima", "sanne", "mark", "noor"]),
            ],
            documents: &[
                ("gezinsplan", -150, "wijkteam-lelystad", "definitief", None),
                ("raadsrapport", -2, "raad", "concept", Some(12)),
            ],
        },
    },
    Family {
        family_name: "Yilmaz",
        municipality: "Almere",
        phase: "uitvoering",
        phase_days_ago: 61,
        members: &[
            Member {
                key: "elif",
                given: "Elif",
                family: "Yilmaz",
                age_years: 42,
                age_days: 10,
                relation: FamilyRelation::Parent,
                gezag: true,
                address: "Stadhuisplein 4, Almere",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
            Member {
                key: "emre",
                given: "Emre",
                family: "Yilmaz",
                age_years: 16,
                age_days: 50,
                relation: FamilyRelation::Child,
                gezag: false,
                address: "",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
        ],
        professionals: &[
            OnCase { key: "lotte", role: ProfessionalRole::Wijkteammedewerker, vaste: true, from: 200, until: Some(61), reason: None, handover: None },
            OnCase {
                key: "rik",
                role: ProfessionalRole::Jeugdbeschermer,
                vaste: true,
                from: 61,
                until: None,
                reason: Some("phase-change"),
                handover: Some("Lotte en ik hebben samen met jullie het plan doorgelopen. Lotte blijft betrokken voor de hulp thuis. Ik ben nu jullie vaste aanspreekpunt."),
            },
            on_case("lotte", ProfessionalRole::Wijkteammedewerker, false, 61),
        ],
        picture: Picture {
            steps: &[
                ("melding", "done", -330, "veilig-thuis"),
                ("veilig-thuis", "done", -325, "veilig-thuis"),
                ("wijkteam", "done", -300, "wijkteam-almere"),
                ("raadsonderzoek", "done", -150, "raad"),
                ("zitting", "done", -61, "rechtbank"),
                ("maatregel", "current", -61, "save"),
                ("evaluatie", "expected", 240, "save"),
            ],
            decisions: &[
                ("ots", None, None, Some(-61)),
                ("plan-van-aanpak", Some(-61), None, Some(-20)),
                // 8 days ago: its 2 weeks (moved to a working day) end within 8 days
                // whatever the weekday, before the plan's 10 days for a reaction.
                ("schriftelijke-aanwijzing", None, None, Some(-8)),
                ("verlenging", None, Some(290), None),
            ],
            meetings: &[
                ("evaluatie", 14, "14:00", "SAVE Jeugdbescherming, Almere", "save", &["rik", "lotte", "elif", "emre"]),
            ],
            documents: &[
                ("raadsrapport", -90, "raad", "definitief", None),
                ("beschikking", -61, "rechtbank", "definitief", None),
                ("plan-van-aanpak", -20, "save", "definitief", Some(10)),
            ],
        },
    },
    Family {
        family_name: "De Jong",
        municipality: "Dronten",
        phase: "jeugdbeschermingstafel",
        phase_days_ago: 10,
        members: &[
            Member {
                key: "anouk",
                given: "Anouk",
                family: "de Jong",
                age_years: 35,
                age_days: 80,
                relation: FamilyRelation::Parent,
                gezag: true,
                address: "Het Ruim 8, Dronten",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
            Member {
                key: "sem",
                given: "Sem",
                family: "de Jong",
                age_years: 12,
                age_days: 20,
                relation: FamilyRelation::Child,
                gezag: false,
                address: "",
                address_protected: false,
                phone: "",
                contact_protected: false,
            },
        ],
        professionals: &[
            on_case("yara", ProfessionalRole::Wijkteammedewerker, true, 150),
            on_case("bram", ProfessionalRole::Raadsonderzoeker, false, 10),
        ],
        picture: Picture {
            steps: &[
                ("melding", "done", -160, "veilig-thuis"),
                ("wijkteam", "done", -150, "wijkteam-dronten"),
                ("jeugdbeschermingstafel", "current", 6, "raad"),
                ("raadsonderzoek", "expected", 30, "raad"),
            ],
            decisions: &[("onderzoek-start", Some(-10), Some(6), None)],
            meetings: &[(
                "jeugdbeschermingstafel",
                6,
                "13:30",
                "Gemeentehuis Dronten, De Rede 1",
                "raad",
                &["bram", "yara", "anouk", "sem"],
            )],
            documents: &[("gezinsplan", -120, "wijkteam-dronten", "definitief", None)],
        },
    },
];

/// Who sees a demo meeting: a conversation is its attendees' own; a hearing, a
/// Jeugdbeschermingstafel and an evaluation are for the whole family.
pub(super) fn visibility(meeting_kind: &str) -> app::domain::policy::MeetingVisibility {
    use app::domain::policy::MeetingVisibility;
    if meeting_kind == "gesprek" {
        MeetingVisibility::Attendees
    } else {
        MeetingVisibility::Family
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn years_ago_handles_leap_days_and_extra_days() {
        assert_eq!(
            years_ago(date!(2028 - 02 - 29), 14, 0),
            date!(2014 - 02 - 28)
        );
        assert_eq!(
            years_ago(date!(2026 - 11 - 28), 14, 100),
            date!(2012 - 08 - 20)
        );
    }

    #[test]
    fn the_demo_family_is_as_promised() {
        let lelystad = &FAMILIES[0];
        assert_eq!(lelystad.municipality, "Lelystad");
        assert_eq!(lelystad.phase, "raadsonderzoek");
        let parents: Vec<_> = lelystad
            .members
            .iter()
            .filter(|m| m.relation == FamilyRelation::Parent)
            .collect();
        assert_eq!(parents.len(), 2);
        assert_eq!(parents.iter().filter(|p| p.address_protected).count(), 1);
        let ages: Vec<_> = lelystad
            .members
            .iter()
            .filter(|m| m.relation == FamilyRelation::Child)
            .map(|m| m.age_years)
            .collect();
        assert_eq!(ages, vec![14, 9]);
        let current: Vec<_> = lelystad
            .professionals
            .iter()
            .filter(|p| p.until.is_none())
            .map(|p| (p.key, p.role, p.vaste))
            .collect();
        assert!(current.contains(&("fatima", ProfessionalRole::Wijkteammedewerker, true)));
        assert!(current.contains(&("joost", ProfessionalRole::Veiligheidsteamlid, false)));
        assert!(current.contains(&("ingrid", ProfessionalRole::Raadsonderzoeker, false)));
    }

    #[test]
    fn every_demo_key_in_the_picture_exists() {
        use app::domain::decisions::DecisionKind;
        use app::domain::journey::{DocumentKind, MeetingKind, StepKind, StepState};
        for family in FAMILIES {
            let p = &family.picture;
            for (kind, state, _, org) in p.steps {
                assert!(
                    StepKind::from_key(kind).is_some() && StepState::from_key(state).is_some(),
                    "{kind} {state}"
                );
                assert!(ORGS.iter().any(|o| o.id == *org), "{org}");
            }
            for (kind, ..) in p.decisions {
                assert!(DecisionKind::from_key(kind).is_some(), "{kind}");
            }
            for (kind, _, _, _, org, attendees) in p.meetings {
                assert!(MeetingKind::from_key(kind).is_some(), "{kind}");
                assert!(ORGS.iter().any(|o| o.id == *org), "{org}");
                for a in *attendees {
                    assert!(
                        PROS.iter().any(|p| p.key == *a)
                            || family.members.iter().any(|m| m.key == *a),
                        "{a}"
                    );
                }
            }
            for (kind, _, org, status, _) in p.documents {
                assert!(DocumentKind::from_key(kind).is_some(), "{kind}");
                assert!(ORGS.iter().any(|o| o.id == *org), "{org}");
                assert!(["concept", "definitief"].contains(status));
            }
        }
    }
}
