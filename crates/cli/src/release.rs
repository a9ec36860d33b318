//! `tipdata release`: frozen, citable snapshots of the country data (create, list, show, diff).

use anyhow::{Context, Result};
use tipdata_store::{CellDiff, PublicationParams, Release, ReleasePublication, Store};

use crate::glotip::actor;
use crate::render::{self, value};
use crate::Format;

#[derive(clap::Subcommand)]
pub enum ReleaseCmd {
    /// Freeze every stored cell as release NAME (immutable; the name cannot be reused), and
    /// compute and keep its protected publication (what the public pages serve).
    Create {
        name: String,
        /// What the release is for, kept with it.
        #[arg(long, default_value = "")]
        note: String,
        /// Do not compute the publication now (the first public request, or `release publish`,
        /// computes it).
        #[arg(long)]
        no_publication: bool,
    },
    /// Compute and keep the protected publication of release NAME (default: the latest), if
    /// it has none yet; print it.
    Publish { name: Option<String> },
    /// Every release, oldest first.
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// One release: its hash, date, instrument version, cell count and the imports that went in.
    Show {
        name: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Cells added, changed and removed from release A to release B.
    Diff {
        a: String,
        b: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

pub fn run(db: &str, cmd: ReleaseCmd) -> Result<()> {
    let mut store = tipdata_store::open(db)?;
    match cmd {
        ReleaseCmd::Create { name, note, no_publication } => {
            let r = store.create_release(&name, &actor(), &note)?;
            let cells = store.release_cells(&r.name, None)?;
            if let Some(prev) = store.releases()?.iter().rev().nth(1) {
                if store.release_cells(&prev.name, None)? == cells {
                    eprintln!("note: same cells as release {}", prev.name);
                }
            }
            print!("{}", describe(&r));
            if !no_publication {
                let p = publish(store.as_mut(), &r)?;
                print!("{}", describe_publication(&p));
            }
            Ok(())
        }
        ReleaseCmd::Publish { name } => {
            let r = pick(store.as_ref(), name.as_deref())?;
            let p = publish(store.as_mut(), &r)?;
            print!("{}", describe_publication(&p));
            Ok(())
        }
        ReleaseCmd::List { format } => {
            let rs = store.releases()?;
            if rs.is_empty() && format == Format::Table {
                println!("no release yet: create one with tipdata release create NAME");
                return Ok(());
            }
            print!("{}", list(&rs, format));
            Ok(())
        }
        ReleaseCmd::Show { name, format } => {
            let r = store.release(&name)?.with_context(|| format!("no release '{name}' (tipdata release list shows them)"))?;
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&json(&r))?),
                Format::Csv => print!("{}", list(std::slice::from_ref(&r), Format::Csv)),
                Format::Table => {
                    print!("{}", describe(&r));
                    if let Some(p) = store.release_publication(&r.name, &PublicationParams::public())? {
                        print!("{}", describe_publication(&p));
                    }
                }
            }
            Ok(())
        }
        ReleaseCmd::Diff { a, b, format } => {
            let d = diff(store.as_ref(), &a, &b)?;
            print!("{}", render_diff(&d, format));
            eprintln!("{a} -> {b}: {} added, {} changed, {} removed", d.added.len(), d.changed.len(), d.removed.len());
            Ok(())
        }
    }
}

/// The release a publication reads: the one named, or the latest.
pub fn pick(store: &dyn Store, name: Option<&str>) -> Result<Release> {
    match name {
        Some(n) => store.release(n)?.with_context(|| format!("no release '{n}' (tipdata release list shows them)")),
        None => store
            .releases()?
            .pop()
            .context("no release yet: publication reads a frozen release; create one with tipdata release create NAME"),
    }
}

/// The release's protected publication (stored, or computed now and stored), timed.
pub fn publish(store: &mut dyn Store, r: &Release) -> Result<ReleasePublication> {
    let kept = store.release_publication(&r.name, &PublicationParams::public())?;
    if let Some(p) = kept.as_ref().filter(|p| !tipdata_privacy::release::is_current(p)) {
        eprintln!(
            "note: the publication kept with release {} was made by older disclosure code (format version {}, rules {}): it is computed again and replaces the kept copy",
            r.name, p.format_version, p.rules_version
        );
    }
    let kept = kept.is_some_and(|p| tipdata_privacy::release::is_current(&p));
    if !kept {
        eprintln!("computing the protected publication of release {} ({} cells)...", r.name, r.cell_count);
    }
    let t = std::time::Instant::now();
    let (p, _) = tipdata_privacy::release::ensure_publication(store, r, &actor())?;
    if !kept {
        eprintln!("publication computed and kept in {:.1} s", t.elapsed().as_secs_f64());
    }
    Ok(p)
}

