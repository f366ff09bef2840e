//! Build the whole application from a config and a listener, so tests can bind port 0 and run
//! a real server on a fresh database.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use leptos::config::LeptosOptions;
use leptos_axum::{file_and_error_handler_with_context, generate_route_list, LeptosRoutes};
use tokio::net::TcpListener;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::auth::passkeys::RelyingParty;
use crate::auth::session_store::DbSessionStore;
use crate::config::Config;
use crate::db::{Db, DbError};
use crate::demo;
use crate::http::listener::{GuardedListener, Peer};
use crate::http::site_files::{self, SiteFiles};
use crate::http::{client, cookies, form_errors, limits, page_memo, request, security};
use crate::live::token::LiveTokens;
use crate::live::Live;
use crate::push::{Pusher, VapidKeys};
use crate::services::{Backend, IdentitySettings};
use crate::store::StoreError;
use app::api::demo::DEMO_PREFIX;
use app::{shell, App};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("loading the demo data failed: {0}")]
    Demo(StoreError),
    #[error("configuration error in HELDER_PUBLIC_URL: {0}")]
    Passkeys(String),
    #[error("the Web Push keys could not be read or made ({0}; the log above has the cause)")]
    PushKeys(app::error::AppError),
    #[error("the server's shared secrets could not be read or made: {0}")]
    Secrets(StoreError),
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    pub db: Db,
    live: Live,
    backend: Backend,
    memo: page_memo::PageMemo,
}

impl Application {
    pub async fn build(config: Config) -> Result<Application, StartupError> {
        let addr = SocketAddr::new(config.host, config.port);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| StartupError::Bind {
                addr: addr.to_string(),
                source,
            })?;
        Application::build_with_listener(config, listener).await
    }

    pub async fn build_with_listener(
        config: Config,
        listener: TcpListener,
    ) -> Result<Application, StartupError> {
        let addr = listener.local_addr().map_err(|source| StartupError::Bind {
            addr: "listener".into(),
            source,
        })?;
        let (db, backend, live) = services(&config, addr.port()).await?;
        if config.demo {
            demo::ensure_demo_data(&db, backend.today())
                .await
                .map_err(StartupError::Demo)?;
        }
        let tokens = live_tokens(&db).await?;
        let memo =
            page_memo::PageMemo::new(backend.clone(), session_policy(&config), config.page_memo);
        let router = router(
            &config,
            backend.clone(),
            live.clone(),
            tokens,
            addr,
            memo.clone(),
        );
        Ok(Application {
            listener,
            router,
            db,
            live,
            backend,
            memo,
        })
    }

    /// The case services of this instance (for the demo seeder's callers and the tests, which
    /// write through them as the console and the API will).
    pub fn services(&self) -> Backend {
        self.backend.clone()
    }

    /// The memo of pages asked for again (for the tests, which count what it answered).
    pub fn page_memo(&self) -> page_memo::PageMemo {
        self.memo.clone()
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Serve until SIGINT or SIGTERM, then finish the requests in flight.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let live = self.live.clone();
        let shutdown = async move {
            shutdown.await;
            // Open live streams would otherwise keep a graceful shutdown waiting.
            live.close();
        };
        axum::serve(
            GuardedListener(self.listener),
            self.router.into_make_service_with_connect_info::<Peer>(),
        )
        .with_graceful_shutdown(shutdown)
        .await
    }
}

/// The key live refresh tokens are signed with, shared by every instance on this database.
async fn live_tokens(db: &Db) -> Result<LiveTokens, StartupError> {
    use rand::RngCore;
    let key = crate::store::secrets::get_or_offer(db, "live-token-key", || {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        hex::encode(bytes)
    })
    .await
    .map_err(StartupError::Secrets)?;
    Ok(LiveTokens::new(key.as_bytes()))
}

