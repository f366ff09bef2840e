//! The parts every long form is made of: a summary of what was refused (linking to each
//! field), and fields with a visible label, an optional hint and their own refusal, filled in
//! with what was typed before a refusal (`api::forms::FormState`).

use leptos::prelude::*;

use crate::api::forms::FormState;
use crate::i18n::{t, t_message};

/// "Dit is nog niet goed": one line per refused field, each a link to its field. Nothing when
/// the form was not refused.
#[component]
pub fn FormProblems(
    state: FormState,
    #[prop(into)] labels: Vec<(String, String)>,
    /// Appended to each field's name to make its id (several forms on one page).
    #[prop(optional, into)]
    suffix: String,
) -> impl IntoView {
    let error = state.error.clone()?;
    let fields: Vec<_> = match &error {
        crate::error::AppError::Invalid { fields, .. } => fields.clone(),
        _ => vec![],
    };
    let label_of = move |name: &str| {
        labels
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    };
    Some(view! {
        <div class="card card--urgent form-problems" role="alert" tabindex="-1">
            <h2 class="card__title">{t("form-problems-title")}</h2>
            <p>{match &error {
                crate::error::AppError::Invalid { message, .. } | crate::error::AppError::Conflict(message) => t_message(message),
                other => t(other.message_id()),
            }}</p>
            {(!fields.is_empty()).then(|| view! {
                <ul>
                    {fields.into_iter().map(|f| {
                        let label = label_of(&f.field);
                        view! {
                            <li><a href=format!("#{}{}", f.field, suffix)>{label} ": " {t_message(&f.message)}</a></li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </div>
    })
}

/// One line of text. `default` is the stored value when editing.
#[component]
pub fn TextField(
    state: FormState,
    /// Appended to the name to make the field's id (several forms on one page).
    #[prop(optional, into)]
    suffix: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] default: String,
    #[prop(optional)] required: bool,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let value = state.value(&name, &default);
    let parts = Parts::new(&state, &name, &suffix, hint.is_some());
    let (field_id, invalid, described) = (parts.id.clone(), parts.invalid, parts.described.clone());
    view! {
        <Frame parts label hint>
            <input
                id=field_id
                name=name
                type=kind
                value=value
                required=required
                autocomplete=autocomplete
                aria-invalid=invalid
                aria-describedby=described
            />
        </Frame>
    }
}

/// Free text of several lines.
#[component]
pub fn TextArea(
    state: FormState,
    /// Appended to the name to make the field's id (several forms on one page).
    #[prop(optional, into)]
    suffix: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] default: String,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let value = state.value(&name, &default);
    let parts = Parts::new(&state, &name, &suffix, hint.is_some());
    let (field_id, invalid, described) = (parts.id.clone(), parts.invalid, parts.described.clone());
    view! {
        <Frame parts label hint>
            <textarea
                id=field_id
                name=name
                rows="5"
                required=required
                aria-invalid=invalid
                aria-describedby=described
            >{value}</textarea>
        </Frame>
    }
}

/// A choice from a short list; `options` are (value, label).
#[component]
pub fn SelectField(
    state: FormState,
    /// Appended to the name to make the field's id (several forms on one page).
    #[prop(optional, into)]
    suffix: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(optional, into)] default: String,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let value = state.value(&name, &default);
    let parts = Parts::new(&state, &name, &suffix, hint.is_some());
    let (field_id, invalid, described) = (parts.id.clone(), parts.invalid, parts.described.clone());
    view! {
        <Frame parts label hint>
            <select id=field_id name=name aria-invalid=invalid aria-describedby=described>
                {options.into_iter().map(|(v, l)| {
                    let selected = v == value;
                    view! { <option value=v selected=selected>{l}</option> }
                }).collect_view()}
            </select>
        </Frame>
    }
}

/// A file to upload. A browser never fills one in again, so after a refusal the person chooses
/// the file once more (the hint says which kind is taken).
#[component]
pub fn FileField(
    state: FormState,
    /// Appended to the name to make the field's id (several forms on one page).
    #[prop(optional, into)]
    suffix: String,
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] accept: String,
) -> impl IntoView {
    let parts = Parts::new(&state, &name, &suffix, hint.is_some());
    let (field_id, invalid, described) = (parts.id.clone(), parts.invalid, parts.described.clone());
    view! {
        <Frame parts label hint>
            <input
                id=field_id
                name=name
                type="file"
                accept=accept
                required=true
                aria-invalid=invalid
                aria-describedby=described
            />
        </Frame>
    }
}

/// What every field works out the same way: its id (name and suffix), its refusal, and the
/// ids of the hint and refusal that describe it.
struct Parts {
    id: String,
    hint_id: String,
    error_id: String,
    error: Option<crate::error::Message>,
    invalid: Option<&'static str>,
    described: Option<String>,
}

impl Parts {
    fn new(state: &FormState, name: &str, suffix: &str, has_hint: bool) -> Parts {
        let id = format!("{name}{suffix}");
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let error = state.field(name);
        let described = [
            has_hint.then(|| hint_id.clone()),
            error.as_ref().map(|_| error_id.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        Parts {
            invalid: error.is_some().then_some("true"),
            described: (!described.is_empty()).then_some(described),
            id,
            hint_id,
            error_id,
            error,
        }
    }
}

/// The label above a field, its hint, its refusal, then the field itself.
#[component]
fn Frame(parts: Parts, label: String, hint: Option<String>, children: Children) -> impl IntoView {
    let Parts {
        id,
        hint_id,
        error_id,
        error,
        ..
    } = parts;
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id>{h}</p> })}
            {error.map(|m| view! { <p class="field__error" id=error_id>{t_message(&m)}</p> })}
            {children()}
        </div>
    }
}
