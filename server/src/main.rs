use std::process::ExitCode;

use server::config::Config;
use server::startup::Application;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("HELDER_LOG")
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();

    let config = match Config::load() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("helder: {e}");
            return ExitCode::from(2);
        }
    };
    match std::env::args().nth(1).as_deref() {
        None | Some("serve") => {}
        Some("verify-access-log") => return verify_access_log(&config).await,
        Some("create-administrator") => {
            let names: Vec<String> = std::env::args().skip(2).collect();
            return create_administrator(&config, &names).await;
        }
        Some(other) => {
            eprintln!(
                "helder: unknown command '{other}' (commands: serve, verify-access-log, create-administrator)"
            );
            return ExitCode::from(2);
        }
    }
    let app = match Application::build(config.clone()).await {
        Ok(app) => app,
        Err(e) => {
            eprintln!("helder: {e}");
            return ExitCode::from(1);
        }
    };
    tracing::info!(database = %config.database, demo = config.demo, "Helder is listening on http://{}", app.local_addr());
    match app.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("helder: the server stopped: {e}");
            ExitCode::from(1)
        }
    }
}

/// `helder verify-access-log`: recompute the access log's hash chain. Exit 0 when intact,
/// 1 when a row was edited, inserted or removed (with the first position that fails).
async fn verify_access_log(config: &Config) -> ExitCode {
    let db = match server::db::Db::connect(&config.database).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("helder: {e}");
            return ExitCode::from(1);
        }
    };
    match server::access::log::verify(&db).await {
        Ok(v) if v.broken_at.is_none() => {
            println!("access log: {} rows, chain intact", v.rows);
            ExitCode::SUCCESS
        }
        Ok(v) => {
            println!(
                "access log: {} rows, chain BROKEN at row {}",
                v.rows,
                v.broken_at.unwrap_or(0)
            );
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("helder: reading the access log failed: {e}");
            ExitCode::from(1)
        }
    }
}

/// `helder create-administrator <given name> <family name>`: make an administrator and print
/// their one-time activation code. Never a default password: whoever runs this holds the
/// server, and the code works once, for a limited time, on the activation page.
async fn create_administrator(config: &Config, names: &[String]) -> ExitCode {
    let [given, family] = names else {
        eprintln!("helder: usage: helder create-administrator <given name> <family name>");
        return ExitCode::from(2);
    };
    let backend = match server::startup::command_services(config).await {
        Ok(backend) => backend,
        Err(e) => {
            eprintln!("helder: {e}");
            return ExitCode::from(1);
        }
    };
    match backend.create_administrator(given, family).await {
        Ok(code) => {
            println!("Administrator {} can now activate an account.", code.name);
            println!("Activation code (works once): {}", code.code);
            println!("Valid until: {}", code.valid_until);
            println!("Type it at: {}", code.activation_url);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("helder: the administrator was not made: {e}");
            ExitCode::from(1)
        }
    }
}
