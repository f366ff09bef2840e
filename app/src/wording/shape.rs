//! The shape of a message: the variables it fills in and the choices it makes (a select on the
//! reader, a plural form). A suggested wording may change every word but not its shape: the
//! page passes the same values and expects the same choices, so a missing variable or a
//! changed selector would show a family a broken or wrong sentence.

use std::collections::BTreeSet;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::error::Message;
use crate::i18n::wording::entry_source;

/// Longer than any text a page shows: a suggestion past this is a paste gone wrong.
pub const MAX_LEN: usize = 4000;

/// One choice a message makes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Selector {
    /// What it chooses on, as written: `$audience`, `NUMBER($count)`.
    pub on: String,
    /// The variable it chooses on, if it is one (also inside `NUMBER(…)`).
    pub variable: Option<String>,
    /// The variant keys, sorted; the default marked with `*`.
    pub keys: Vec<String>,
}

impl Selector {
    pub fn default_key(&self) -> Option<&str> {
        self.keys.iter().find_map(|k| k.strip_prefix('*'))
    }

    pub fn plain_keys(&self) -> impl Iterator<Item = &str> {
        self.keys.iter().map(|k| k.trim_start_matches('*'))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shape {
    pub variables: BTreeSet<String>,
    pub selectors: Vec<Selector>,
}

/// The message `id = source` parsed, or the parser's complaints.
pub fn parse(id: &str, source: &str) -> Result<ast::Pattern<String>, Vec<String>> {
    let text = entry_source(id, source);
    let resource = parser::parse(text.as_str())
        .map_err(|(_, errors)| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let mut messages = resource.body.iter().filter_map(|e| match e {
        ast::Entry::Message(m) => Some(m),
        _ => None,
    });
    let (Some(message), None) = (messages.next(), messages.next()) else {
        return Err(vec!["not one message".into()]);
    };
    if message.id.name != id || !message.attributes.is_empty() {
        return Err(vec!["not one message".into()]);
    }
    let pattern = message
        .value
        .as_ref()
        .ok_or_else(|| vec!["empty".to_string()])?;
    Ok(owned(pattern))
}

fn owned(pattern: &ast::Pattern<&str>) -> ast::Pattern<String> {
    // The AST borrows the parsed text; the caller keeps no text alive, so copy it out.
    fn inline(e: &ast::InlineExpression<&str>) -> ast::InlineExpression<String> {
        use ast::InlineExpression as I;
        let id = |i: &ast::Identifier<&str>| ast::Identifier {
            name: i.name.to_string(),
        };
        let args = |a: &ast::CallArguments<&str>| ast::CallArguments {
            positional: a.positional.iter().map(inline).collect(),
            named: a
                .named
                .iter()
                .map(|n| ast::NamedArgument {
                    name: id(&n.name),
                    value: inline(&n.value),
                })
                .collect(),
        };
        match e {
            I::StringLiteral { value } => I::StringLiteral {
                value: value.to_string(),
            },
            I::NumberLiteral { value } => I::NumberLiteral {
                value: value.to_string(),
            },
            I::FunctionReference { id: i, arguments } => I::FunctionReference {
                id: id(i),
                arguments: args(arguments),
            },
            I::MessageReference { id: i, attribute } => I::MessageReference {
                id: id(i),
                attribute: attribute.as_ref().map(id),
            },
            I::TermReference {
                id: i,
                attribute,
                arguments,
            } => I::TermReference {
                id: id(i),
                attribute: attribute.as_ref().map(id),
                arguments: arguments.as_ref().map(args),
            },
            I::VariableReference { id: i } => I::VariableReference { id: id(i) },
            I::Placeable { expression } => I::Placeable {
                expression: Box::new(expression_owned(expression)),
            },
        }
    }
    fn expression_owned(e: &ast::Expression<&str>) -> ast::Expression<String> {
        match e {
            ast::Expression::Inline(i) => ast::Expression::Inline(inline(i)),
            ast::Expression::Select { selector, variants } => ast::Expression::Select {
                selector: inline(selector),
                variants: variants
                    .iter()
                    .map(|v| ast::Variant {
                        key: match &v.key {
                            ast::VariantKey::Identifier { name } => ast::VariantKey::Identifier {
                                name: name.to_string(),
                            },
                            ast::VariantKey::NumberLiteral { value } => {
                                ast::VariantKey::NumberLiteral {
                                    value: value.to_string(),
                                }
                            }
                        },
                        value: owned(&v.value),
                        default: v.default,
                    })
                    .collect(),
            },
        }
    }
    ast::Pattern {
        elements: pattern
            .elements
            .iter()
            .map(|el| match el {
                ast::PatternElement::TextElement { value } => ast::PatternElement::TextElement {
                    value: value.to_string(),
                },
                ast::PatternElement::Placeable { expression } => ast::PatternElement::Placeable {
                    expression: expression_owned(expression),
                },
            })
            .collect(),
    }
}

/// The variables and selectors of a pattern, nested selects included.
pub fn shape_of<S: AsRef<str>>(pattern: &ast::Pattern<S>) -> Shape {
    let mut shape = Shape::default();
    walk_pattern(pattern, &mut shape);
    shape.selectors.sort();
    shape
}

fn walk_pattern<S: AsRef<str>>(pattern: &ast::Pattern<S>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, shape);
        }
    }
}

