//! `tipdata code`, `tipdata coder eval|train` and `tipdata cases code`: the automatic coder
//! (crates/coder) wired to files and to the case repository.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use tipdata_coder::{Coder, Model};
use tipdata_model::case::CoderId;
use tipdata_store::{NewCoding, Store};

#[derive(clap::Args)]
pub struct CodeArgs {
    /// JSON lines {"id": "...", "summary": "..."}.
    #[arg(long = "in")]
    input: PathBuf,
    /// One JSON line per input, same order, every variable of the coding scheme and evidence.
    #[arg(long = "out")]
    output: PathBuf,
    /// A model from `tipdata coder train` to fill what the rules leave without evidence.
    #[arg(long)]
    model: Option<PathBuf>,
    /// ISO3 code of the country of cases whose line has no `country`: a country named
    /// other than the case's own is abroad (the border variable).
    #[arg(long, value_name = "ISO3", default_value = tipdata_coder::DEFAULT_HOME_COUNTRY, value_parser = home_country)]
    home_country: String,
}

/// Parses `--home-country`: an ISO 3166-1 alpha-3 country of the codelist.
fn home_country(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_uppercase();
    if tipdata_coder::is_country(&code) {
        Ok(code)
    } else {
        Err(format!("'{s}' is not an ISO 3166-1 alpha-3 country code (e.g. USA, ROU, THA)"))
    }
}