fn describe_publication(p: &ReleasePublication) -> String {
    format!(
        "publication: {} (threshold {}, margin {}, seed {}; rules {}; format {}{}): {} cells, {} hidden\npublication sha256: {}\npublication made: {} by {}\n",
        p.params.method,
        p.params.threshold,
        p.params.margin,
        p.params.seed,
        p.rules_version,
        p.format_version,
        if tipdata_privacy::release::is_current(p) { "" } else { ", stale: computed again and replaced when next read" },
        p.cell_count,
        p.hidden_count,
        p.content_hash,
        p.created_at,
        p.created_by
    )
}

fn diff(store: &dyn Store, a: &str, b: &str) -> Result<CellDiff> {
    pick(store, Some(a))?;
    pick(store, Some(b))?;
    Ok(CellDiff::between(&store.release_cells(a, None)?, &store.release_cells(b, None)?))
}

fn describe(r: &Release) -> String {
    let mut s = format!(
        "release {}\ncreated: {} by {}\ninstrument: {}\ncells: {}\nsha256: {} (hash version {})\n",
        r.name, r.created_at, r.created_by, r.instrument_version, r.cell_count, r.content_hash, r.hash_version
    );
    if !r.note.is_empty() {
        s.push_str(&format!("note: {}\n", r.note));
    }
    s.push_str(&format!("imports: {}\n", r.imports.len()));
    for i in &r.imports {
        s.push_str(&format!("  {} {} {} ({}): {} cells in this release\n", i.import_id, i.kind, i.file, i.at, i.cells));
    }
    s
}

fn json(r: &Release) -> serde_json::Value {
    serde_json::json!({
        "name": r.name,
        "created_at": r.created_at,
        "created_by": r.created_by,
        "instrument_version": r.instrument_version,
        "cells": r.cell_count,
        "sha256": r.content_hash,
        "hash_version": r.hash_version,
        "note": r.note,
        "imports": r.imports.iter().map(|i| serde_json::json!({
            "id": i.import_id, "kind": i.kind, "file": i.file, "at": i.at, "cells": i.cells,
        })).collect::<Vec<_>>(),
    })
}

fn list(rs: &[Release], format: Format) -> String {
    if format == Format::Json {
        return serde_json::to_string_pretty(&rs.iter().map(json).collect::<Vec<_>>()).expect("JSON") + "\n";
    }
    let header: Vec<String> =
        ["name", "created_at", "created_by", "instrument", "cells", "imports", "sha256"].map(String::from).to_vec();
    let body: Vec<Vec<String>> = rs
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.created_at.clone(),
                r.created_by.clone(),
                r.instrument_version.clone(),
                r.cell_count.to_string(),
                r.imports.len().to_string(),
                r.content_hash.clone(),
            ]
        })
        .collect();
    render::rows(&header, &body, format)
}

fn render_diff(d: &CellDiff, format: Format) -> String {
    let header: Vec<String> =
        ["change", "country", "indicator", "dimension", "category", "sex", "age", "year", "before", "after"]
            .map(String::from)
            .to_vec();
    let row = |change: &str, k: &tipdata_model::ObsKey, before: String, after: String| {
        let mut r = vec![change.to_string()];
        r.extend(tipdata_privacy::glotip::key_fields(k));
        r.extend([before, after]);
        r
    };
    let mut body: Vec<Vec<String>> = Vec::with_capacity(d.added.len() + d.changed.len() + d.removed.len());
    body.extend(d.added.iter().map(|(k, v)| row("added", k, String::new(), value(*v))));
    body.extend(d.changed.iter().map(|(k, a, b)| row("changed", k, value(*a), value(*b))));
    body.extend(d.removed.iter().map(|(k, v)| row("removed", k, value(*v), String::new())));
    if format == Format::Table && body.is_empty() {
        return "no cell differs\n".to_string();
    }
    render::rows(&header, &body, format)
}
