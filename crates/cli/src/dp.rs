//! `tipdata dp`: differentially private counts of a victim-level dataset (OpenDP), paid for from
//! the dataset's privacy budget in the store; `dp budget` shows and sets the budget.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use tipdata_privacy::dp::{discrete_laplace_halfwidth, dp_crosstab, DpCrosstab};
use tipdata_store::{NewDpAnswer, PrivacyBudget};

use crate::glotip::actor;
use crate::render;
use crate::Format;

#[derive(clap::Subcommand)]
pub enum DpCmd {
    /// Noisy counts of the dataset's records by one or more columns (epsilon-differentially
    /// private; spends epsilon from the dataset's budget, refused when the budget cannot pay).
    /// The same question again (same dataset version, columns, categories and epsilon) gets the
    /// answer already released, without spending; --fresh asks for a new one.
    Crosstab(CrosstabArgs),
    /// Show a dataset's privacy budget and every spend; with --total, set the budget.
    Budget {
        #[arg(long, default_value = "ctdc")]
        dataset: String,
        /// The total epsilon the dataset's releases may spend together.
        #[arg(long)]
        total: Option<f64>,
    },
}

#[derive(clap::Args)]
pub struct CrosstabArgs {
    #[arg(long, default_value = "ctdc")]
    dataset: String,
    /// Columns to count by, comma-separated (CTDC names, e.g. gender,ageBroad).
    #[arg(long, value_delimiter = ',', required = true)]
    by: Vec<String>,
    /// Privacy loss of this release; noise scale is 1/epsilon.
    #[arg(long)]
    epsilon: f64,
    /// Public range of registration years, FROM-TO (categories are fixed in advance, never
    /// read from the data).
    #[arg(long, default_value = "2002-2020")]
    years: String,
    /// Replace a column's public categories: COLUMN=a,b,c (repeatable).
    #[arg(long = "categories", value_name = "COLUMN=a,b,...")]
    categories: Vec<String>,
    /// Leave out cells whose noisy count is below this (post-processing; costs no privacy).
    #[arg(long, default_value_t = 1)]
    min_count: i64,
    /// Write the counts here as CSV instead of printing them.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Draw a fresh answer (spends epsilon again) instead of showing the answer already
    /// released for the same question on the same dataset version.
    #[arg(long)]
    fresh: bool,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

pub fn run(db: &str, cmd: DpCmd) -> Result<()> {
    let mut store = tipdata_store::open(db)?;
    match cmd {
        DpCmd::Budget { dataset, total } => {
            let b = match total {
                Some(t) => store.set_privacy_budget(&dataset, t, &actor())?,
                None => store.privacy_budget(&dataset)?.with_context(|| {
                    format!("dataset '{dataset}' has no privacy budget: set one with tipdata dp budget --dataset {dataset} --total EPSILON")
                })?,
            };
            print!("{}", ledger(&b));
            Ok(())
        }
        DpCmd::Crosstab(a) => {
            let years = parse_years(&a.years)?;
            let by: Vec<&str> = a.by.iter().map(|s| s.trim()).collect();
            let mut domains = Vec::with_capacity(by.len());
            for col in &by {
                let given = a.categories.iter().find_map(|c| {
                    c.split_once('=')
                        .filter(|(k, _)| k.trim() == *col)
                        .map(|(_, v)| v.split(',').map(|x| x.trim().to_string()).collect())
                });
                match given.or_else(|| tipdata_io::ctdc::public_categories(col, years.clone())) {
                    Some(d) => domains.push(d),
                    None => bail!("no public categories for column '{col}': give them with --categories {col}=a,b,c"),
                }
            }
            let dataset = store
                .victim_dataset(&a.dataset)?
                .with_context(|| format!("no dataset '{}' is stored (import one, e.g. tipdata import ctdc FILE)", a.dataset))?;
            let query = question(&by, &domains, a.epsilon);
            let show = |x: &DpCrosstab| -> Result<()> {
                let text = render_crosstab(x, a.min_count, if a.out.is_some() { Format::Csv } else { a.format });
                match &a.out {
                    Some(path) => std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display())),
                    None => {
                        print!("{text}");
                        Ok(())
                    }
                }
            };
            if !a.fresh {
                if let Some(kept) = store.dp_answer(&a.dataset, dataset.import_id, &query, a.epsilon)? {
                    // Post-processing of a released answer: showing it again costs no privacy.
                    let x = answer_from_json(&kept.answer)?;
                    show(&x)?;
                    let b = store.privacy_budget(&a.dataset)?.context("the dataset's budget vanished")?;
                    eprintln!(
                        "the answer released {} (ledger entry {}) to this question on this dataset version, shown again: no epsilon spent \
                         ({} of {} spent, {} left); --fresh draws a new answer, which spends epsilon {}",
                        kept.at,
                        kept.spend_id,
                        round(b.spent()),
                        b.total,
                        round(b.remaining()),
                        a.epsilon
                    );
                    return Ok(());
                }
            }
            let table = crate::ctdc::table(store.as_ref(), &a.dataset)?;
            // Computed first, shown only once the budget has paid for it.
            let x = dp_crosstab(&table, &by, &domains, a.epsilon)?;
            let purpose = format!(
                "dp crosstab --by {} --epsilon {}{} (dataset version: import {}, sha256 {})",
                by.join(","),
                a.epsilon,
                if a.fresh { " --fresh" } else { "" },
                dataset.import_id,
                dataset.content_hash
            );
            let answer = answer_json(&x);
            let (b, _) = store.release_dp_answer(&NewDpAnswer {
                dataset: &a.dataset,
                import_id: dataset.import_id,
                query: &query,
                epsilon: a.epsilon,
                answer: &answer,
                actor: &actor(),
                purpose: &purpose,
            })?;
            show(&x)?;
            let sd = tipdata_privacy::dp::discrete_laplace_variance(x.scale).sqrt();
            eprintln!(
                "epsilon {} spent on dataset {} ({} of {} spent, {} left); noise: discrete Laplace, scale {:.4} (sd {:.2}); \
                 95% of counts lie within +/-{} of the true count; {} cells, negative counts shown as 0",
                a.epsilon,
                a.dataset,
                round(b.spent()),
                b.total,
                round(b.remaining()),
                x.scale,
                sd,
                discrete_laplace_halfwidth(x.scale, 0.95),
                x.cells.len()
            );
            Ok(())
        }
    }
}

