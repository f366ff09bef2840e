// `sqlx::migrate!` reads the migration folders while compiling; without this, a new migration
// file is not seen until something else in the crate changes.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
