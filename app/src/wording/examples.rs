//! A message as a family reads it: filled in with example values, once for each form it can
//! take (each reader of a `$audience` choice, each plural form of the language).

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use time::macros::date;

use super::shape::{self, Selector};
use crate::i18n::{format_date, translate, translator, wording::entry_source, Lang};

/// One form of a message: the choices that make it (`("audience", "child")`) and the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendering {
    pub choices: Vec<(String, String)>,
    pub text: String,
}

/// No message has more forms than a reviewer can read in one go.
const MAX_RENDERINGS: usize = 24;

/// The example value of a variable in `lang`. Every variable a Dutch message uses has one
/// (a test checks); anything else shows as `{ $name }`.
pub fn example(lang: Lang, message: &str, variable: &str) -> FluentValue<'static> {
    let date = |d| FluentValue::from(format_date(lang, d));
    let text = |id: &str| FluentValue::from(translate(lang, id, None));
    match variable {
        "date" | "last" | "until" if message.starts_with("reach-") => "17:00".into(),
        "date" => date(date!(2026 - 12 - 15)),
        "first" if message == "list-and" => "Fatima El Amrani".into(),
        "last" if message == "list-and" => "Joost Verhoeven".into(),
        "first" | "from" if message.starts_with("reach-") => "9:00".into(),
        "first" | "from" => date(date!(2026 - 12 - 7)),
        "last" | "until" => date(date!(2026 - 12 - 18)),
        "back" => date(date!(2026 - 12 - 21)),
        "day" => 15.into(),
        "month" => text("month-6"),
        "year" => 2026.into(),
        "time" => "10:00".into(),
        "name" => "Fatima El Amrani".into(),
        "others" => "Joost Verhoeven".into(),
        "family" => "Bakker".into(),
        "families" => "Bakker, De Jong".into(),
        "municipality" => "Lelystad".into(),
        "place" => "Stationsplein 5, Lelystad".into(),
        "organisation" => "Wijkteam Lelystad".into(),
        "role" => text("role-jeugdbeschermer"),
        "phase" => text("phase-raadsonderzoek"),
        "decision" => text("decision-ots"),
        "deadline" => text("deadline-hoger-beroep"),
        "document" => text("document-raadsrapport"),
        "what" => text("access-data-overview"),
        "days" => FluentValue::from(format!(
            "{}, {}",
            translate(lang, "weekday-1", None),
            translate(lang, "weekday-2", None)
        )),
        "device" => "Telefoon".into(),
        "browser" => "Chrome".into(),
        "system" => "Android".into(),
        "url" => "https://helder.example/activeren".into(),
        "detail" => "Expected token: \"}\"".into(),
        "expected" => "$audience → [child] [*other]".into(),
        "count" | "waiting" | "minutes" | "weeks" => 3.into(),
        "age" => 14.into(),
        "step" => 3.into(),
        "total" => 7.into(),
        "size" => 240.into(),
        "max" => 2000.into(),
        "audience" => "other".into(),
        "state" => "none".into(),
        "language" => text("language-name"),
        "file" => "rights.ftl".into(),
        "id" => "site-name".into(),
        "status" => text("review-status-approved"),
        "value" => "1".into(),
        "organisation_name" => "Wijkteam Lelystad".into(),
        "words" => "ondertoezichtstelling".into(),
        "approved" | "failing" | "passive" | "nominal" => 12.into(),
        "percent" => 40.into(),
        "longest" => 18.into(),
        "score" => 64.into(),
        _ => FluentValue::from(format!("{{ ${variable} }}")),
    }
}

/// Variables that have an example of their own (not the `{ $name }` fallback).
pub fn has_example(variable: &str) -> bool {
    !matches!(example(Lang::NL, "", variable), FluentValue::String(s) if s.starts_with("{ $"))
}

/// The number that takes `category` in `lang`, for showing a plural form.
fn number_for(lang: Lang, key: &str) -> Option<f64> {
    if let Ok(n) = key.parse::<f64>() {
        return Some(n);
    }
    let category = match key {
        "zero" => PluralCategory::ZERO,
        "one" => PluralCategory::ONE,
        "two" => PluralCategory::TWO,
        "few" => PluralCategory::FEW,
        "many" => PluralCategory::MANY,
        "other" => PluralCategory::OTHER,
        _ => return None,
    };
    let rules = PluralRules::create(
        lang.code()
            .parse::<unic_langid::LanguageIdentifier>()
            .ok()?,
        PluralRuleType::CARDINAL,
    )
    .ok()?;
    // Small numbers first: they read most naturally. A fraction for the forms some languages
    // keep for fractions only (Polish "other").
    [
        3.0, 1.0, 2.0, 5.0, 0.0, 7.0, 11.0, 21.0, 100.0, 101.0, 102.0, 1.5,
    ]
    .into_iter()
    .chain((0..200).map(f64::from))
    .find(|n| rules.select(*n).is_ok_and(|c| c == category))
}

fn is_plural(selector: &Selector) -> bool {
    selector.plain_keys().all(|k| {
        k.parse::<f64>().is_ok() || ["zero", "one", "two", "few", "many", "other"].contains(&k)
    }) || selector.on.starts_with("NUMBER(")
}