#[derive(clap::Subcommand)]
pub enum CoderCmd {
    /// Score the coder against hand-coded cases: precision, recall, F1, kappa per label.
    Eval {
        /// JSON lines with `id`, `summary` and the scheme's variables. Lines without
        /// `summary` take the text of the stored case with that id (and `web_order`).
        #[arg(long)]
        gold: PathBuf,
        /// Only the lines of this split (`dev` or `test`).
        #[arg(long)]
        split: Option<String>,
        #[arg(long)]
        model: Option<PathBuf>,
        /// How many errors to list.
        #[arg(long, default_value_t = 30)]
        errors: usize,
        /// Country of gold lines that have no `country` (ISO3).
        #[arg(long, value_name = "ISO3", default_value = tipdata_coder::DEFAULT_HOME_COUNTRY, value_parser = home_country)]
        home_country: String,
        #[arg(long, value_enum, default_value_t = crate::Format::Table)]
        format: crate::Format,
    },
    /// Train the learned layer from codings stored in the database, or from gold files.
    Train {
        /// Learn from the final values (`final`, the default) or from one coder's codings.
        #[arg(long, default_value = "final")]
        from: String,
        /// Learn from these gold files instead (JSON lines with `id`, `summary` and the
        /// scheme's variables, as `coder eval --gold` reads them; the option may repeat).
        /// No database is opened.
        #[arg(long, conflicts_with = "from")]
        gold: Vec<PathBuf>,
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(clap::Args)]
pub struct CasesCodeArgs {
    #[arg(long)]
    model: Option<PathBuf>,
    /// Country of stored cases that have none (ISO3); a case's own country comes first.
    #[arg(long, value_name = "ISO3", default_value = tipdata_coder::DEFAULT_HOME_COUNTRY, value_parser = home_country)]
    home_country: String,
}

/// The coder, with the model at `model` if given, and its coder id: `auto-<version>`, or
/// `auto-<version>:layer-<8 hex digits of the model file's hash>` with a model, so that a
/// coding made with a learned layer is never taken for one of the rules alone (nor for
/// one made with another model).
fn coder(model: Option<&Path>) -> Result<(Coder, String)> {
    let coder = Coder::new();
    Ok(match model {
        Some(p) => {
            let text = std::fs::read_to_string(p).with_context(|| format!("{}", p.display()))?;
            let model = Model::from_json(&text).with_context(|| format!("{}: not a coder model", p.display()))?;
            // FNV-1a over the file, folded to 32 bits.
            let h = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
            (coder.with_model(model), format!("{}:layer-{:08x}", tipdata_coder::coder_id(), (h ^ (h >> 32)) as u32))
        }
        None => (coder, tipdata_coder::coder_id()),
    })
}

pub fn code(a: &CodeArgs) -> Result<()> {
    let (coder, id) = coder(a.model.as_deref())?;
    let input = BufReader::new(File::open(&a.input).with_context(|| format!("{}", a.input.display()))?);
    let started = std::time::Instant::now();
    let s = crate::staging::write_file(&a.output, "partial", false, |w| {
        tipdata_coder::code_jsonl_in(&coder, &a.home_country, input, w).with_context(|| format!("{}", a.input.display()))
    })?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!("coded {} summaries ({} using the internet) in {:.2} s with {}", s.coded, s.internet_used, secs, id);
    Ok(())
}

pub fn run(db: &str, cmd: &CoderCmd) -> Result<()> {
    match cmd {
        CoderCmd::Eval { gold, split, model, errors, format, home_country } => {
            let (coder, _) = coder(model.as_deref())?;
            let store = crate::open(db)?;
            let file = BufReader::new(File::open(gold).with_context(|| format!("{}", gold.display()))?);
            let lookup = |id: &str, web_order: Option<&str>| -> Option<String> {
                let cases = store.cases_with_source_id(id).ok()?;
                let direct = store.case(id).ok().flatten();
                cases
                    .into_iter()
                    .chain(direct)
                    .find(|c| web_order.is_none() || c.source_key.as_deref() == web_order)
                    .map(|c| c.summary)
            };
            let mut cases = tipdata_coder::eval::read_gold_with(file, &lookup).with_context(|| format!("{}", gold.display()))?;
            if let Some(s) = split {
                cases.retain(|c| c.split.as_deref() == Some(s.as_str()));
            }
            anyhow::ensure!(!cases.is_empty(), "{}: no gold cases to score", gold.display());
            let report = tipdata_coder::eval::evaluate_in(&cases, &coder, home_country);
            match format {
                crate::Format::Json => println!("{}", serde_json::to_string_pretty(&report)?),
                _ => print!("{}", report.to_text(*errors)),
            }
            Ok(())
        }
        CoderCmd::Train { from, gold, out } => {
            let mut examples = Vec::new();
            for path in gold {
                let file = BufReader::new(File::open(path).with_context(|| format!("{}", path.display()))?);
                let cases = tipdata_coder::read_gold(file).with_context(|| format!("{}", path.display()))?;
                anyhow::ensure!(!cases.is_empty(), "{}: no gold cases to learn from", path.display());
                examples.extend(cases.into_iter().map(|c| (c.summary, c.coding)));
            }
            let store = if gold.is_empty() { Some(crate::open(db)?) } else { None };
            if let Some(store) = &store {
                examples_from_store(store.as_ref(), from, &mut examples)?;
            }
            anyhow::ensure!(!examples.is_empty(), "no codings to learn from (--from {from})");
            let model = tipdata_coder::train(&examples);
            crate::staging::write_file(out, "partial", false, |w| Ok(w.write_all(model.to_json().as_bytes())?))?;
            eprintln!("trained on {} cases; model written to {}", examples.len(), out.display());
            Ok(())
        }
    }
}

/// The training examples of `coder train --from`: the stored cases' final values, or one
/// coder's current codings.
fn examples_from_store(store: &dyn Store, from: &str, examples: &mut Vec<(String, tipdata_model::coding::Coding)>) -> Result<()> {
    if from == "final" {
        let finals = store.final_values(None)?;
        let mut ids: Vec<&str> = finals.iter().map(|f| f.case_id.as_str()).collect();
        ids.dedup();
        for id in ids {
            if let Some(case) = store.case(id)? {
                examples.push((case.summary, crate::cases::final_coding(&finals, id)));
            }
        }
    } else {
        let coder_id = CoderId::parse(from).map_err(anyhow::Error::msg)?;
        for (id, coding) in store.current_codings(&coder_id)? {
            if let Some(case) = store.case(&id)? {
                examples.push((case.summary, coding));
            }
        }
    }
    Ok(())
}

/// Codes every stored case and stores the codings as coder `auto-<version>` (with a model:
/// `auto-<version>:layer-<hash>`).
pub fn cases_code(store: &mut dyn Store, a: &CasesCodeArgs) -> Result<String> {
    let (coder, id) = coder(a.model.as_deref())?;
    let coder_id = CoderId::parse(&id).map_err(anyhow::Error::msg)?;
    let mut codings = Vec::new();
    let mut scratch = tipdata_coder::Scratch::default();
    for item in store.cases()? {
        let home = item.case.country.as_deref().unwrap_or(&a.home_country);
        let coding = coder.code_in(&item.case.summary, home, &mut scratch);
        codings.push(NewCoding { case_id: item.case.id, coder: coder_id.clone(), coding });
    }
    let n = codings.len();
    let outcome = store.add_codings(&crate::glotip::actor(), &codings)?;
    Ok(format!("coded {n} cases as {}: {} codings added, {} unchanged\n", coder_id.as_str(), outcome.added, outcome.unchanged))
}
