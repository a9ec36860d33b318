//! The `tipdata` binary: parses the command line, calls one domain function, renders the result.

mod backup;
mod cases;
mod code;
mod collect;
mod crosstab;
mod ctdc;
mod demo;
mod dp;
mod glotip;
mod publish;
mod questionnaire;
mod release;
mod render;
mod report;
mod sdmx;
mod serve;
mod staging;
mod synth;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use tipdata_model::{Instrument, ObsKey, Query, QueryKey};

#[derive(Parser)]
#[command(name = "tipdata", version, about = "Statistics and court cases on trafficking in persons")]
struct Cli {
    /// Database: a SQLite file path, created on first use (or postgres://user@host:port/db).
    #[arg(long, global = true, env = "TIPDATA_DB", default_value = "tipdata.db")]
    db: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import data into the database (all or nothing).
    #[command(subcommand)]
    Import(ImportCmd),
    /// Sum observations, grouped by keys, with bounds for suppressed cells.
    Query(QueryArgs),
    /// The instrument: what is collected.
    #[command(subcommand)]
    Instrument(InstrumentCmd),
    /// One cell: its value, where it came from, and the values it held before.
    Cell(CellArgs),
    /// Findings recorded by imports.
    Findings {
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        year: Option<i32>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// The audit trail.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Court cases: list, show.
    #[command(subcommand)]
    Cases(cases::CasesCmd),
    /// Human coding of cases: add codings, agreement between coders, final values.
    #[command(subcommand)]
    Coding(cases::CodingCmd),
    /// Run the validation rules; list findings (rule, severity, country, year, cells, message).
    Validate(validate::ValidateArgs),
    /// Submissions from national authorities: draft -> submitted -> under review -> validated.
    #[command(subcommand)]
    Submissions(collect::SubmissionsCmd),
    /// Queries to countries on findings: open -> answered -> resolved, with comments.
    #[command(subcommand)]
    Queries(collect::QueriesCmd),
    /// Collection rounds: invitations, per-country state, response rate.
    #[command(subcommand)]
    Rounds(collect::RoundsCmd),
    /// Automatic coding of case summaries (JSON lines in, JSON lines out; no database).
    Code(code::CodeArgs),
    /// The automatic coder: evaluate against a gold set, train its learned layer.
    #[command(subcommand)]
    Coder(code::CoderCmd),
    /// Privacy-safe synthetic microdata from a categorical CSV (no database).
    Synth(synth::SynthArgs),
    /// Disclosure-controlled public tables, and the attacker's audit of a publication.
    Publish(publish::PublishArgs),
    /// Frozen, citable snapshots of the country data that publication reads.
    #[command(subcommand)]
    Release(release::ReleaseCmd),
    /// Differentially private counts of victim-level records, and the privacy budget ledger.
    #[command(subcommand)]
    Dp(dp::DpCmd),
    /// Build a database from the bundled real GLOTIP data, show headline tables, then serve.
    Demo(serve::DemoArgs),
    /// The web application and the REST API.
    Serve(serve::ServeArgs),
    /// People who sign in to the web application.
    #[command(subcommand)]
    Users(serve::UsersCmd),
    /// Per-country Excel questionnaires.
    #[command(subcommand)]
    Questionnaire(questionnaire::QuestionnaireCmd),
    /// Export data: cases, observations (SDMX-CSV), the instrument's SDMX structure.
    #[command(subcommand)]
    Export(ExportCmd),
    /// Cross-tabs with shares and the n behind them, regional roll-ups and coverage; or a
    /// categorical CSV (`--in FILE.csv`).
    Crosstab(crosstab::CrosstabArgs),
    /// Flows from citizenship (origin) to detection country, rolled up to regions; domestic vs
    /// foreign victims.
    Flows(crosstab::FlowsArgs),
    /// Reports over the data: `report chapter5 --out DIR`, `report glotip --out DIR`.
    #[command(subcommand)]
    Report(report::ReportCmd),
    /// Write every table of the database to a file (restorable into either backend).
    Backup(backup::BackupArgs),
    /// Load a backup into an empty database (SQLite or PostgreSQL), then verify the audit trail.
    Restore(backup::RestoreArgs),
}

#[derive(Subcommand)]
enum ExportCmd {
    #[command(flatten)]
    Cases(cases::ExportCmd),
    #[command(flatten)]
    Sdmx(sdmx::ExportCmd),
}

#[derive(Subcommand)]
enum ImportCmd {
    /// The GLOTIP long format, .xlsx or .csv.
    Glotip { file: PathBuf },
    /// Court cases: the UNODC case-law export, JSON lines, or HTCDS-shaped CSV.
    Cases(cases::ImportCasesArgs),
    /// A filled questionnaire (.xlsx from `tipdata questionnaire make`), as a draft submission.
    Questionnaire { file: PathBuf },
    /// SDMX-CSV 2.0 observations of the GLOTIP dataflow.
    Sdmx { file: PathBuf },
    /// Victim-level records in the CTDC global dataset's columns (.csv); a new version of the
    /// dataset when they differ from the stored one, nothing when they are the same.
    Ctdc {
        file: PathBuf,
        /// The stored dataset's name.
        #[arg(long, default_value = "ctdc")]
        dataset: String,
    },
}

#[derive(Subcommand)]
enum InstrumentCmd {
    /// Print the instrument (indicators, dimensions, categories, codelists).
    Show {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Subcommand)]
enum AuditCmd {
    /// Check the hash chain and that the trail accounts for every stored value.
    Verify,
}

#[derive(clap::Args)]
struct QueryArgs {
    /// Indicator name as in the GLOTIP file, e.g. "Detected trafficking victims".
    #[arg(long)]
    indicator: Option<String>,
    /// KEY=VALUE; repeat a key for several values. Keys: country, region, subregion,
    /// indicator, dimension, category, sex, age, year.
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    filters: Vec<String>,
    /// Keys to group by, comma-separated, in output order.
    #[arg(long, value_delimiter = ',')]
    by: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

/// The parts of a cell's key below country and year, as options (breakdowns default to Total).
#[derive(clap::Args)]
pub struct KeyParts {
    #[arg(long)]
    pub indicator: String,
    #[arg(long, default_value = "Total")]
    pub dimension: String,
    #[arg(long, default_value = "Total")]
    pub category: String,
    #[arg(long, default_value = "Total")]
    pub sex: String,
    #[arg(long, default_value = "Total")]
    pub age: String,
}

impl KeyParts {
    pub fn key(self, entity: String, year: i32) -> ObsKey {
        ObsKey {
            entity,
            indicator: self.indicator,
            dimension: self.dimension,
            category: self.category,
            sex: self.sex,
            age: self.age,
            year,
        }
    }
}

#[derive(clap::Args)]
struct CellArgs {
    #[arg(long)]
    country: String,
    #[command(flatten)]
    parts: KeyParts,
    #[arg(long)]
    year: i32,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Csv,
    Json,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) => {
            // One line on stderr, as for every other failure.
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("invalid arguments").trim_start_matches("error: ");
            eprintln!("error: {first} (see tipdata --help)");
            return ExitCode::from(2);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: the reason, with its causes.
            let msg: Vec<String> = e.chain().map(|c| c.to_string()).collect();
            eprintln!("error: {}", msg.join(": "));
            ExitCode::FAILURE
        }
    }
}