fn walk_expression<S: AsRef<str>>(expression: &ast::Expression<S>, shape: &mut Shape) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, shape),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape);
            let mut keys: Vec<String> = variants
                .iter()
                .map(|v| {
                    let key = match &v.key {
                        ast::VariantKey::Identifier { name } => name.as_ref().to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.as_ref().to_string(),
                    };
                    if v.default {
                        format!("*{key}")
                    } else {
                        key
                    }
                })
                .collect();
            keys.sort_by(|a, b| a.trim_start_matches('*').cmp(b.trim_start_matches('*')));
            shape.selectors.push(Selector {
                on: inline_text(selector),
                variable: selector_variable(selector),
                keys,
            });
            for v in variants {
                walk_pattern(&v.value, shape);
            }
        }
    }
}

fn walk_inline<S: AsRef<str>>(inline: &ast::InlineExpression<S>, shape: &mut Shape) {
    use ast::InlineExpression as I;
    match inline {
        I::VariableReference { id } => {
            shape.variables.insert(id.name.as_ref().to_string());
        }
        I::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
            for n in &arguments.named {
                walk_inline(&n.value, shape);
            }
        }
        I::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                walk_inline(a, shape);
            }
        }
        I::Placeable { expression } => walk_expression(expression, shape),
        _ => {}
    }
}

fn selector_variable<S: AsRef<str>>(inline: &ast::InlineExpression<S>) -> Option<String> {
    use ast::InlineExpression as I;
    match inline {
        I::VariableReference { id } => Some(id.name.as_ref().to_string()),
        I::FunctionReference { arguments, .. } => {
            arguments.positional.first().and_then(selector_variable)
        }
        _ => None,
    }
}

