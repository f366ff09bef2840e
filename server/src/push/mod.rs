//! Web Push (F18): "Je hebt een nieuw bericht in Helder" on a locked phone. The server's VAPID
//! key pair is made at first start and stored, so every instance signs with the same key. A
//! background dispatcher turns outbox rows (written in the same transaction as the message)
//! into notifications. Payloads never carry case content — no names, no text, no ids — only
//! that there is something new; the browser opens Helder, which asks for sign-in as always.

mod dispatch;

pub use dispatch::spawn as spawn_dispatcher;

use std::sync::{Arc, OnceLock};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use web_push::{
    ContentEncoding, PartialVapidSignatureBuilder, SubscriptionInfo, Urgency,
    VapidSignatureBuilder, WebPushMessageBuilder,
};

use crate::db::Db;
use crate::store;
use app::api::AppError;
use app::i18n::{translate, Lang};

/// The server's VAPID keys, base64url. The signer is made from the private key when the first
/// notification is sent, not at start-up: it costs a P-256 multiplication, which in a debug
/// build took most of a server start (and the crash test starts the server hundreds of times).
#[derive(Clone)]
pub struct VapidKeys {
    pub public: String,
    private: String,
    signer: Arc<OnceLock<Option<PartialVapidSignatureBuilder>>>,
}

impl VapidKeys {
    /// The stored pair, or a new one made and stored now (the first instance to store wins).
    pub async fn load_or_make(db: &Db) -> Result<VapidKeys, AppError> {
        if store::push::keys(db).await?.is_none() {
            let (private, public) = new_pair();
            store::push::offer_keys(db, &private, &public, &store::now_text()).await?;
        }
        let (private, public) = store::push::keys(db).await?.ok_or(AppError::Internal)?;
        Ok(VapidKeys {
            public,
            private,
            signer: Arc::default(),
        })
    }

    /// The signer for the stored private key (`None`, logged once, if it is unusable).
    fn signer(&self) -> Option<PartialVapidSignatureBuilder> {
        self.signer
            .get_or_init(
                || match VapidSignatureBuilder::from_base64_no_sub(&self.private) {
                    Ok(signer) => Some(signer),
                    Err(e) => {
                        tracing::error!(error = ?e, "the stored VAPID key is unusable");
                        None
                    }
                },
            )
            .clone()
    }
}

/// A fresh P-256 key pair: 32 random bytes are a valid private key unless they are zero or
/// not below the group order, which the builder refuses — then draw again.
fn new_pair() -> (String, String) {
    loop {
        let mut raw = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut raw);
        let private = URL_SAFE_NO_PAD.encode(raw);
        if let Ok(signer) = VapidSignatureBuilder::from_base64_no_sub(&private) {
            return (private, URL_SAFE_NO_PAD.encode(signer.get_public_key()));
        }
    }
}

/// Whether the server may post to `endpoint`: it must start with one of the configured
/// push-service prefixes (`https://*.host/` matches any sub-domain of host).
pub fn endpoint_allowed(endpoint: &str, allowed: &[String]) -> bool {
    let Ok(url) = reqwest::Url::parse(endpoint) else {
        return false;
    };
    if !url.username().is_empty() || url.password().is_some() {
        return false;
    }
    allowed
        .iter()
        .any(|prefix| match prefix.split_once("://*.") {
            Some((scheme, rest)) => {
                let (suffix, path) = rest.split_once('/').unwrap_or((rest, ""));
                url.scheme() == scheme
                    && url.port().is_none()
                    && url
                        .host_str()
                        .is_some_and(|h| h.ends_with(&format!(".{suffix}")))
                    && url.path().starts_with(&format!("/{path}"))
            }
            None => endpoint.starts_with(prefix.as_str()),
        })
}

/// What a notification says: fixed words from the locales, in the recipient's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    NewMessage,
    Urgent,
}

pub fn payload(notice: Notice, lang: &str) -> Vec<u8> {
    let lang = Lang::from_code(lang).unwrap_or(Lang::NL);
    let body = match notice {
        Notice::NewMessage => "push-new-message",
        Notice::Urgent => "push-urgent",
    };
    serde_json::json!({
        "title": translate(lang, "push-title", None),
        "body": translate(lang, body, None),
        "url": "/",
    })
    .to_string()
    .into_bytes()
}

/// What became of one notification.
#[derive(Debug, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// The push service says this subscription no longer exists.
    Gone,
    Failed,
}