/// Each form of message `id` whose text is `source`, in `lang`.
pub fn renderings(lang: Lang, id: &str, source: &str) -> Result<Vec<Rendering>, Vec<String>> {
    let pattern = shape::parse(id, source)?;
    let shape = shape::shape_of(&pattern);
    // The choices: one list of (variable, value) per selector on a variable.
    let mut axes: Vec<Vec<(String, FluentValue<'static>, String)>> = vec![];
    for selector in &shape.selectors {
        let Some(variable) = &selector.variable else {
            continue;
        };
        if axes
            .iter()
            .any(|a| a.first().is_some_and(|(v, _, _)| v == variable))
        {
            continue;
        }
        let plural = is_plural(selector);
        let axis: Vec<_> = selector
            .plain_keys()
            .filter_map(|key| {
                if plural {
                    number_for(lang, key)
                        .map(|n| (variable.clone(), FluentValue::from(n), key.to_string()))
                } else {
                    Some((
                        variable.clone(),
                        FluentValue::from(key.to_string()),
                        key.to_string(),
                    ))
                }
            })
            .collect();
        if !axis.is_empty() {
            axes.push(axis);
        }
    }
    let mut combinations: Vec<Vec<(String, FluentValue<'static>, String)>> = vec![vec![]];
    for axis in &axes {
        let mut next = vec![];
        for combination in &combinations {
            for choice in axis {
                let mut c = combination.clone();
                c.push(choice.clone());
                next.push(c);
            }
        }
        combinations = next;
        combinations.truncate(MAX_RENDERINGS);
    }
    let resource = FluentResource::try_new(entry_source(id, source))
        .map_err(|(_, errors)| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let Some(message) = resource.entries().find_map(|e| match e {
        fluent_syntax::ast::Entry::Message(m) if m.id.name == id => Some(m),
        _ => None,
    }) else {
        return Err(vec!["no message".into()]);
    };
    let Some(pattern) = message.value.as_ref() else {
        return Err(vec!["empty".into()]);
    };
    let bundle = translator().bundle(lang);
    let mut out = vec![];
    for combination in combinations {
        let mut args = FluentArgs::new();
        for variable in &shape.variables {
            args.set(variable.clone(), example(lang, id, variable));
        }
        for (variable, value, _) in &combination {
            args.set(variable.clone(), value.clone());
        }
        let mut errors = vec![];
        let text = bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned();
        let choices = combination
            .into_iter()
            .map(|(variable, _, key)| (variable, key))
            .collect();
        out.push(Rendering { choices, text });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::catalog;

    #[test]
    fn a_message_with_a_reader_choice_shows_each_reader() {
        let source = "{ $audience ->\n    [child] Hoi { $name }.\n   *[other] Hallo { $name }.\n}";
        let forms = renderings(Lang::NL, "x", source).expect("renders");
        assert_eq!(
            forms,
            vec![
                Rendering {
                    choices: vec![("audience".into(), "child".into())],
                    text: "Hoi Fatima El Amrani.".into()
                },
                Rendering {
                    choices: vec![("audience".into(), "other".into())],
                    text: "Hallo Fatima El Amrani.".into()
                },
            ]
        );
    }

    #[test]
    fn plural_forms_get_a_number_of_their_own_in_each_language() {
        let nl = renderings(
            Lang::NL,
            "x",
            "{ $count ->\n    [one] Eén dag\n   *[other] { $count } dagen\n}",
        )
        .expect("renders");
        assert_eq!(
            nl.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(),
            vec!["Eén dag", "3 dagen"]
        );
        let pl = renderings(
            Lang::PL,
            "x",
            "{ $count ->\n    [one] { $count } dzień\n    [few] { $count } dni\n    [many] { $count } dni!\n   *[other] { $count } dnia\n}",
        )
        .expect("renders");
        assert_eq!(pl.len(), 4);
        let few = pl.iter().find(|r| r.choices[0].1 == "few").expect("few");
        assert_eq!(few.text, "3 dni");
        let many = pl.iter().find(|r| r.choices[0].1 == "many").expect("many");
        assert_eq!(many.text, "5 dni!");
    }

    #[test]
    fn every_variable_of_every_message_has_an_example_and_every_message_renders() {
        let catalog = catalog();
        for lang in Lang::all() {
            for entry in catalog.entries(lang) {
                let pattern = shape::parse(&entry.id, &entry.source)
                    .unwrap_or_else(|e| panic!("{} {}: {e:?}", lang.code(), entry.id));
                for variable in shape::shape_of(&pattern).variables {
                    assert!(has_example(&variable), "{}: ${variable}", entry.id);
                }
                let forms = renderings(lang, &entry.id, &entry.source).expect("renders");
                assert!(!forms.is_empty(), "{}", entry.id);
                for form in forms {
                    // Fluent writes a variable it was not given as "{$name}".
                    assert!(
                        !form.text.contains("{$"),
                        "{} {}: {}",
                        lang.code(),
                        entry.id,
                        form.text
                    );
                }
            }
        }
    }
}
