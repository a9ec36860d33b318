//! Crash safety: `tipdata import` killed with SIGKILL at random (seeded) moments leaves a
//! database that opens, passes `tipdata audit verify`, and holds each import entirely or not
//! at all. Its own test target so CI can run it at full size:
//!
//! `TIPDATA_CRASH_KILLS=100 cargo test -p tipdata-cli --test crash -- --nocapture`
//!
//! Env: `TIPDATA_CRASH_KILLS` (default 2, so the default test run stays short),
//! `TIPDATA_CRASH_SEED` (default 9), `TIPDATA_BIN` (default: the binary cargo built for this
//! test), `TIPDATA_TEST_PG` (`postgres://user@host:port/db`: run against a fresh PostgreSQL
//! database made for this run with `psql`, instead of a SQLite file).
//!
//! Only `tipdata` commands look at the database, so the same check holds on every backend.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn repo_file(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(rel)
}

fn bin() -> PathBuf {
    std::env::var_os("TIPDATA_BIN").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_tipdata")), PathBuf::from)
}

/// SplitMix64: a seeded, reproducible sequence of kill moments without a rand dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..bound` (bound > 0).
    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

/// A database for one run: a SQLite file in a temporary folder, or a fresh PostgreSQL database.
struct Db {
    url: String,
    _dir: Option<tempfile::TempDir>,
}

impl Db {
    fn fresh(name: &str) -> Db {
        match std::env::var("TIPDATA_TEST_PG") {
            Ok(base) if !base.is_empty() => {
                let db = format!("tipdata_crash_{name}_{}", std::process::id());
                let (server, _) = base.rsplit_once('/').expect("TIPDATA_TEST_PG is postgres://user@host:port/db");
                psql(&base, &format!("DROP DATABASE IF EXISTS {db}"));
                psql(&base, &format!("CREATE DATABASE {db}"));
                Db { url: format!("{server}/{db}"), _dir: None }
            }
            _ => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = dir.path().join(format!("{name}.db")).display().to_string();
                Db { url, _dir: Some(dir) }
            }
        }
    }
}

fn psql(url: &str, sql: &str) {
    let out = Command::new("psql").arg(url).args(["-v", "ON_ERROR_STOP=1", "-c", sql]).output().expect("psql runs");
    assert!(out.status.success(), "psql {sql}: {}", String::from_utf8_lossy(&out.stderr));
}

fn tipdata(db: &Db, args: &[&str]) -> std::process::Output {
    Command::new(bin()).arg("--db").arg(&db.url).args(args).env_remove("TIPDATA_DB").output().expect("the tipdata binary runs")
}

