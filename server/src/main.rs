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
