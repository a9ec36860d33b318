//! `tipdata import glotip`: read the file, collapse repeated keys, store all or nothing.

use std::path::Path;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use tipdata_io::GlotipFile;
use tipdata_store::{ImportOutcome, ObservationImport, Store};

pub fn actor() -> String {
    std::env::var("TIPDATA_ACTOR").or_else(|_| std::env::var("USER")).unwrap_or_else(|_| "cli".to_string())
}

fn progress_bar() -> ProgressBar {
    // Hidden by indicatif when stderr is not a terminal.
    let pb = ProgressBar::new(0);
    pb.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {percent}%").expect("the template is valid").progress_chars("=> "),
    );
    pb.set_message("reading");
    pb
}

pub fn import_file(store: &mut dyn Store, path: &Path) -> Result<ImportReport> {
    let pb = progress_bar();
    let (file, sha) = tipdata_io::read_glotip(path, &|done, total| {
        pb.set_length(total);
        pb.set_position(done);
    })?;
    pb.finish_and_clear();
    store_file(store, &path.display().to_string(), sha, file)
}

pub fn import_bytes(store: &mut dyn Store, name: &str, bytes: &[u8]) -> Result<ImportReport> {
    let file = tipdata_io::read_glotip_bytes(name, bytes, &|_, _| {})?;
    store_file(store, name, tipdata_io::sha256_hex(bytes), file)
}

fn store_file(store: &mut dyn Store, name: &str, sha256: String, file: GlotipFile) -> Result<ImportReport> {
    let collapsed = tipdata_model::collapse(file.observations);
    let mut outcome = store.import_observations(&ObservationImport {
        kind: "glotip",
        file: name,
        sha256,
        actor: &actor(),
        rows_read: file.rows_read,
        collapsed: &collapsed,
        reader_findings: &file.findings,
    })?;
    outcome.findings.sort_by(|a, b| a.rule.cmp(&b.rule));
    Ok(ImportReport { rows_read: file.rows_read, outcome })
}

/// What `tipdata import glotip` reports.
pub struct ImportReport {
    pub rows_read: u64,
    pub outcome: ImportOutcome,
}

pub fn summary(r: &ImportReport) -> String {
    let o = &r.outcome;
    let mut s = format!("rows read: {}\n", r.rows_read);
    s.push_str(&format!(
        "cells stored: {} ({} new, {} changed, {} unchanged; {} earlier values kept in history)\n",
        o.inserted + o.changed,
        o.inserted,
        o.changed,
        o.unchanged,
        o.history
    ));
    let mut by_rule: std::collections::BTreeMap<&str, usize> = Default::default();
    for f in &o.findings {
        *by_rule.entry(&f.rule).or_default() += 1;
    }
    let rules: Vec<String> = by_rule.iter().map(|(r, n)| format!("{n} {r}")).collect();
    s.push_str(&format!(
        "findings: {}{}\n",
        o.findings.len(),
        if rules.is_empty() { String::new() } else { format!(" ({})", rules.join(", ")) }
    ));
    match o.import_id {
        Some(id) => s.push_str(&format!("recorded as import {id}\n")),
        None => s.push_str("no changes: the database already holds exactly this data; nothing was written\n"),
    }
    s
}
