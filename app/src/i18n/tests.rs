//! The languages: every locale complete, every id used exists, negotiation, dates, digits.

use super::*;
use std::collections::BTreeSet;

fn ids(lang: &str, sources: &[(&str, &str)]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, source) in sources {
        let res = FluentResource::try_new((*source).to_string())
            .unwrap_or_else(|(_, errs)| panic!("{lang}: syntax errors {errs:?}"));
        for entry in res.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.insert(m.id.name.to_string());
            }
        }
    }
    out
}

#[test]
fn every_locale_parses_and_has_exactly_the_dutch_ids() {
    let nl = ids("nl", LOCALES[0].sources);
    assert_eq!(
        LOCALES[0].code, "nl",
        "Dutch is the source language and comes first"
    );
    for locale in &LOCALES[1..] {
        let other = ids(locale.code, locale.sources);
        let missing: Vec<_> = nl.difference(&other).collect();
        let extra: Vec<_> = other.difference(&nl).collect();
        assert!(
            missing.is_empty(),
            "missing in {}: {missing:?}",
            locale.code
        );
        assert!(extra.is_empty(), "only in {}: {extra:?}", locale.code);
    }
    assert_eq!(Lang::all().count(), LOCALES.len());
    let codes: BTreeSet<_> = LOCALES.iter().map(|l| l.code).collect();
    assert_eq!(codes.len(), LOCALES.len(), "one entry per language");
}

#[test]
fn accepted_wording_is_shown_instead_of_the_shipped_text_and_falls_through_when_absent() {
    let translator = Translator::new(LOCALES);
    let shipped = translator.translate(Lang::NL, "site-name", None);
    let wording = Wording::default();
    let (overrides, refused) =
        FtlOverrides::from_messages([(Lang::NL, "site-name", "Helder (nieuw)")]);
    assert_eq!(refused, 0);
    wording.replace(wording::WordingState {
        overrides,
        reviewed: vec![],
    });
    assert_eq!(
        translator.translate_with(Some(&wording), Lang::NL, "site-name", None),
        "Helder (nieuw)"
    );
    // English has no accepted wording: its shipped text stays.
    assert_eq!(
        translator.translate_with(Some(&wording), Lang::EN, "site-name", None),
        translator.translate(Lang::EN, "site-name", None)
    );
    // Another instance (its own Wording) and the shipped text are untouched.
    assert_eq!(
        translator.translate_with(Some(&Wording::default()), Lang::NL, "site-name", None),
        shipped
    );
    assert!(FtlOverrides::parse(&[(Lang::NL, "site-name = { $")]).is_err());
    let (_, refused) = FtlOverrides::from_messages([(Lang::NL, "site-name", "{ $")]);
    assert_eq!(refused, 1);
}

#[test]
fn a_multi_line_pattern_keeps_its_lines_and_selectors() {
    let pattern = "{ $count ->\n    [one] Eén dag\n   *[other] { $count } dagen\n}";
    let source = wording::entry_source("x", pattern);
    let (overrides, refused) = FtlOverrides::from_messages([(Lang::NL, "x", pattern)]);
    assert_eq!(refused, 0, "{source}");
    let mut args = FluentArgs::new();
    args.set("count", 3);
    assert_eq!(
        overrides.format(Lang::NL, "x", Some(&args)).as_deref(),
        Some("3 dagen")
    );
}

#[test]
fn isolation_marks_follow_the_language() {
    static RTL: &[Locale] = &[Locale {
        code: "ar",
        direction: Direction::Rtl,
        digits: Digits::ArabicIndic,
        isolate: true,
        sources: &[("common", "greeting = مرحبا { $name } ({ $count })")],
    }];
    let rtl = Translator::new(RTL);
    let mut args = FluentArgs::new();
    args.set("name", "Noor");
    args.set("count", 2026);
    assert_eq!(
        rtl.translate(Lang(0), "greeting", Some(&args)),
        "مرحبا \u{2068}Noor\u{2069} (\u{2068}٢٠٢٦\u{2069})"
    );
    let mut args = FluentArgs::new();
    args.set("name", "Noor");
    assert_eq!(
        translate(Lang::NL, "overview-greeting-family", Some(&args)).contains('\u{2068}'),
        false
    );
    assert_eq!(Lang::NL.direction().attr(), "ltr");
}

