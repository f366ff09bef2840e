# Shared by .ci/up (run the portal) and .ci/test (run every test). Each ensure_* step checks
# first and installs only what is missing, so a second run costs seconds. Pinned versions:
# see shared/build-notes.md (cargo-leptos 0.3.11 needs a newer rustc; wasm-bindgen-cli must
# equal the wasm-bindgen crate, pinned in Cargo.toml).

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.130

say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  say "installing $* (Debian)"
  if [ -z "${HELDER_APT_UPDATED:-}" ]; then
    as_root apt-get update -qq
    export HELDER_APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The build tools' own release profiles ask for fat LTO and one codegen unit: on 2 cores that
# made installing cargo-leptos take about 29 minutes, for a program whose speed hardly matters
# here (it waits for rustc). So it is built as a debug build without debug info. wasm-bindgen
# does real work on every build (it rewrites the wasm file), so it keeps opt-level 1, without
# LTO and with many codegen units. The two install side by side: each has long stretches where
# one core idles (build scripts, C code, linking).
tool_install() {
  local profile=$1
  shift
  if [ "$profile" = debug ]; then
    CARGO_PROFILE_DEV_DEBUG=false CARGO_INCREMENTAL=0 cargo install --debug "$@"
  else
    CARGO_PROFILE_RELEASE_LTO=off \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
    CARGO_PROFILE_RELEASE_DEBUG=false \
    CARGO_PROFILE_RELEASE_STRIP=true \
    CARGO_INCREMENTAL=0 \
      cargo install "$@"
  fi
}

ensure_rust() {
  command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
  export PATH="$HOME/.cargo/bin:$PATH"
  ensure_openssl
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  local pids=()
  if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "$CARGO_LEPTOS_VERSION" ]; then
    say "installing cargo-leptos $CARGO_LEPTOS_VERSION (a few minutes, once)"
    tool_install debug cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked &
    pids+=($!)
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    # Without --locked: its lock file pins a webpki-roots that no longer builds.
    tool_install optimised wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" &
    pids+=($!)
  fi
  local pid
  for pid in "${pids[@]}"; do
    wait "$pid" || { echo "installing a build tool failed" >&2; exit 1; }
  done
}

# OpenSSL headers: Web Push encryption (the ece crate) and the HTTPS client use OpenSSL.
ensure_openssl() {
  if ! pkg-config --exists openssl 2>/dev/null; then
    apt_install libssl-dev pkg-config
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null; then
    apt_install chromium
  fi
}

ensure_node_modules() {
  command -v npm >/dev/null || apt_install nodejs npm
  if [ ! -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing the browser-test modules (no browser download: Debian's chromium is used)"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}

# Schemathesis (PyPI), for the integration API's schema test, in a virtualenv of its own.
SCHEMATHESIS_VERSION=4.32.5
ensure_schemathesis() {
  local venv=target/schemathesis
  if [ "$("$venv/bin/schemathesis" --version 2>/dev/null | awk '{print $3}')" != "$SCHEMATHESIS_VERSION" ]; then
    say "installing schemathesis $SCHEMATHESIS_VERSION (PyPI)"
    command -v python3 >/dev/null || apt_install python3 python3-venv
    python3 -m venv "$venv" || { apt_install python3-venv && python3 -m venv "$venv"; }
    "$venv/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  export HELDER_SCHEMATHESIS="$PWD/$venv/bin/schemathesis"
}

# PostgreSQL on 127.0.0.1:5432. Machines here start one before the session; elsewhere the
# Debian package is installed and started, with trust auth on loopback for the test databases
# (throw-away CI machines only — never on a shared host).
ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    return
  fi
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    apt_install postgresql
  fi
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  if ! grep -q '^host all all 127.0.0.1/32 trust' "/etc/postgresql/$version/main/pg_hba.conf"; then
    as_root sed -i '1i host all all 127.0.0.1/32 trust' "/etc/postgresql/$version/main/pg_hba.conf"
  fi
  say "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || as_root pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && return
    sleep 1
  done
  echo "PostgreSQL did not start on 127.0.0.1:5432" >&2
  exit 1
}

# Databases the browser tests' workers make (helder_e2e_*) and their restore journey makes
# (helder_restored_*) are dropped when the worker ends; a run that was killed leaves them.
drop_stale_e2e_databases() {
  local url=${HELDER_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
  psql "$url" -Atqc "SELECT datname FROM pg_database WHERE datname LIKE 'helder\_e2e\_%' OR datname LIKE 'helder\_restored\_%'" |
    while read -r name; do
      psql "$url" -qc "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null
    done
}

# The release browser code (optimised wasm, content-hashed names, brotli and gzip copies), as
# production serves it, into target/site-release; the debug build in target/site is left alone.
# The browser tests and the budgets both serve it with the debug server binary, which finds the
# hashed names in RELEASE_HASH_FILE. Built once per test run: skipped when
# HELDER_RELEASE_SITE_BUILT=1 (set by .ci/test after building it).
RELEASE_SITE=target/site-release
RELEASE_HASH_FILE="$PWD/target/release/hash-site-release.txt"
build_release_site() {
  if [ "${HELDER_RELEASE_SITE_BUILT:-}" = 1 ] && [ -f "$RELEASE_HASH_FILE" ]; then
    return
  fi
  ensure_node_modules
  say "building the browser code for release ($RELEASE_SITE)"
  # wasm-opt from npm's binaryen (Debian's older one makes wasm that fails to hydrate).
  PATH="$PWD/end2end/node_modules/.bin:$PATH" \
  LEPTOS_SITE_ROOT=$RELEASE_SITE LEPTOS_HASH_FILES=true LEPTOS_HASH_FILE_NAME=$(basename "$RELEASE_HASH_FILE") \
    cargo leptos build --release --precompress --frontend-only
}
