//! The API's human documentation: `/api/docs`, rendered on the server from the same OpenAPI
//! document the API serves (no script, no CDN, so it works offline and under the strict CSP
//! of every non-page answer), and `/api/docs/zgw`, which maps each resource to the ZGW concepts
//! a Dutch case system knows. The surrounding words are Fluent messages, in the reader's
//! language; the operations' own descriptions come from the document.

use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http::HeaderMap;
use serde_json::Value;

use super::problem::language;
use app::i18n::{translate, Lang};

pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/api/docs", get(reference))
        .route("/api/docs/zgw", get(zgw))
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn t(lang: Lang, id: &str) -> String {
    esc(&translate(lang, id, None))
}

fn page(lang: Lang, title: &str, body: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/helder.css\"></head>\
         <body><main id=\"inhoud\" class=\"api-docs\">{body}</main></body></html>",
        code = lang.code(),
    );
    Html(html).into_response()
}

/// Problem kinds the API answers, each with the anchor its `type` points at.
const PROBLEMS: [&str; 12] = [
    "unauthorized",
    "read-only",
    "not-found",
    "bad-request",
    "unsupported-media-type",
    "invalid",
    "conflict",
    "stale",
    "idempotency-key",
    "too-large",
    "too-many",
    "internal",
];

async fn reference(headers: HeaderMap) -> Response {
    let lang = language(&headers);
    let spec = serde_json::to_value(super::openapi::spec()).unwrap_or(Value::Null);
    let mut body = format!(
        "<h1>{}</h1><p>{}</p><p><a href=\"/api/v1/openapi.json\">{}</a> · <a href=\"/api/docs/zgw\">{}</a></p>",
        t(lang, "api-docs-title"),
        t(lang, "api-docs-lead"),
        t(lang, "api-docs-openapi"),
        t(lang, "api-docs-zgw-link"),
    );
    for section in [
        "keys",
        "references",
        "concurrency",
        "idempotency",
        "limits",
        "log",
    ] {
        body.push_str(&format!(
            "<h2>{}</h2><p>{}</p>",
            t(lang, &format!("api-docs-{section}-title")),
            t(lang, &format!("api-docs-{section}")),
        ));
    }
    body.push_str(&format!("<h2>{}</h2>", t(lang, "api-docs-operations")));
    if let Some(paths) = spec.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let Some(item) = item.as_object() else {
                continue;
            };
            for (method, op) in item {
                body.push_str(&operation(lang, method, path, op));
            }
        }
    }
    body.push_str(&format!("<h2>{}</h2>", t(lang, "api-docs-schemas")));
    if let Some(schemas) = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            body.push_str(&schema_table(lang, name, schema));
        }
    }
    body.push_str(&format!(
        "<h2 id=\"problems\">{}</h2><p>{}</p><dl>",
        t(lang, "api-docs-problems-title"),
        t(lang, "api-docs-problems")
    ));
    for kind in PROBLEMS {
        body.push_str(&format!(
            "<dt id=\"problem-{kind}\"><code>{kind}</code></dt><dd>{}</dd>",
            t(lang, &format!("api-problem-{kind}"))
        ));
    }
    body.push_str("</dl>");
    page(lang, &t(lang, "api-docs-title"), &body)
}