#[test]
fn every_id_used_in_the_code_exists() {
    let nl = ids("nl", LOCALES[0].sources);
    let mut missing = vec![];
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    for used in ids_in_source(std::path::Path::new(src)) {
        if !nl.contains(&used) {
            missing.push(used);
        }
    }
    assert!(
        missing.is_empty(),
        "ids used in code but not in locales/nl: {missing:?}"
    );
}

/// Literal ids passed to `t("…")` / `t_args("…", …)` anywhere under `dir`.
fn ids_in_source(dir: &std::path::Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(ids_in_source(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("read file");
            for marker in ["t(\"", "t_args(\""] {
                for (i, _) in text.match_indices(marker) {
                    let prev = text[..i].chars().last().unwrap_or(' ');
                    if prev.is_alphanumeric() || prev == '_' {
                        continue;
                    }
                    let rest = &text[i + marker.len()..];
                    if let Some(end) = rest.find('"') {
                        let id = &rest[..end];
                        if !id.is_empty()
                            && id
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        {
                            out.insert(id.to_string());
                        }
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_domain_key_has_a_translation() {
    use crate::domain::*;
    let nl = ids("nl", LOCALES[0].sources);
    let mut wanted = vec![];
    for p in Phase::ALL {
        wanted.push(format!("phase-{}", p.key()));
        wanted.push(format!("phase-{}-now", p.key()));
    }
    for r in ProfessionalRole::ALL {
        wanted.push(format!("role-{}", r.key()));
        wanted.push(format!("role-{}-does", r.key()));
    }
    for o in OrganisationKind::ALL {
        wanted.push(format!("organisation-kind-{}", o.key()));
    }
    for m in 1..=12 {
        wanted.push(format!("month-{m}"));
    }
    for d in 1..=7 {
        wanted.push(format!("weekday-{d}"));
    }
    use crate::domain::{deadlines, decisions, journey, powers, rights};
    for phase in Phase::ALL {
        for role in ProfessionalRole::ALL {
            let card = powers::powers(role, phase);
            wanted.extend(card.may.iter().map(|p| format!("power-{}", p.key())));
            wanted.extend(
                card.may_not
                    .iter()
                    .map(|(p, _)| format!("power-{}", p.key())),
            );
        }
    }
    for d in powers::Decider::ALL {
        wanted.push(format!("decider-{}", d.key()));
        wanted.push(format!("maker-{}", d.key()));
    }
    for r in rights::Right::ALL {
        wanted.push(format!("right-{}", r.key()));
        wanted.push(format!("right-{}-how", r.key()));
        wanted.push(format!("contact-{}", r.contact().key()));
        wanted.push(format!("contact-{}-link", r.contact().key()));
    }
    for k in deadlines::DeadlineKind::ALL {
        wanted.push(format!("deadline-{}", k.key()));
    }
    for k in decisions::DecisionKind::ALL {
        wanted.push(format!("decision-{}", k.key()));
        wanted.push(format!("decision-{}-decided", k.key()));
        wanted.push(format!("maker-{}", k.decider().key()));
        wanted.extend(
            k.before()
                .iter()
                .chain(k.after().iter())
                .map(|s| format!("step-action-{}", s.key())),
        );
    }
    for k in journey::StepKind::ALL {
        wanted.push(format!("step-{}", k.key()));
    }
    for k in journey::MeetingKind::ALL {
        wanted.push(format!("meeting-{}", k.key()));
        wanted.push(format!("meeting-expect-{}", k.key()));
    }
    for k in journey::DocumentKind::ALL {
        wanted.push(format!("document-{}", k.key()));
    }
    for o in OrganisationKind::ALL {
        wanted.push(format!("complaint-how-{}", o.key()));
    }
    for t in journey::GLOSSARY {
        for suffix in ["", "-forms", "-explained"] {
            wanted.push(format!("term-{t}{suffix}"));
        }
    }
    for reason in ["new-job", "phase-change", "family-request", "leave"] {
        wanted.push(format!("change-reason-{reason}"));
    }
    for reason in crate::domain::team::ChangeReason::ALL {
        wanted.push(format!("change-reason-{}", reason.key()));
    }
    for kind in crate::domain::DataKind::ALL {
        wanted.push(format!("access-data-{}", kind.key()));
    }
    for reason in crate::domain::absence::AbsenceReason::ALL {
        wanted.push(format!("absence-reason-{}", reason.key()));
    }
    for page in crate::domain::case_pages::CasePage::ALL {
        wanted.push(format!("nav-{}", page.key()));
        wanted.push(format!("nav-{}-professional", page.key()));
    }
    // Case pages in a professional's words (`pages::case::for_viewer`).
    for page in [
        "help",
        "powers",
        "changes",
        "messages",
        "rights",
        "timeline",
        "meetings",
        "family",
        "documents",
        "decisions",
    ] {
        wanted.push(format!("{page}-title-professional"));
        wanted.push(format!("{page}-lead-professional"));
    }
    for e in [
        "error-not-found-text",
        "error-not-signed-in-text",
        "error-internal-text",
        "error-invalid-text",
    ] {
        wanted.push(e.to_string());
    }
    let missing: Vec<_> = wanted.into_iter().filter(|w| !nl.contains(w)).collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
}

#[test]
fn the_stylesheet_uses_logical_sides_so_a_right_to_left_page_mirrors() {
    let css = include_str!("../../../style/main.css");
    let physical: Vec<_> = css
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("/*"))
        .filter(|(_, line)| {
            let l = line.to_ascii_lowercase();
            [
                "-left", "-right", " left:", " right:", "{left:", "{right:", ";left:", ";right:",
            ]
            .iter()
            .any(|p| l.contains(p))
                || l.trim_start().starts_with("left:")
                || l.trim_start().starts_with("right:")
                || l.contains("text-align: left")
                || l.contains("text-align: right")
                || l.contains("float: left")
                || l.contains("float: right")
        })
        .map(|(n, line)| format!("{}: {}", n + 1, line.trim()))
        .collect();
    assert!(
        physical.is_empty(),
        "physical sides in style/main.css: {physical:#?}"
    );
}

#[test]
fn cookie_wins_over_accept_language() {
    assert_eq!(
        Lang::negotiate(Some("en"), Some("nl-NL,nl;q=0.9")),
        Lang::EN
    );
    assert_eq!(Lang::negotiate(Some("nl"), Some("en-GB")), Lang::NL);
}

#[test]
fn accept_language_is_read_by_quality() {
    assert_eq!(
        Lang::negotiate(None, Some("de-DE,en;q=0.8,nl;q=0.5")),
        Lang::EN
    );
    assert_eq!(
        Lang::negotiate(None, Some("en;q=0.3, nl-BE;q=0.7")),
        Lang::NL
    );
    assert_eq!(Lang::negotiate(None, Some("en-US")), Lang::EN);
}

#[test]
fn unknown_or_garbage_language_falls_back_to_dutch() {
    assert_eq!(Lang::negotiate(Some("xx"), Some("fr, de;q=abc")), Lang::NL);
    assert_eq!(Lang::negotiate(None, None), Lang::NL);
    assert_eq!(Lang::negotiate(None, Some(";;,,q=")), Lang::NL);
    assert_eq!(Lang::negotiate(None, Some("en;q=0")), Lang::NL);
}

#[test]
fn dates_are_written_out_in_the_language() {
    use time::macros::date;
    assert_eq!(format_date(Lang::NL, date!(2026 - 06 - 15)), "15 juni 2026");
    assert_eq!(format_date(Lang::EN, date!(2026 - 06 - 15)), "15 June 2026");
    assert_eq!(
        format_date(Lang::AR, date!(2026 - 06 - 15)).replace(['\u{2068}', '\u{2069}'], ""),
        "١٥ يونيو ٢٠٢٦"
    );
    assert_eq!(
        format_date(Lang::TR, date!(2026 - 06 - 15)),
        "15 Haziran 2026"
    );
    assert_eq!(
        format_date(Lang::PL, date!(2026 - 06 - 15)),
        "15 czerwca 2026"
    );
}

#[test]
fn plural_forms_follow_each_language() {
    // Polish has one, few and many; Arabic has six forms. Fluent picks them by CLDR's rules.
    let forms = |lang: Lang, n: i64| {
        let mut args = FluentArgs::new();
        args.set("count", n);
        translate(lang, "review-open-suggestions", Some(&args))
    };
    assert_eq!(forms(Lang::PL, 2), "2 propozycje");
    assert_eq!(forms(Lang::PL, 5), "5 propozycji");
    assert_eq!(forms(Lang::PL, 1), "1 propozycja");
    assert_eq!(forms(Lang::AR, 2), "اقتراحان");
    assert_eq!(
        forms(Lang::AR, 3).replace(['\u{2068}', '\u{2069}'], ""),
        "٣ اقتراحات"
    );
    assert_eq!(forms(Lang::TR, 3), "3 öneri");
    assert_eq!(to_arabic_indic("12.5"), "١٢٫٥");
}