/// Sends notifications. Cheap to clone.
#[derive(Clone)]
pub struct Pusher {
    pub db: Db,
    keys: VapidKeys,
    allowed: Vec<String>,
    client: reqwest::Client,
}

impl Pusher {
    pub fn new(db: Db, keys: VapidKeys, allowed: Vec<String>) -> Pusher {
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Pusher {
            db,
            keys,
            allowed,
            client,
        }
    }

    pub fn public_key(&self) -> &str {
        &self.keys.public
    }

    pub fn allows(&self, endpoint: &str) -> bool {
        endpoint_allowed(endpoint, &self.allowed)
    }

    /// Encrypt `payload` for one subscription and post it to its push service.
    pub async fn send(
        &self,
        endpoint: &str,
        p256dh: &str,
        auth: &str,
        payload: &[u8],
        urgent: bool,
    ) -> Delivery {
        if !self.allows(endpoint) {
            return Delivery::Gone;
        }
        // A server key that cannot sign is the server's fault, not the subscription's: the
        // row stays and is tried again.
        let Some(signer) = self.keys.signer() else {
            return Delivery::Failed;
        };
        let info = SubscriptionInfo::new(endpoint, p256dh, auth);
        let request = (|| {
            let mut builder = WebPushMessageBuilder::new(&info);
            builder.set_payload(ContentEncoding::Aes128Gcm, payload);
            builder.set_ttl(24 * 60 * 60);
            builder.set_urgency(if urgent {
                Urgency::High
            } else {
                Urgency::Normal
            });
            builder.set_vapid_signature(signer.add_sub_info(&info).build()?);
            Ok::<_, web_push::WebPushError>(web_push::request_builder::build_request::<Vec<u8>>(
                builder.build()?,
            ))
        })();
        let request = match request {
            Ok(r) => r,
            Err(e) => {
                tracing::warn!(error = ?e, "cannot build a push message (bad subscription keys?)");
                return Delivery::Gone;
            }
        };
        let mut post = self.client.post(endpoint);
        for (name, value) in request.headers() {
            post = post.header(name.as_str(), value.as_bytes());
        }
        match post.body(request.into_body()).send().await {
            Ok(res) if res.status().is_success() => Delivery::Sent,
            Ok(res) if matches!(res.status().as_u16(), 404 | 410) => Delivery::Gone,
            Ok(res) => {
                tracing::warn!(status = %res.status(), "push service refused a notification");
                Delivery::Failed
            }
            Err(e) => {
                tracing::warn!(error = %e, "push service unreachable");
                Delivery::Failed
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> Vec<String> {
        crate::config::DEFAULT_PUSH_ENDPOINTS
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn only_configured_push_services_are_posted_to() {
        let allowed = defaults();
        for ok in [
            "https://fcm.googleapis.com/fcm/send/abc",
            "https://updates.push.services.mozilla.com/wpush/v2/xyz",
            "https://db5p.notify.windows.com/w/?token=1",
            "https://web.push.apple.com/QGx",
        ] {
            assert!(endpoint_allowed(ok, &allowed), "{ok}");
        }
        for bad in [
            "http://fcm.googleapis.com/fcm/send/abc",
            "https://fcm.googleapis.com.evil.example/x",
            "https://evil.example/fcm.googleapis.com/",
            "https://user@fcm.googleapis.com/x",
            "https://notify.windows.com.evil.example/",
            "https://evilnotify.windows.com/",
            "https://x.notify.windows.com:8443/",
            "http://127.0.0.1:3000/",
            "not a url",
            "",
        ] {
            assert!(!endpoint_allowed(bad, &allowed), "{bad}");
        }
    }

    #[test]
    fn a_new_key_pair_signs_and_has_an_uncompressed_public_point() {
        let (private, public) = new_pair();
        assert!(VapidSignatureBuilder::from_base64_no_sub(&private).is_ok());
        let point = URL_SAFE_NO_PAD.decode(public).expect("base64url");
        assert_eq!(point.len(), 65);
        assert_eq!(point[0], 4);
    }

    #[test]
    fn a_payload_says_only_that_there_is_something_new() {
        let text = String::from_utf8(payload(Notice::NewMessage, "nl")).expect("utf-8");
        let value: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(value["body"], "Je hebt een nieuw bericht in Helder.");
        assert_eq!(value["url"], "/");
        let english = String::from_utf8(payload(Notice::Urgent, "en")).expect("utf-8");
        assert!(english.contains("urgent"));
    }
}