fn router(
    config: &Config,
    backend: Backend,
    live: Live,
    tokens: LiveTokens,
    addr: SocketAddr,
    page_memo: page_memo::PageMemo,
) -> Router {
    // A release build's hashed file names, listed beside the binary (cargo-leptos writes them
    // there). Pages name the files through `BuildFiles`; Leptos's options still carry the hash
    // file, though since the own island loader nothing of Leptos's reads it.
    let hash_file = config.hash_file.clone().unwrap_or_else(|| {
        std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt")))
            .unwrap_or_default()
    });
    // An absolute path: the same file whichever folder the server runs in.
    let hash_file = std::fs::canonicalize(&hash_file).unwrap_or(hash_file);
    let files = Arc::new(SiteFiles::discover(&config.site_root, "helder", &hash_file));
    let options = LeptosOptions::builder()
        .output_name("helder")
        .site_root(config.site_root.to_string_lossy().to_string())
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .hash_files(files.hash_file.is_some())
        .hash_file(Arc::<str>::from(hash_file.to_string_lossy().as_ref()))
        .build();
    // The route list depends on the code alone: made once per process (tests start many
    // servers in one).
    static ROUTES: std::sync::OnceLock<Vec<leptos_axum::AxumRouteListing>> =
        std::sync::OnceLock::new();
    let routes = ROUTES.get_or_init(|| generate_route_list(App)).clone();
    spawn_wording_refresh(backend.clone(), live.clone());
    let services = backend.services();
    let demo = config.demo;
    let quick_exit = config.quick_exit_url.clone();
    let session_policy = session_policy(config);
    let wording = backend.wording.clone();
    let build_files = files.build_files("helder");
    let shared = Arc::new((build_files, services, wording, quick_exit));
    let context = move || {
        let (build_files, services, wording, quick_exit) = &*shared;
        leptos::context::provide_context(build_files.clone());
        app::provide_request_context(
            services.clone(),
            wording.clone(),
            demo,
            quick_exit,
            session_policy,
        )
    };
    // Every request layer's state is cloned on every request (several times over, once per
    // layer outside it): states are shared, not copied.
    let review_layer = Arc::new(crate::review::layer::ReviewLayer {
        backend: backend.clone(),
        policy: session_policy,
    });
    // The pages alone, in review mode, for the review workspace's index of which page shows
    // which text (it opens them inside this process).
    backend.review().set_pages({
        let (options, routes, context, review_layer) = (
            options.clone(),
            routes.clone(),
            context.clone(),
            review_layer.clone(),
        );
        Box::new(move || {
            Router::new()
                .leptos_routes_with_context(&options, routes.clone(), context.clone(), {
                    let options = options.clone();
                    move || shell(options.clone())
                })
                .layer(middleware::from_fn_with_state(
                    review_layer.clone(),
                    crate::review::layer::review_mode,
                ))
                .with_state(options.clone())
        })
    });

    let store = DbSessionStore::new(backend.db.clone());
    let live_routes = crate::live::stream::routes(crate::live::stream::LiveState {
        live,
        backend: backend.clone(),
        sessions: store.clone(),
        policy: session_policy,
        tokens: tokens.clone(),
    });
    let document_routes = crate::http::documents::routes(crate::http::documents::DocumentRoutes {
        backend: backend.clone(),
        policy: session_policy,
    });
    let pkg = Router::new()
        .fallback_service(
            tower_http::services::ServeDir::new(config.site_root.join("pkg"))
                .precompressed_br()
                .precompressed_gzip()
                .fallback(axum::routing::any(missing_file)),
        )
        .layer(middleware::from_fn_with_state(
            files,
            site_files::cache_control,
        ));
    let scheme = security::SiteScheme(
        config
            .public_url
            .as_deref()
            .and_then(|u| u.split_once("://"))
            .map_or("http", |(scheme, _)| scheme)
            .into(),
    );
    spawn_cleanup(store.clone(), backend.db.clone());
    spawn_escalation(backend.db.clone(), config.alert_escalate_minutes);
    crate::push::spawn_dispatcher(backend.pusher());
    let (cookie_name, secure) = if config.secure_cookies {
        ("__Host-helder", true)
    } else {
        // Documented exception for plain-http test hosts: the __Host- prefix requires Secure.
        ("helder-sessie", false)
    };
    let sessions = SessionManagerLayer::new(store)
        .with_name(cookie_name)
        .with_secure(secure)
        .with_http_only(true)
        .with_same_site(SameSite::Strict)
        .with_path("/")
        .with_always_save(true)
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(i64::from(
            config.session_idle_minutes,
        ))));

    Router::new()
        .leptos_routes_with_context(&options, routes, context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .route(
            "/manifest.webmanifest",
            axum::routing::get(crate::http::manifest::manifest),
        )
        .merge(live_routes)
        .merge(document_routes)
        .merge(crate::integration::routes(backend.clone()))
        .nest("/pkg", pkg)
        // The site's own files (the service worker, the page script, icons) straight from
        // disk; anything else is the app's "not found" page. Not leptos_axum's file handler:
        // it runs the page context for every file in an owner made under whatever owner the
        // thread holds — a page being rendered beside it — and handing that page's response
        // options to the file took the page's Content-Security-Policy with it (seen when the
        // service worker fetched its files while a page rendered: the page lost its nonce
        // policy and could not hydrate). `server/tests/security.rs` holds this.
        .fallback_service(
            tower_http::services::ServeDir::new(&config.site_root).fallback(
                axum::routing::any(file_and_error_handler_with_context::<LeptosOptions, _>(
                    context, shell,
                ))
                .with_state(options.clone()),
            ),
        )
        .layer(middleware::from_fn_with_state(
            review_layer,
            crate::review::layer::review_mode,
        ))
        .layer(middleware::from_fn(form_errors::html_form_errors))
        .layer(middleware::from_fn(limits::limit_body))
        .layer(middleware::from_fn_with_state(tokens, request::meta))
        .layer(middleware::from_fn_with_state(
            Arc::<[IpAddr]>::from(config.trusted_proxies.clone()),
            client::client_key,
        ))
        // Outside the form-error layer: with demo mode off, demo routes answer a plain 404.
        .layer(middleware::from_fn_with_state(demo, demo_guard))
        // Right inside the session: a page answered from memory skips every layer below.
        .layer(middleware::from_fn_with_state(
            page_memo,
            page_memo::page_memo,
        ))
        .layer(sessions)
        .layer(middleware::from_fn_with_state(
            cookies::SessionCookie {
                name: cookie_name,
                secure,
            },
            cookies::complete_session_cookie,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            form_errors::panic_response,
        ))
        // Pages and JSON compressed on the way out (brotli or gzip, at a level quick enough
        // for every request); built files come precompressed, live streams are never held
        // back (tower-http leaves text/event-stream alone). A compression side channel
        // (BREACH) needs another site to make the browser fetch signed-in pages many times:
        // the session cookie is SameSite=Strict, so such requests arrive signed out, and no
        // page holds a constant secret such as a CSRF token (nonces change per answer).
        .layer(
            tower_http::compression::CompressionLayer::new()
                .quality(tower_http::CompressionLevel::Precise(5)),
        )
        // Headers on every response, refusals and panics included.
        .layer(middleware::from_fn_with_state(scheme, security::harden))
        // Outermost: the request id, in every log line and on every answer.
        .layer(middleware::from_fn(request::request_id))
        .with_state(options)
}

