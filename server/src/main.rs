use std::process::ExitCode;

use server::config::Config;
use server::startup::Application;
use tracing_subscriber::EnvFilter;

/// A page view allocates and frees many small buffers on two to many threads at once; glibc's
/// allocator spent a quarter of a signed-in view's time on it (perf, 2026-12-04).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        Some("export-wording") => {
            let args: Vec<String> = std::env::args().skip(2).collect();
            return export_wording(&config, &args).await;
        }
        Some("wording-coverage") => return wording_coverage(&config).await,
        Some("generate-families") => {
            let args: Vec<String> = std::env::args().skip(2).collect();
            return generate_families(&config, &args).await;
        }
        Some("backup") => {
            let args: Vec<String> = std::env::args().skip(2).collect();
            return backup(&config, &args).await;
        }
        Some("restore") => {
            let args: Vec<String> = std::env::args().skip(2).collect();
            return restore(&config, &args).await;
        }
        Some(other) => {
            eprintln!(
                "helder: unknown command '{other}' (commands: serve, verify-access-log, create-administrator, export-wording, wording-coverage, backup, restore)"
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

/// `helder export-wording [--locales DIR]`: write every accepted wording into the `.ftl` files
/// (default `./locales`) and say what changed, so the repository stays the source of truth.
async fn export_wording(config: &Config, args: &[String]) -> ExitCode {
    let dir = match args {
        [] => std::path::PathBuf::from("locales"),
        [flag, dir] if flag == "--locales" => std::path::PathBuf::from(dir),
        _ => {
            eprintln!("helder: usage: helder export-wording [--locales DIR]");
            return ExitCode::from(2);
        }
    };
    let backend = match server::startup::command_services(config).await {
        Ok(backend) => backend,
        Err(e) => {
            eprintln!("helder: {e}");
            return ExitCode::from(1);
        }
    };
    match server::commands::export_wording(&backend, &dir).await {
        Ok(done) => {
            use server::commands::Exported;
            let mut changed = 0;
            for item in &done {
                match item {
                    Exported::Written { file, id } => {
                        changed += 1;
                        println!("changed   {file}: {id}");
                    }
                    Exported::AlreadyThere { file, id } => println!("unchanged {file}: {id}"),
                    Exported::Missing { lang, id } => {
                        println!("not found {lang}: {id} (no such message in this version)")
                    }
                }
            }
            println!(
                "{changed} message(s) written, {} accepted in all",
                done.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("helder: exporting the wording failed: {e}");
            ExitCode::from(1)
        }
    }
}

/// `helder wording-coverage`: the share of approved texts per language, page and reader.
async fn wording_coverage(config: &Config) -> ExitCode {
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", 0)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("helder: {e}");
            return ExitCode::from(1);
        }
    };
    // The whole application, never served: the report opens the example pages inside it.
    let app = match Application::build_with_listener(config.clone(), listener).await {
        Ok(app) => app,
        Err(e) => {
            eprintln!("helder: {e}");
            return ExitCode::from(1);
        }
    };
    match server::commands::coverage_report(&app.services()).await {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("helder: the coverage report failed: {e}");
            ExitCode::from(1)
        }
    }
}

/// `helder backup <file>`: a consistent copy of the database, made while the server runs.
async fn backup(config: &Config, args: &[String]) -> ExitCode {
    let [file] = args else {
        eprintln!("helder: usage: helder backup <file>");
        return ExitCode::from(2);
    };
    match server::backup::backup(&config.database, std::path::Path::new(file)).await {
        Ok(summary) => {
            println!("Backup written to {file}: {summary}.");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("helder: backup failed: {e}");
            ExitCode::from(1)
        }
    }
}

/// `helder restore <file> [--overwrite]`: put a backup into the configured database; a
/// database that holds data is replaced only with `--overwrite`, after every server stopped.
async fn restore(config: &Config, args: &[String]) -> ExitCode {
    let (file, overwrite) = match args {
        [file] => (file, false),
        [file, flag] | [flag, file] if flag == "--overwrite" => (file, true),
        _ => {
            eprintln!("helder: usage: helder restore <file> [--overwrite]");
            return ExitCode::from(2);
        }
    };
    match server::backup::restore(std::path::Path::new(file), &config.database, overwrite).await {
        Ok(summary) => {
            println!("Restored {file} into {}: {summary}.", config.database);
            println!("Check it with: helder verify-access-log");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("helder: restore failed: {e}");
            ExitCode::from(1)
        }
    }
}

/// `helder generate-families N`: add N fictional families, for load tests (`.ci/bench`). Only
/// with demo mode on, so it can never mix invented families into real data.
async fn generate_families(config: &Config, args: &[String]) -> ExitCode {
    let Some(count) = args.first().and_then(|n| n.parse::<u64>().ok()) else {
        eprintln!("usage: helder generate-families <number>");
        return ExitCode::from(2);
    };
    if !config.demo {
        eprintln!(
            "helder: generate-families adds invented families; it runs only with HELDER_DEMO=true"
        );
        return ExitCode::from(2);
    }
    let db = match server::db::Db::connect(&config.database).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("helder: {e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = db.migrate(&config.database.to_string()).await {
        eprintln!("helder: {e}");
        return ExitCode::from(1);
    }
    let today = time::OffsetDateTime::now_utc().date();
    let started = std::time::Instant::now();
    let made = match server::demo::ensure_demo_data(&db, today).await {
        Ok(()) => server::demo::generate_families(&db, today, count).await,
        Err(e) => Err(e),
    };
    match made {
        Ok(made) => {
            println!(
                "generated {made} families in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("helder: generating families failed: {e}");
            ExitCode::from(1)
        }
    }
}
