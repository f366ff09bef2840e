//! The real binary: a bad setting stops it with one clear line and a non-zero exit.

use std::process::Command;

fn run(env: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_helder"));
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run helder");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

#[test]
fn a_bad_port_stops_the_server_with_one_line_naming_the_variable() {
    let (code, stderr) = run(&[("HELDER_PORT", "drieduizend")]);
    assert_eq!(code, Some(2));
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("HELDER_PORT"), "{stderr}");
}

#[test]
fn an_unreachable_database_is_reported_without_the_password() {
    let (code, stderr) = run(&[(
        "DATABASE_URL",
        "postgres://helder:geheim-wachtwoord@127.0.0.1:1/helder",
    )]);
    assert_eq!(code, Some(1));
    assert!(stderr.contains("127.0.0.1:1/helder"), "{stderr}");
    assert!(!stderr.contains("geheim-wachtwoord"), "{stderr}");
}

#[test]
fn an_unsupported_database_scheme_is_refused() {
    let (code, stderr) = run(&[("DATABASE_URL", "mysql://root:pw@localhost/helder")]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("DATABASE_URL"));
    assert!(!stderr.contains("pw@"));
}

#[test]
fn verify_access_log_reports_an_intact_chain_and_unknown_commands_are_refused() {
    let dir = std::env::temp_dir().join(format!("helder-verify-{}", std::process::id()));
    let url = format!("sqlite://{}/h.db", dir.display());
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_helder"));
    cmd.arg("verify-access-log")
        .env_clear()
        .env("DATABASE_URL", &url);
    let out = cmd.output().expect("run");
    // A database that was never migrated has no log table: reported, not a panic.
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = Command::new(env!("CARGO_BIN_EXE_helder"))
        .arg("frobnicate")
        .env_clear()
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown command"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn create_administrator_prints_a_one_time_code_and_never_a_password() {
    let dir = std::env::temp_dir().join(format!("helder-admin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/h.db", dir.display());
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_helder"))
            .args(args)
            .env_clear()
            .env("DATABASE_URL", &url)
            .env("HELDER_LOG", "warn")
            .output()
            .expect("run");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, stdout, stderr) = run(&["create-administrator", "Bea", "Beheer"]);
    assert_eq!(code, Some(0), "{stderr}");
    let line = stdout
        .lines()
        .find(|l| l.starts_with("Activation code"))
        .unwrap_or_else(|| panic!("{stdout}"));
    let printed = line.rsplit(' ').next().unwrap();
    assert_eq!(printed.len(), 19, "{printed}");
    assert!(!stdout.to_lowercase().contains("password"));
    // Two codes are never the same.
    let (_, again, _) = run(&["create-administrator", "Ali", "Beheer"]);
    assert!(!again.contains(printed));
    // Without both names: usage, nothing made.
    let (code, _, stderr) = run(&["create-administrator", "Bea"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("usage"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