fn ok(db: &Db, args: &[&str]) -> String {
    let out = tipdata(db, args);
    assert!(out.status.success(), "tipdata {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// What a database holds, as tipdata's own exports show it: every stored cell (SDMX-CSV, the
/// lossless channel) and every case (JSON lines).
#[derive(Clone, PartialEq, Eq)]
struct Contents {
    cells: String,
    cases: String,
}

fn contents(db: &Db) -> Contents {
    let mut cells: Vec<String> = ok(db, &["export", "observations"]).lines().map(str::to_string).collect();
    cells.sort(); // the export's order is the store's; the set of lines is what must match
    Contents { cells: cells.join("\n"), cases: ok(db, &["export", "cases", "--format", "jsonl"]) }
}

/// One import the harness kills: a command line, and which contents slot it fills.
struct Import {
    args: Vec<String>,
    /// 0: the observations, 1: the cases.
    slot: usize,
}

/// Inputs: the real GLOTIP workbook; the same sheet as CSV with every count one higher (so
/// importing it after the workbook changes every count cell); two versions of a case file.
fn imports(dir: &Path) -> Vec<Import> {
    let xlsx = repo_file("data/glotip/data_glotip.xlsx");
    let csv_path = dir.join("glotip-plus-one.csv");
    glotip_plus_one(&xlsx, &csv_path);
    let mut out = vec![
        Import { args: vec!["import".into(), "glotip".into(), xlsx.display().to_string()], slot: 0 },
        Import { args: vec!["import".into(), "glotip".into(), csv_path.display().to_string()], slot: 0 },
    ];
    for version in 0..2 {
        let p = dir.join(format!("cases-{version}.jsonl"));
        std::fs::write(&p, case_lines(version)).expect("temp file");
        out.push(Import {
            args: vec!["import".into(), "cases".into(), p.display().to_string(), "--format".into(), "jsonl".into()],
            slot: 1,
        });
    }
    out
}

fn glotip_plus_one(xlsx: &Path, dest: &Path) {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(xlsx).expect("the bundled workbook opens");
    let name = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&name).expect("the sheet reads");
    let mut rows = range.rows();
    let header: Vec<String> = rows.next().expect("a header").iter().map(|c| c.to_string()).collect();
    let value = header.iter().position(|h| h == "txtVALUE").expect("a txtVALUE column");
    let mut w = csv::Writer::from_path(dest).expect("temp file");
    w.write_record(&header).expect("write");
    for row in rows {
        let mut rec: Vec<String> = row.iter().map(|c| c.to_string()).collect();
        if let Ok(n) = rec[value].replace(',', "").trim().parse::<u64>() {
            rec[value] = (n + 1).to_string();
        }
        w.write_record(&rec).expect("write");
    }
    w.flush().expect("write");
}

/// 3,000 cases, enough that an import takes a while; version 1 changes every summary.
fn case_lines(version: u32) -> String {
    let countries = ["PHL", "GBR", "USA", "MEX", "NGA", "THA"];
    (0..3000)
        .map(|i| {
            format!(
                "{{\"id\": \"K{i}\", \"country\": \"{}\", \"year\": {}, \"summary\": \"Case {i}, version {version}: victims were recruited through an online advertisement and moved across the border.\"}}\n",
                countries[i % countries.len()],
                2010 + i % 12
            )
        })
        .collect()
}

#[test]
fn imports_killed_at_random_moments_leave_all_or_nothing_and_a_valid_audit_trail() {
    let kills: usize = std::env::var("TIPDATA_CRASH_KILLS").ok().and_then(|s| s.parse().ok()).unwrap_or(2);
    let seed: u64 = std::env::var("TIPDATA_CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(9);
    let dir = tempfile::tempdir().expect("temp dir");
    let imports = imports(dir.path());

    // Reference: each import run to the end on a clean database, with its duration.
    let reference = Db::fresh("reference");
    let empty = contents(&reference);
    let mut after = Vec::new();
    let mut took = Vec::new();
    for imp in &imports {
        let args: Vec<&str> = imp.args.iter().map(String::as_str).collect();
        let t = Instant::now();
        ok(&reference, &args);
        took.push(t.elapsed());
        after.push(contents(&reference));
    }
    for (i, imp) in imports.iter().enumerate() {
        let other = &after[i ^ 1]; // the other version of the same slot
        assert!(
            (imp.slot == 0 && after[i].cells != other.cells) || (imp.slot == 1 && after[i].cases != other.cases),
            "the two versions of import {i} must differ, or a kill could not be told from a success"
        );
    }

    // The run: the database under test holds, for each slot, the empty contents or one version.
    let db = Db::fresh("killed");
    let mut state: [Option<usize>; 2] = [None, None];
    let (mut rolled_back, mut completed) = (0, 0);
    let mut rng = Rng(seed);
    for k in 0..kills {
        // The next import: the version of its slot that the database does not hold.
        let slot = k % 2;
        let i = match state[slot] {
            Some(j) => j ^ 1,
            None => slot * 2,
        };
        // Kill anywhere from the start to a little past the clean run's duration, so some
        // kills land after the commit.
        let window = took[i].as_millis() as u64 * 12 / 10 + 1;
        let delay = Duration::from_millis(rng.below(window));
        let mut child = Command::new(bin())
            .arg("--db")
            .arg(&db.url)
            .args(&imports[i].args)
            .env_remove("TIPDATA_DB")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the tipdata binary starts");
        // Wait for the kill moment, or less if the import finishes first (then nothing is killed).
        let start = Instant::now();
        while start.elapsed() < delay && child.try_wait().expect("polling the child").is_none() {
            std::thread::sleep(Duration::from_millis(5).min(delay));
        }
        child.kill().expect("SIGKILL"); // std sends SIGKILL on Unix; a finished child is fine
        let status = child.wait().expect("the child is reaped");

        let v = tipdata(&db, &["audit", "verify"]);
        assert!(
            v.status.success(),
            "kill {k} ({delay:?} into import {i}): audit verify fails: {}",
            String::from_utf8_lossy(&v.stderr)
        );
        let now = contents(&db);
        let expected = |s: Option<usize>| s.map_or(&empty, |j| &after[j]);
        let got = slot_of(&now, slot);
        if got == slot_of(&after[i], slot) {
            state[slot] = Some(i);
            completed += 1;
        } else if got == slot_of(expected(state[slot]), slot) {
            rolled_back += 1;
        } else {
            panic!("kill {k} ({delay:?} into import {i}, exit {status}): the database holds part of an import");
        }
        if (k + 1) % 10 == 0 {
            eprintln!("crash harness: {} kills survived ({rolled_back} absent, {completed} complete)", k + 1);
        }
        // The other slot is untouched by this import.
        let other = 1 - slot;
        assert!(
            slot_of(&now, other) == slot_of(expected(state[other]), other),
            "kill {k}: import {i} changed what it does not import"
        );
    }
    eprintln!(
        "crash harness: {kills} kills (seed {seed}), every one survived: {rolled_back} imports absent, {completed} complete, \
         none partial; audit verify passed after each"
    );
}

/// The part of the contents an import of `slot` writes.
fn slot_of(c: &Contents, slot: usize) -> &str {
    if slot == 0 {
        &c.cells
    } else {
        &c.cases
    }
}
