//! Web Push through the real server, with this test as both the browser and its push service:
//! it subscribes with keys of its own, receives what the server posts, decrypts it with the
//! subscription's private key and checks that it says only "there is something new".

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::api::push::{PushSubscribe, PushUnsubscribe};
use axum::extract::{Path, State};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::{demo_subject, spawn_sharing, spawn_with, TestApp};
use leptos::server_fn::ServerFn;
use reqwest::StatusCode;

/// What the fake push service received: (mailbox, headers, body).
type Inbox = Arc<Mutex<Vec<(String, http::HeaderMap, Vec<u8>)>>>;

/// A push service on a free port. Mailboxes named `gone-…` answer 410, like a real service
/// for a subscription the browser dropped.
async fn push_service() -> (String, Inbox) {
    let inbox: Inbox = Arc::default();
    let router = axum::Router::new()
        .route(
            "/push/{mailbox}",
            axum::routing::post(
                |State(inbox): State<Inbox>,
                 Path(mailbox): Path<String>,
                 headers: http::HeaderMap,
                 body: axum::body::Bytes| async move {
                    let gone = mailbox.starts_with("gone-");
                    inbox
                        .lock()
                        .unwrap()
                        .push((mailbox, headers, body.to_vec()));
                    if gone {
                        StatusCode::GONE
                    } else {
                        StatusCode::CREATED
                    }
                },
            ),
        )
        .with_state(inbox.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}/", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    (base, inbox)
}

/// A browser's side of a subscription.
struct Browser {
    keys: Box<dyn ece::crypto::LocalKeyPair>,
    auth: [u8; 16],
    endpoint: String,
}

impl Browser {
    fn new(service: &str, mailbox: &str) -> Browser {
        let (keys, auth) = ece::generate_keypair_and_auth_secret().expect("keys");
        Browser {
            keys,
            auth,
            endpoint: format!("{service}push/{mailbox}"),
        }
    }

    async fn subscribe(&self, app: &TestApp) -> (StatusCode, String) {
        let p256dh = URL_SAFE_NO_PAD.encode(self.keys.pub_as_raw().expect("public key"));
        let auth = URL_SAFE_NO_PAD.encode(self.auth);
        let res = app
            .call(
                PushSubscribe::PATH,
                &[
                    ("endpoint", &self.endpoint),
                    ("p256dh", &p256dh),
                    ("auth", &auth),
                ],
            )
            .await;
        (res.status, res.body)
    }

    fn read(&self, body: &[u8]) -> String {
        let components = self.keys.raw_components().expect("components");
        let plain = ece::decrypt(&components, &self.auth, body).expect("decrypts");
        String::from_utf8(plain).expect("utf-8")
    }
}

async fn app_with_service() -> (TestApp, String, Inbox) {
    let (service, inbox) = push_service().await;
    let allowed = service.clone();
    let app = spawn_with(move |c| {
        c.demo = true;
        c.push_endpoints = vec![allowed];
    })
    .await;
    (app, service, inbox)
}

async fn sign_in(app: &TestApp, key: &str) {
    app.set_session_cookie(None);
    app.demo_sign_in(key).await;
}

async fn send(app: &TestApp, case_id: &str, person: &str, body: &str) {
    let key = uuid::Uuid::new_v4().to_string();
    let (status, answer) = common::send_message(app, case_id, person, body, &key).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
}

