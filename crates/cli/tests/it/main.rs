//! End-to-end tests of the `tipdata` binary, on the real GLOTIP file shipped in `data/`.

mod backup;
mod cases;
mod coding_cli;
mod ctdc;
mod errors;
mod flows;
mod glotip;
mod interfaces;
mod parquet;
mod publish;
mod release;
mod report;
mod users;
mod validation;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use tipdata_store::testing::TestDb;

pub fn repo_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(rel)
}

pub fn glotip_xlsx() -> PathBuf {
    repo_file("data/glotip/data_glotip.xlsx")
}

/// Puts the real GLOTIP file into the test's new database at `db`, as `tipdata import glotip`
/// stores it. Tests that start from it (not the ones about the import: `glotip.rs`) call this.
/// On SQLite the import (~3.4 s CPU in a debug build) runs once into a template that later
/// calls copy: the template sits in cargo's test temp directory under a name made from the
/// binary's and the workbook's size and time, so a changed binary or file gets a new one (and
/// the old ones are removed). On PostgreSQL every call imports.
pub fn import_real_glotip(db: &Path) {
    let xlsx = glotip_xlsx();
    if std::env::var(tipdata_store::testing::TEST_PG_VAR).is_ok_and(|v| !v.is_empty()) {
        ok(db, &["import", "glotip", xlsx.to_str().expect("utf-8")]);
        return;
    }
    assert!(!db.exists(), "{} exists: the real file goes into a new database", db.display());
    let stamp = |p: &Path| {
        let m = std::fs::metadata(p).expect("stat");
        let t = m.modified().expect("mtime").duration_since(std::time::UNIX_EPOCH).expect("after 1970");
        format!("{}-{}", m.len(), t.as_nanos())
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tipdata-cli-glotip");
    std::fs::create_dir_all(&dir).expect("the template directory");
    let template = dir.join(format!("glotip-{}-{}.db", stamp(Path::new(env!("CARGO_BIN_EXE_tipdata"))), stamp(&xlsx)));
    // One import per process however many tests ask at once.
    static MAKING: Mutex<()> = Mutex::new(());
    let _making = MAKING.lock().unwrap_or_else(|e| e.into_inner());
    if !template.exists() {
        // Made under a name of its own and renamed when complete, so a test in another process
        // never copies half a template; the importing process has closed the database (no WAL).
        let partial = dir.join(format!("partial-{}-{:?}.db", std::process::id(), std::thread::current().id()));
        let _ = std::fs::remove_file(&partial);
        ok(&partial, &["import", "glotip", xlsx.to_str().expect("utf-8")]);
        for stale in std::fs::read_dir(&dir).expect("the template directory").flatten() {
            let name = stale.file_name().to_string_lossy().into_owned();
            if name.starts_with("glotip-") && stale.path() != template {
                let _ = std::fs::remove_file(stale.path());
            }
        }
        std::fs::rename(&partial, &template).expect("the template is kept");
    }
    std::fs::copy(&template, db).expect("the template is copied");
}

/// Output of one run of the binary.
pub struct Run {
    pub ok: bool,
    /// The exit code (`None`: killed by a signal).
    pub status: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// PostgreSQL databases standing for the SQLite paths tests name, when `TIPDATA_TEST_PG` is set.
static POSTGRES: Mutex<Option<HashMap<PathBuf, TestDb>>> = Mutex::new(None);

/// The database a test means by a path in its temporary directory: that SQLite file, or under
/// `TIPDATA_TEST_PG` a fresh PostgreSQL database of its own, created on first use and dropped
/// once the test's directory is gone (the rest go with the CI cluster).
pub fn db_url(db: &Path) -> String {
    if std::env::var(tipdata_store::testing::TEST_PG_VAR).map_or(true, |v| v.is_empty()) {
        return db.display().to_string();
    }
    let mut map = POSTGRES.lock().unwrap_or_else(|e| e.into_inner());
    let map = map.get_or_insert_with(HashMap::new);
    map.retain(|path, _| path.parent().is_some_and(Path::exists));
    map.entry(db.to_path_buf()).or_default().url().to_string()
}

/// Runs SQL on the test's database behind tipdata's back, as someone with direct access could.
pub fn edit_db(db: &Path, sql: &str) -> Result<(), String> {
    let url = db_url(db);
    let map = POSTGRES.lock().unwrap_or_else(|e| e.into_inner());
    match map.as_ref().and_then(|m| m.get(db)) {
        Some(pg) => pg.raw(sql).map_err(|e| e.to_string()),
        None => rusqlite::Connection::open(&url).and_then(|c| c.execute_batch(sql)).map_err(|e| e.to_string()),
    }
}

/// The SQL that drops the audit log's UPDATE guard on the test's backend.
pub fn drop_update_guard_sql() -> &'static str {
    if std::env::var(tipdata_store::testing::TEST_PG_VAR).map_or(true, |v| v.is_empty()) {
        "DROP TRIGGER audit_log_no_update"
    } else {
        "DROP TRIGGER audit_log_no_update ON audit_log"
    }
}

pub fn tipdata(db: &Path, args: &[&str]) -> Run {
    tipdata_at(&db_url(db), args)
}

/// Runs the binary on exactly the database `url` names, whatever the suite's backend.
pub fn tipdata_at(url: &str, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_tipdata"))
        .arg("--db")
        .arg(url)
        .args(args)
        .env_remove("TIPDATA_DB")
        .output()
        .expect("the tipdata binary runs");
    Run {
        ok: out.status.success(),
        status: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn ok(db: &Path, args: &[&str]) -> String {
    let r = tipdata(db, args);
    assert!(r.ok, "tipdata {args:?} failed: {}", r.stderr);
    r.stdout
}

/// The real GLOTIP sheet as CSV (every cell as the workbook holds it), written with calamine
/// and the csv crate, not with tipdata's reader.
pub fn glotip_as_csv(dest: &Path) {
    use calamine::{Data, Reader};
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(glotip_xlsx()).expect("the bundled workbook opens");
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).expect("the sheet reads");
    let mut w = csv::Writer::from_path(dest).expect("temp file");
    for row in range.rows() {
        let rec: Vec<String> = row
            .iter()
            .map(|c| match c {
                Data::Empty => String::new(),
                Data::String(s) => s.clone(),
                Data::Int(i) => i.to_string(),
                Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                other => other.to_string(),
            })
            .collect();
        w.write_record(&rec).expect("write");
    }
    w.flush().expect("flush");
}