fn operation(lang: Lang, method: &str, path: &str, op: &Value) -> String {
    let text = |key: &str| {
        op.get(key)
            .and_then(Value::as_str)
            .map(esc)
            .unwrap_or_default()
    };
    let id = format!("{method}-{}", path.replace(['/', '{', '}'], "-"));
    let mut out = format!(
        "<section class=\"card\" id=\"{id}\"><h3><code>{} {}</code></h3><p>{}</p>",
        method.to_uppercase(),
        esc(path),
        text("description"),
    );
    if let Some(params) = op.get("parameters").and_then(Value::as_array) {
        out.push_str(&format!("<p>{}</p><ul>", t(lang, "api-docs-parameters")));
        for p in params {
            let get = |k: &str| {
                p.get(k)
                    .and_then(Value::as_str)
                    .map(esc)
                    .unwrap_or_default()
            };
            out.push_str(&format!(
                "<li><code>{}</code> ({}): {}</li>",
                get("name"),
                get("in"),
                get("description")
            ));
        }
        out.push_str("</ul>");
    }
    if let Some(schema) = op
        .pointer("/requestBody/content/application~1json/schema/$ref")
        .and_then(Value::as_str)
    {
        let name = schema.rsplit('/').next().unwrap_or_default();
        out.push_str(&format!(
            "<p>{} <a href=\"#schema-{name}\"><code>{name}</code></a></p>",
            t(lang, "api-docs-body")
        ));
    }
    if let Some(responses) = op.get("responses").and_then(Value::as_object) {
        out.push_str(&format!("<p>{}</p><ul>", t(lang, "api-docs-responses")));
        for (status, r) in responses {
            let desc = r
                .get("description")
                .and_then(Value::as_str)
                .map(esc)
                .unwrap_or_default();
            out.push_str(&format!("<li><code>{}</code>: {desc}</li>", esc(status)));
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
    out
}

fn schema_table(lang: Lang, name: &str, schema: &Value) -> String {
    let mut out = format!(
        "<section class=\"card\" id=\"schema-{name}\"><h3><code>{name}</code></h3>",
        name = esc(name)
    );
    if let Some(d) = schema.get("description").and_then(Value::as_str) {
        out.push_str(&format!("<p>{}</p>", esc(d)));
    }
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        out.push_str(&format!(
            "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            t(lang, "api-docs-field"),
            t(lang, "api-docs-type"),
            t(lang, "api-docs-meaning"),
        ));
        for (field, p) in props {
            let kind = match p.get("type") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Array(a)) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(" | "),
                _ => p
                    .pointer("/$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.rsplit('/').next())
                    .unwrap_or("")
                    .to_string(),
            };
            let format = p
                .get("format")
                .and_then(Value::as_str)
                .map(|f| format!(" ({f})"))
                .unwrap_or_default();
            let values = p
                .get("enum")
                .and_then(Value::as_array)
                .map(|e| {
                    let list: Vec<String> = e
                        .iter()
                        .filter_map(Value::as_str)
                        .map(|v| format!("<code>{}</code>", esc(v)))
                        .collect();
                    format!(" {}: {}", t(lang, "api-docs-values"), list.join(", "))
                })
                .unwrap_or_default();
            let need = if required.contains(&field.as_str()) {
                format!(" <strong>{}</strong>", t(lang, "api-docs-required"))
            } else {
                String::new()
            };
            let desc = p
                .get("description")
                .and_then(Value::as_str)
                .map(esc)
                .unwrap_or_default();
            out.push_str(&format!(
                "<tr><td><code>{}</code>{need}</td><td>{}{}</td><td>{desc}{values}</td></tr>",
                esc(field),
                esc(&kind),
                esc(&format),
            ));
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</section>");
    out
}

/// Each resource and the ZGW concept (Zaakgericht Werken, VNG) a case system knows it by.
const ZGW: [(&str, &str); 5] = [
    ("cases", "zaak"),
    ("statuses", "status"),
    ("members", "rol"),
    ("decisions", "besluit"),
    ("documents", "informatieobject"),
];

async fn zgw(headers: HeaderMap) -> Response {
    let lang = language(&headers);
    let mut body = format!(
        "<h1>{}</h1><p>{}</p><table><thead><tr><th scope=\"col\">Helder</th><th scope=\"col\">ZGW</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        t(lang, "api-zgw-title"),
        t(lang, "api-zgw-lead"),
        t(lang, "api-docs-meaning"),
    );
    for (ours, theirs) in ZGW {
        body.push_str(&format!(
            "<tr><td><code>{ours}</code></td><td><code>{theirs}</code></td><td>{}</td></tr>",
            t(lang, &format!("api-zgw-{ours}"))
        ));
    }
    body.push_str(&format!(
        "</tbody></table><p>{}</p><p><a href=\"/api/docs\">{}</a></p>",
        t(lang, "api-zgw-not"),
        t(lang, "api-docs-back")
    ));
    page(lang, &t(lang, "api-zgw-title"), &body)
}