/// The question in canonical text: what makes two asks the same question.
fn question(by: &[&str], domains: &[Vec<String>], epsilon: f64) -> String {
    serde_json::json!({ "crosstab": by, "categories": domains, "epsilon": epsilon }).to_string()
}

/// A released answer as the store keeps it.
fn answer_json(x: &DpCrosstab) -> String {
    let cells: Vec<serde_json::Value> = x.cells.iter().map(|(k, n)| serde_json::json!([k, n])).collect();
    serde_json::json!({ "columns": x.columns, "cells": cells, "epsilon": x.epsilon, "scale": x.scale }).to_string()
}

fn answer_from_json(text: &str) -> Result<DpCrosstab> {
    let v: serde_json::Value = serde_json::from_str(text).context("a stored answer is not JSON")?;
    let strings =
        |v: &serde_json::Value| -> Option<Vec<String>> { v.as_array()?.iter().map(|s| s.as_str().map(String::from)).collect() };
    let bad = || anyhow::anyhow!("a stored answer does not read as a cross-tab");
    let cells = v["cells"]
        .as_array()
        .ok_or_else(bad)?
        .iter()
        .map(|c| {
            let key = if c[0].is_null() { None } else { Some(strings(&c[0]).ok_or_else(bad)?) };
            Ok((key, c[1].as_i64().ok_or_else(bad)?))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(DpCrosstab {
        columns: strings(&v["columns"]).ok_or_else(bad)?,
        cells,
        epsilon: v["epsilon"].as_f64().ok_or_else(bad)?,
        scale: v["scale"].as_f64().ok_or_else(bad)?,
    })
}

fn round(x: f64) -> f64 {
    (x * 1e9).round() / 1e9
}

fn parse_years(s: &str) -> Result<std::ops::RangeInclusive<i32>> {
    let (a, b) = s.split_once('-').with_context(|| format!("--years {s}: expected FROM-TO, e.g. 2002-2020"))?;
    let (a, b): (i32, i32) =
        (a.trim().parse().context("--years: FROM is not a year")?, b.trim().parse().context("--years: TO is not a year")?);
    anyhow::ensure!(a <= b && b - a <= 200, "--years {s}: FROM must not be after TO");
    Ok(a..=b)
}

fn ledger(b: &PrivacyBudget) -> String {
    let mut s = format!(
        "dataset {}: privacy budget epsilon {}, spent {}, left {}\n",
        b.dataset,
        b.total,
        round(b.spent()),
        round(b.remaining())
    );
    for x in &b.spends {
        s.push_str(&format!("  {} {} by {}: epsilon {} for {}\n", x.id, x.at, x.actor, x.epsilon, x.purpose));
    }
    s
}

fn render_crosstab(x: &DpCrosstab, min_count: i64, format: Format) -> String {
    let mut header = x.columns.clone();
    header.push("count".into());
    let body: Vec<Vec<String>> = x
        .cells
        .iter()
        .filter(|(_, n)| (*n).max(0) >= min_count)
        .map(|(k, n)| {
            let mut row = match k {
                Some(k) => k.clone(),
                None => vec!["(outside the categories)".to_string(); x.columns.len()],
            };
            row.push((*n).max(0).to_string());
            row
        })
        .collect();
    render::rows(&header, &body, format)
}
