//! Replays every fuzz input kept in the repository (`fuzz/seeds`, the minimized `fuzz/corpus`,
//! and `fuzz/regressions`: inputs that once crashed a reader) through the same entry the fuzz
//! targets use, on stable and without libFuzzer. A reader must answer each with a value or a
//! `ReadError`: never a panic, never a broken law.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use tipdata_io::fuzz::{check, Target};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn inputs(kind: &str, target: Target) -> Vec<PathBuf> {
    let dir = fuzz_dir().join(kind).join(target.name());
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(d) => d.map(|e| e.expect("listing a fuzz folder").path()).filter(|p| p.is_file()).collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

/// Feeds every file of `kind` through its target; returns how many were read.
fn replay(kind: &str) -> usize {
    let mut failures = Vec::new();
    let mut n = 0;
    for target in Target::ALL {
        for path in inputs(kind, target) {
            let bytes = std::fs::read(&path).expect("reading a fuzz input");
            n += 1;
            match catch_unwind(AssertUnwindSafe(|| check(target, &bytes))) {
                Ok(Ok(())) => {}
                Ok(Err(law)) => failures.push(format!("{}: {law}", path.display())),
                Err(_) => failures.push(format!("{}: panicked", path.display())),
            }
        }
    }
    assert!(failures.is_empty(), "{} of {n} inputs fail:\n{}", failures.len(), failures.join("\n"));
    n
}

#[test]
fn every_target_has_seeds_and_they_read_cleanly() {
    for target in Target::ALL {
        assert!(!inputs("seeds", target).is_empty(), "no seeds for fuzz target {}", target.name());
    }
    replay("seeds");
}

#[test]
fn inputs_that_once_crashed_a_reader_now_read_cleanly() {
    replay("regressions");
}

#[test]
fn the_minimized_corpus_reads_cleanly() {
    replay("corpus");
}

#[test]
fn every_target_has_a_fuzz_target_file() {
    for target in Target::ALL {
        let f = fuzz_dir().join("fuzz_targets").join(format!("{}.rs", target.name()));
        let src = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        assert!(src.contains("tipdata_io::fuzz::check"), "{} does not go through fuzz::check", f.display());
    }
}

#[test]
fn a_damaged_workbook_that_made_calamine_panic_is_a_read_error_for_the_file() {
    let bytes = std::fs::read(fuzz_dir().join("regressions/glotip_xlsx/calamine-shared-string-index.xlsx"))
        .expect("the regression input");
    let e = tipdata_io::read_glotip_bytes("damaged.xlsx", &bytes, &|_, _| ()).unwrap_err();
    assert_eq!((e.file.as_str(), e.row), ("damaged.xlsx", 0));
    assert!(e.message.contains("not a readable .xlsx workbook"), "{e}");
}