fn open(db: &str) -> Result<Box<dyn tipdata_store::Store>> {
    Ok(tipdata_store::open(db)?)
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Import(ImportCmd::Glotip { file }) => {
            let mut store = open(&cli.db)?;
            let outcome = glotip::import_file(store.as_mut(), &file)?;
            print!("{}", glotip::summary(&outcome));
            Ok(())
        }
        Command::Query(args) => {
            let store = open(&cli.db)?;
            let q = parse_query(&args)?;
            let rows = store.query(&q)?;
            let loose = q.unpinned();
            if !loose.is_empty() {
                let names: Vec<&str> = loose.iter().map(|k| k.as_str()).collect();
                eprintln!(
                    "note: the sums span several values of {}; totals and breakdowns may be added together \
                     (filter each to one value, e.g. --filter sex=Total, or group --by it)",
                    names.join(", ")
                );
            }
            let by: Vec<&str> = q.by.iter().map(|k| k.as_str()).collect();
            print!("{}", render::query_rows(&by, &rows, args.format));
            Ok(())
        }
        Command::Instrument(InstrumentCmd::Show { format }) => {
            print!("{}", render::instrument(Instrument::v1(), format));
            Ok(())
        }
        Command::Cell(a) => {
            let store = open(&cli.db)?;
            let key = a.parts.key(a.country, a.year);
            let cell = store.cell(&key)?.with_context(|| format!("no cell {key}"))?;
            println!("{key}\nvalue: {} (version {})\nsource: {}", render::value(cell.value), cell.version, cell.source);
            for h in store.cell_history(&key)? {
                println!("before: {} from {} ({})", render::value(h.value), h.source, h.reason);
            }
            Ok(())
        }
        Command::Findings { country, year, format } => {
            let store = open(&cli.db)?;
            let f = store.findings(country.as_deref(), year)?;
            print!("{}", render::findings(&f, format));
            Ok(())
        }
        Command::Audit(AuditCmd::Verify) => {
            let store = open(&cli.db)?;
            let r = store.verify_audit()?;
            if r.ok() {
                println!("audit trail verified: {} entries, every stored value accounted for", r.entries);
                Ok(())
            } else {
                for b in r.broken.iter().chain(&r.unaccounted).take(20) {
                    eprintln!("{b}");
                }
                anyhow::bail!(
                    "audit trail does not verify: {} broken entries, {} values unaccounted for",
                    r.broken.len(),
                    r.unaccounted.len()
                )
            }
        }
        Command::Import(ImportCmd::Cases(a)) => cases::out(cases::import(open(&cli.db)?.as_mut(), &a)?),
        Command::Cases(c) => cases::out(cases::run_cases(open(&cli.db)?.as_mut(), &c)?),
        Command::Code(a) => code::code(&a),
        Command::Synth(a) => synth::run(&cli.db, &a),
        Command::Publish(a) => publish::run(&cli.db, &a),
        Command::Release(c) => release::run(&cli.db, c),
        Command::Dp(c) => dp::run(&cli.db, c),
        Command::Coder(c) => code::run(&cli.db, &c),
        Command::Coding(c) => cases::out(cases::run_coding(open(&cli.db)?.as_mut(), &c)?),
        Command::Validate(a) => validate::run(&cli.db, a),
        Command::Submissions(c) => collect::submissions(&cli.db, c),
        Command::Queries(c) => collect::queries(&cli.db, c),
        Command::Rounds(c) => collect::rounds(&cli.db, c),
        Command::Demo(a) => demo::run(&cli.db).and_then(|()| serve::after_demo(&cli.db, &a)),
        Command::Serve(a) => serve::serve(&cli.db, &a),
        Command::Users(c) => serve::users(&cli.db, c),
        Command::Questionnaire(c) => questionnaire::run(&cli.db, c),
        Command::Import(ImportCmd::Questionnaire { file }) => questionnaire::import(&cli.db, &file),
        Command::Import(ImportCmd::Sdmx { file }) => sdmx::import(&cli.db, &file),
        Command::Import(ImportCmd::Ctdc { file, dataset }) => ctdc::import(open(&cli.db)?.as_mut(), &file, &dataset),
        Command::Export(ExportCmd::Cases(c)) => cases::out(cases::export(open(&cli.db)?.as_ref(), &c)?),
        Command::Export(ExportCmd::Sdmx(c)) => sdmx::export(&cli.db, c),
        Command::Report(c) => report::run(&cli.db, &c),
        Command::Crosstab(a) => crosstab::run(&cli.db, &a),
        Command::Flows(a) => crosstab::run_flows(&cli.db, &a),
        Command::Backup(a) => backup::backup(&cli.db, &a),
        Command::Restore(a) => backup::restore(&cli.db, &a),
    }
}

fn parse_query(args: &QueryArgs) -> Result<Query> {
    let mut q = Query::default();
    if let Some(ind) = &args.indicator {
        q.filter(QueryKey::Indicator, ind.clone());
    }
    for f in &args.filters {
        let (k, v) = f.split_once('=').with_context(|| format!("--filter {f}: expected KEY=VALUE"))?;
        let key: QueryKey = k.trim().parse().map_err(anyhow::Error::msg)?;
        q.filter(key, v.to_string());
    }
    for b in &args.by {
        let key: QueryKey = b.trim().parse().map_err(anyhow::Error::msg)?;
        if q.by.contains(&key) {
            anyhow::bail!("--by names '{key}' twice");
        }
        q.by.push(key);
    }
    q.validate(Instrument::v1()).map_err(anyhow::Error::msg)?;
    Ok(q)
}