fn inline_text<S: AsRef<str>>(inline: &ast::InlineExpression<S>) -> String {
    use ast::InlineExpression as I;
    match inline {
        I::VariableReference { id } => format!("${}", id.name.as_ref()),
        I::FunctionReference { id, arguments } => format!(
            "{}({})",
            id.name.as_ref(),
            arguments
                .positional
                .iter()
                .map(inline_text)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        I::MessageReference { id, .. } => id.name.as_ref().to_string(),
        I::TermReference { id, .. } => format!("-{}", id.name.as_ref()),
        I::StringLiteral { value } => format!("\"{}\"", value.as_ref()),
        I::NumberLiteral { value } => value.as_ref().to_string(),
        I::Placeable { .. } => "{…}".into(),
    }
}

/// Whether `suggested` may replace the message `id` whose text is now `current`: valid
/// Fluent, one message, the same variables, the same selectors with the same variant keys.
/// Every problem at once, each a translated sentence.
pub fn check(id: &str, current: &str, suggested: &str) -> Result<(), Vec<Message>> {
    let suggested = suggested.trim();
    if suggested.is_empty() {
        return Err(vec![Message::new("error-wording-empty")]);
    }
    if suggested.chars().count() > MAX_LEN {
        return Err(vec![
            Message::new("error-wording-too-long").with_arg("max", MAX_LEN)
        ]);
    }
    // Private-use characters are review mode's marks (`i18n::marks`).
    if suggested.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t') || ('\u{E000}'..='\u{F8FF}').contains(&c)
    }) {
        return Err(vec![Message::new("error-wording-control")]);
    }
    let new = match parse(id, suggested) {
        Ok(p) => shape_of(&p),
        Err(errors) => {
            let first = errors.into_iter().next().unwrap_or_default();
            return Err(vec![
                Message::new("error-wording-syntax").with_arg("detail", first)
            ]);
        }
    };
    let old = match parse(id, current) {
        Ok(p) => shape_of(&p),
        // The current text is ours and parsed when the catalog was made; if not, nothing can
        // be compared, so nothing is accepted.
        Err(_) => {
            return Err(vec![
                Message::new("error-wording-syntax").with_arg("detail", "")
            ])
        }
    };
    let mut problems = vec![];
    for missing in old.variables.difference(&new.variables) {
        problems.push(
            Message::new("error-wording-variable-missing")
                .with_arg("name", format!("{{ ${missing} }}")),
        );
    }
    for extra in new.variables.difference(&old.variables) {
        problems.push(
            Message::new("error-wording-variable-unknown")
                .with_arg("name", format!("{{ ${extra} }}")),
        );
    }
    if old.selectors != new.selectors {
        let describe = |s: &Shape| {
            s.selectors
                .iter()
                .map(|sel| format!("{} → [{}]", sel.on, sel.keys.join("] [")))
                .collect::<Vec<_>>()
                .join("; ")
        };
        problems.push(
            Message::new("error-wording-selectors").with_arg("expected", {
                let d = describe(&old);
                if d.is_empty() {
                    "–".to_string()
                } else {
                    d
                }
            }),
        );
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUDIENCE: &str =
        "{ $audience ->\n    [child] Hoi { $name }.\n   *[other] Hallo { $name }.\n}";

    fn ids(problems: Vec<Message>) -> Vec<String> {
        problems.into_iter().map(|m| m.id).collect()
    }

    #[test]
    fn a_new_wording_with_the_same_shape_is_accepted() {
        assert_eq!(
            check(
                "x",
                AUDIENCE,
                "{ $audience ->\n [child] Dag { $name }!\n *[other] Goedendag { $name }.\n}"
            ),
            Ok(())
        );
        assert_eq!(check("x", "Afmelden", "Uitloggen"), Ok(()));
    }

    #[test]
    fn a_missing_or_unknown_variable_is_refused_by_name() {
        let problems = check("x", "Hallo { $name }", "Hallo { $naam }").unwrap_err();
        assert_eq!(
            ids(problems.clone()),
            vec![
                "error-wording-variable-missing",
                "error-wording-variable-unknown"
            ]
        );
        assert_eq!(problems[0].args, vec![("name".into(), "{ $name }".into())]);
    }

    #[test]
    fn a_changed_selector_or_variant_key_is_refused() {
        let dropped = "{ $audience ->\n   *[other] Hallo { $name }.\n}";
        assert_eq!(
            ids(check("x", AUDIENCE, dropped).unwrap_err()),
            vec!["error-wording-selectors"]
        );
        let renamed = "{ $audience ->\n    [kind] Hoi { $name }.\n   *[other] Hallo { $name }.\n}";
        assert_eq!(
            ids(check("x", AUDIENCE, renamed).unwrap_err()),
            vec!["error-wording-selectors"]
        );
        let default_moved =
            "{ $audience ->\n   *[child] Hoi { $name }.\n    [other] Hallo { $name }.\n}";
        assert_eq!(
            ids(check("x", AUDIENCE, default_moved).unwrap_err()),
            vec!["error-wording-selectors"]
        );
        // Dropping the choice altogether (one sentence for everyone) is a changed shape too.
        assert_eq!(
            ids(check("x", AUDIENCE, "Hallo { $name }.").unwrap_err()),
            vec!["error-wording-variable-missing", "error-wording-selectors"]
        );
    }

    #[test]
    fn broken_fluent_empty_and_oversized_text_are_refused() {
        assert_eq!(
            ids(check("x", "Hallo { $name }", "Hallo { $name").unwrap_err()),
            vec!["error-wording-syntax"]
        );
        assert_eq!(
            ids(check("x", AUDIENCE, "{ $audience ->\n [child] Hoi\n}").unwrap_err()),
            vec!["error-wording-syntax"],
            "a select without a default"
        );
        assert_eq!(
            ids(check("x", "a", "  ").unwrap_err()),
            vec!["error-wording-empty"]
        );
        assert_eq!(
            ids(check("x", "a", &"a".repeat(MAX_LEN + 1)).unwrap_err()),
            vec!["error-wording-too-long"]
        );
        assert_eq!(
            ids(check("x", "a", "a\u{7}b").unwrap_err()),
            vec!["error-wording-control"]
        );
        // A line that looks like another message stays text of this one (it is indented).
        assert_eq!(check("x", "a", "b\nother = c"), Ok(()));
    }

    #[test]
    fn variables_and_selectors_are_found_in_nested_choices_and_functions() {
        let pattern = parse(
            "x",
            "{ NUMBER($count) ->\n    [one] { $audience ->\n        [child] één\n       *[other] een { $what }\n    }\n   *[other] { $count }\n}",
        )
        .expect("parses");
        let shape = shape_of(&pattern);
        assert_eq!(
            shape
                .variables
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
            vec!["audience", "count", "what"]
        );
        assert_eq!(shape.selectors.len(), 2);
        assert_eq!(shape.selectors[0].on, "$audience");
        assert_eq!(shape.selectors[1].on, "NUMBER($count)");
        assert_eq!(shape.selectors[1].variable.as_deref(), Some("count"));
        assert_eq!(shape.selectors[1].default_key(), Some("other"));
    }
}