fn session_policy(config: &Config) -> app::api::session::SessionPolicy {
    app::api::session::SessionPolicy {
        idle_seconds: u64::from(config.session_idle_minutes) * 60,
        absolute_seconds: u64::from(config.session_absolute_hours) * 3600,
    }
}

/// A built file that does not exist: a plain 404, not the app's page (nothing to render,
/// nothing to log).
async fn missing_file() -> Response {
    http::StatusCode::NOT_FOUND.into_response()
}

/// With demo mode off the demo server functions do not exist: 404 before they run.
async fn demo_guard(State(demo): State<bool>, req: Request, next: Next) -> Response {
    if !demo && req.uri().path().starts_with(DEMO_PREFIX) {
        return http::StatusCode::NOT_FOUND.into_response();
    }
    next.run(req).await
}

/// Every half minute: urgent alerts nobody read in time go to the whole team (idempotent, so
/// several instances may run it side by side).
fn spawn_escalation(db: Db, minutes: u32) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(30));
        loop {
            every.tick().await;
            let now = time::OffsetDateTime::now_utc();
            let Ok(at) = now.format(&time::format_description::well_known::Rfc3339) else {
                continue;
            };
            let cutoff = i64::try_from(now.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX)
                - i64::from(minutes) * 60_000_000;
            if let Err(e) = crate::store::messages::escalate_unread(&db, cutoff, &at).await {
                tracing::warn!(error = ?e, "escalating unread alerts failed");
            }
        }
    });
}

/// Accepted wording reaches this instance when it hears of it (another instance's NOTIFY, or
/// this one's own bus); every minute it also loads it again, in case the news was lost.
fn spawn_wording_refresh(backend: Backend, live: Live) {
    let mut news = live.subscribe();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(60));
        every.tick().await;
        loop {
            tokio::select! {
                heard = news.recv() => match heard {
                    Ok(crate::live::Change::Wording)
                    | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                        backend.reload_wording().await;
                    }
                    Ok(_) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                },
                _ = every.tick() => backend.reload_wording().await,
            }
        }
    });
}

/// How long a delivered outbox row is kept (for looking into a complaint about a notification).
const OUTBOX_DAYS: i64 = 30;

/// Every ten minutes: expired sessions, finished rate-limit windows and old delivered outbox
/// rows go.
fn spawn_cleanup(store: DbSessionStore, db: Db) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "removing expired sessions failed");
            }
            let an_hour_ago = time::OffsetDateTime::now_utc().unix_timestamp() - 3600;
            let _ = crate::store::identity::rate_limit_cleanup(&db, an_hour_ago * 1_000_000).await;
            let month_ago = (time::OffsetDateTime::now_utc() - time::Duration::days(OUTBOX_DAYS))
                .format(&time::format_description::well_known::Rfc3339);
            if let Ok(before) = month_ago {
                let _ = crate::store::push::forget_delivered(&db, &before).await;
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// The database (migrated) and the services on it, as the server and the commands use them.
async fn services(config: &Config, port: u16) -> Result<(Db, Backend, Live), StartupError> {
    let db = Db::connect(&config.database).await?;
    db.migrate(&config.database.to_string()).await?;
    let public_url = config
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://localhost:{}", port));
    let rp = RelyingParty::new(&public_url).map_err(StartupError::Passkeys)?;
    let live = Live::start(db.clone(), config.database.expose()).await;
    let keys = VapidKeys::load_or_make(&db)
        .await
        .map_err(StartupError::PushKeys)?;
    let pusher = Pusher::new(db.clone(), keys, config.push_endpoints.clone());
    let backend = Backend::new(
        db.clone(),
        config.demo,
        IdentitySettings {
            rp,
            public_url,
            code_days: config.activation_code_days,
        },
        live.clone(),
        pusher.clone(),
    );
    backend.reload_wording().await;
    Ok((db, backend, live))
}

/// The services alone, for a command run beside the server (`helder create-administrator`).
pub async fn command_services(config: &Config) -> Result<Backend, StartupError> {
    let (_, backend, live) = services(config, config.port).await?;
    live.close();
    Ok(backend)
}