/// Wait until the inbox holds `n` posts (the dispatcher runs every two seconds).
async fn wait_for(inbox: &Inbox, n: usize) -> Vec<(String, http::HeaderMap, Vec<u8>)> {
    for _ in 0..100 {
        if inbox.lock().unwrap().len() >= n {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    inbox.lock().unwrap().clone()
}

#[tokio::test]
async fn a_notification_is_encrypted_signed_and_carries_no_case_content() {
    let (app, service, inbox) = app_with_service().await;
    let case_id = app.case_id_of("noor").await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    let phone = Browser::new(&service, "noor-phone");
    assert_eq!(phone.subscribe(&app).await.0, StatusCode::OK);
    let mothers = Browser::new(&service, "sanne-phone");
    sign_in(&app, "sanne").await;
    assert_eq!(mothers.subscribe(&app).await.0, StatusCode::OK);
    let laptop = Browser::new(&service, "fatima-laptop");
    sign_in(&app, "fatima").await;
    assert_eq!(laptop.subscribe(&app).await.0, StatusCode::OK);

    let secret = "Noor, ik heb met school gebeld over de ruzie.";
    send(&app, &case_id, &noor, secret).await;
    let got = wait_for(&inbox, 1).await;
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let got_later = inbox.lock().unwrap().clone();
    assert_eq!(got.len(), 1, "only Noor is told");
    assert_eq!(got_later.len(), 1, "not her mother, not Fatima herself");
    let (mailbox, headers, body) = &got[0];
    assert_eq!(mailbox, "noor-phone");
    assert_eq!(headers["content-encoding"], "aes128gcm");
    assert!(headers.contains_key("ttl"));
    let vapid = headers["authorization"].to_str().unwrap();
    assert!(vapid.starts_with("vapid t="), "{vapid}");
    let stored_key: String = sqlx::query_scalar("SELECT public_key FROM push_keys")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert!(
        vapid.ends_with(&format!("k={stored_key}")),
        "signed with the stored key"
    );
    assert!(
        !String::from_utf8_lossy(body).contains("nieuw bericht"),
        "the body on the wire is encrypted"
    );

    let text = phone.read(body);
    let payload: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(payload["title"], "Helder");
    assert_eq!(payload["body"], "Je hebt een nieuw bericht in Helder.");
    for content in [
        secret,
        "school",
        "Noor",
        "Fatima",
        "Bakker",
        case_id.as_str(),
        noor.as_str(),
    ] {
        assert!(
            !text.contains(content),
            "the notification carries {content:?}: {text}"
        );
    }

    // Noor answers: the answerers are told, Noor herself is not.
    let joosts = Browser::new(&service, "joost-phone");
    sign_in(&app, "joost").await;
    assert_eq!(joosts.subscribe(&app).await.0, StatusCode::OK);
    sign_in(&app, "noor").await;
    send(&app, &case_id, "", "Dank je. Het gaat wel weer.").await;
    let got = wait_for(&inbox, 3).await;
    let mut to: Vec<&str> = got[1..].iter().map(|g| g.0.as_str()).collect();
    to.sort();
    assert_eq!(to, ["fatima-laptop", "joost-phone"]);
    for (mailbox, _, body) in &got[1..] {
        let reader = if mailbox == "fatima-laptop" {
            &laptop
        } else {
            &joosts
        };
        assert!(reader
            .read(body)
            .contains("Je hebt een nieuw bericht in Helder."));
    }
}

#[tokio::test]
async fn only_known_push_services_and_well_formed_keys_are_accepted() {
    let (app, service, _) = app_with_service().await;
    app.case_id_of("noor").await;
    let elsewhere = Browser {
        endpoint: "https://push.evil.example/x".into(),
        ..Browser::new(&service, "x")
    };
    let (status, body) = elsewhere.subscribe(&app).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("error-push-service"), "{body}");
    for (p256dh, auth) in [("", ""), ("AAAA", "BBBB"), ("not base64!", "x")] {
        let res = app
            .call(
                PushSubscribe::PATH,
                &[
                    ("endpoint", &format!("{service}push/bad")),
                    ("p256dh", p256dh),
                    ("auth", auth),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.body.contains("error-push-subscription"), "{}", res.body);
    }
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM push_subscriptions")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(stored, 0, "nothing stored");
}

#[tokio::test]
async fn settings_list_the_devices_and_each_person_removes_only_their_own() {
    let (app, service, _) = app_with_service().await;
    app.case_id_of("noor").await;
    let phone = Browser::new(&service, "noor-phone");
    assert_eq!(phone.subscribe(&app).await.0, StatusCode::OK);
    let page = app.get("/instellingen").await;
    assert!(
        page.main().contains("Meldingen aan sinds"),
        "{}",
        page.main()
    );
    let id: String = sqlx::query_scalar("SELECT id FROM push_subscriptions")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    sign_in(&app, "sanne").await;
    let res = app
        .post_form(PushUnsubscribe::PATH, &[("subscription", &id)])
        .await;
    assert_ne!(
        res.status,
        StatusCode::FOUND,
        "Sanne cannot turn off Noor's notifications"
    );
    sign_in(&app, "noor").await;
    let res = app
        .post_form(PushUnsubscribe::PATH, &[("subscription", &id)])
        .await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert_eq!(
        res.location().as_deref(),
        Some("/instellingen?meldingen-uit=1")
    );
    let page = app.get("/instellingen?meldingen-uit=1").await;
    assert!(page
        .main()
        .contains("Op dat apparaat krijg je geen meldingen meer."));
    assert!(page.main().contains("Je krijgt nu nergens meldingen."));
}

#[tokio::test]
async fn a_subscription_the_push_service_calls_gone_is_forgotten() {
    let (app, service, inbox) = app_with_service().await;
    let case_id = app.case_id_of("noor").await;
    let noor = demo_subject(&app, "noor").await.parts().1.to_string();
    let old_phone = Browser::new(&service, "gone-noor");
    assert_eq!(old_phone.subscribe(&app).await.0, StatusCode::OK);
    sign_in(&app, "fatima").await;
    send(&app, &case_id, &noor, "Hallo").await;
    wait_for(&inbox, 1).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM push_subscriptions")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
}

#[tokio::test]
async fn the_key_pair_is_made_once_and_shared_by_instances() {
    let (first, _, _) = app_with_service().await;
    let key = |app: &TestApp| {
        let pool = app.db.pool.clone();
        async move {
            sqlx::query_as::<_, (String, String)>("SELECT private_key, public_key FROM push_keys")
                .fetch_all(&pool)
                .await
                .unwrap()
        }
    };
    let made = key(&first).await;
    assert_eq!(made.len(), 1);
    let second = spawn_sharing(&first, |c| c.demo = true).await;
    assert_eq!(
        key(&second).await,
        made,
        "a second instance (or a restart) keeps the key"
    );
}

#[tokio::test]
async fn old_delivered_outbox_rows_are_cleaned_up_and_waiting_ones_never() {
    let (app, _, _) = app_with_service().await;
    let case_id = app.case_id_of("noor").await;
    send(&app, &case_id, "", "Een bericht van nu.").await;
    let message: String = sqlx::query_scalar("SELECT id FROM messages")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    for (id, created, delivered) in [
        (
            "old-delivered",
            "2026-01-01T00:00:00Z",
            Some("2026-01-01T00:00:02Z"),
        ),
        ("old-waiting", "2026-01-01T00:00:00Z", None),
    ] {
        sqlx::query("INSERT INTO outbox (id, topic, message_id, created_at, delivered_at) VALUES ($1, 'none', $2, $3, $4)")
            .bind(id)
            .bind(&message)
            .bind(created)
            .bind(delivered)
            .execute(&app.db.pool)
            .await
            .unwrap();
    }
    // The dispatcher may take the waiting row meanwhile; it is then delivered *now*, which is
    // after the cut-off, so it stays either way.
    let removed = server::store::push::forget_delivered(&app.db, "2026-06-01T00:00:00Z")
        .await
        .unwrap();
    assert_eq!(removed, 1);
    let left: Vec<String> = sqlx::query_scalar("SELECT id FROM outbox ORDER BY id")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    assert!(!left.contains(&"old-delivered".to_string()));
    assert!(left.contains(&"old-waiting".to_string()));
    assert_eq!(
        left.len(),
        2,
        "the row of the message just sent stays too: {left:?}"
    );
}
