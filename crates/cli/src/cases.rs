//! The court-case commands: `import cases`, `cases list|show`, `coding add|agreement|adjudicate`,
//! `export cases`. Each parses its input, calls the readers and the store, renders.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Subcommand, ValueEnum};
use serde_json::{json, Value as Json};
use tipdata_io::case_input::is_country;
use tipdata_io::cases_jsonl::{case_line, check_evidence, read_codings_jsonl};
use tipdata_io::CaseReadError;
use tipdata_model::case::{agreement, value_key, Case, CoderId, FinalMethod, FinalValue};
use tipdata_model::coding::{check_value, variable, CodedValue, Coding, VarKind, SCHEME};
use tipdata_store::{CaseImport, NewCoding, Store};

use crate::render::{csv, table};
use crate::Format;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CaseFormat {
    /// The UNODC case-law export (`HumanTrafficking_CLDB.csv`).
    Cldb,
    /// One JSON object per line: the coding scheme's variables plus id, country, year, summary.
    Jsonl,
    /// HTCDS 2.0 field names as CSV columns, one row per person, grouped by `CaseNumber`.
    Htcds,
}

#[derive(clap::Args)]
pub struct ImportCasesArgs {
    file: PathBuf,
    #[arg(long, value_enum)]
    format: CaseFormat,
    /// Coder of the coded values in a jsonl file whose lines do not name one.
    #[arg(long)]
    coder: Option<String>,
}

#[derive(Subcommand)]
pub enum CasesCmd {
    /// Code every stored case with the automatic coder (stored as coder auto-<version>).
    Code(crate::code::CasesCodeArgs),
    /// All cases: id, country, year, flags, coders, final values.
    List {
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// One case (or every case with that source id): identity, summary, codings, final values.
    Show {
        id: String,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

#[derive(Subcommand)]
pub enum CodingCmd {
    /// Add codings from a JSON file: objects in the shape `tipdata code` writes (one per line,
    /// or one after another), all or nothing.
    Add {
        #[arg(long)]
        coder: String,
        file: PathBuf,
    },
    /// Percent agreement and Cohen's kappa between two coders, and their disagreements.
    Agreement {
        /// Two coder ids, A,B.
        #[arg(long, value_delimiter = ',', required = true)]
        coders: Vec<String>,
        #[arg(long)]
        variable: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Set final values: where two coders agree (--agreed A,B), one coder's coding of a case
    /// (--case ID --accept CODER), or one value (--case ID --variable V --value VALUE).
    Adjudicate(AdjudicateArgs),
}

#[derive(clap::Args)]
pub struct AdjudicateArgs {
    /// Make final every value two coders agree on (values already adjudicated are kept).
    #[arg(long, value_delimiter = ',')]
    agreed: Vec<String>,
    #[arg(long)]
    case: Option<String>,
    /// Take this coder's current coding of --case as final.
    #[arg(long)]
    accept: Option<String>,
    #[arg(long)]
    variable: Option<String>,
    /// A label, a count, `unknown`, comma-separated labels, or JSON.
    #[arg(long)]
    value: Option<String>,
    #[arg(long)]
    reason: Option<String>,
    /// Who decides (default: $TIPDATA_ACTOR or $USER).
    #[arg(long)]
    by: Option<String>,
}

#[derive(Subcommand)]
pub enum ExportCmd {
    /// Cases with their final values (or one coder's current coding) to stdout.
    Cases {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Export this coder's current codings instead of the final values.
        #[arg(long)]
        coder: Option<String>,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Jsonl,
    Csv,
}

/// Writes a command's output to stdout; a reader that stops early (`| head`) is not an error.
pub fn out(s: String) -> Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(s.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

fn coder(s: &str) -> Result<CoderId> {
    CoderId::parse(s).map_err(anyhow::Error::msg)
}

pub fn import(store: &mut dyn Store, a: &ImportCasesArgs) -> Result<String> {
    let name = a.file.display().to_string();
    let bytes = std::fs::read(&a.file).with_context(|| format!("{name}: cannot read"))?;
    let default_coder = a.coder.as_deref().map(coder).transpose()?;
    let (kind, file) = match a.format {
        CaseFormat::Cldb => ("cases-cldb", tipdata_io::cldb::read_cldb_bytes(&name, &bytes)?),
        CaseFormat::Jsonl => {
            ("cases-jsonl", tipdata_io::cases_jsonl::read_cases_jsonl_bytes(&name, &bytes, default_coder.as_ref())?)
        }
        CaseFormat::Htcds => ("cases-htcds", tipdata_io::htcds::read_htcds_bytes(&name, &bytes)?),
    };
    let findings: Vec<tipdata_model::Finding> = file
        .notes
        .iter()
        .map(|n| tipdata_model::Finding {
            rule: n.rule.to_string(),
            severity: tipdata_model::Severity::Warning,
            entity: String::new(),
            year: None,
            cells: vec![format!("{name}:line {}:{}", n.line, n.field)],
            message: n.message.clone(),
        })
        .collect();
    let o = store.import_cases(&CaseImport {
        kind,
        file: &name,
        sha256: tipdata_io::sha256_hex(&bytes),
        actor: &crate::glotip::actor(),
        records_read: file.records_read,
        bundles: &file.bundles,
        findings: &findings,
    })?;
    for n in &file.notes {
        eprintln!("note: {name}, {n}");
    }
    let mut flags: BTreeMap<&str, usize> = BTreeMap::new();
    for b in &file.bundles {
        for f in &b.case.flags {
            *flags.entry(f).or_default() += 1;
        }
    }
    let mut s = format!("records read: {}\n", file.records_read);
    s.push_str(&format!(
        "cases: {} ({} new, {} changed, {} unchanged)\n",
        file.bundles.len(),
        o.cases_inserted,
        o.cases_changed,
        o.cases_unchanged
    ));
    s.push_str(&format!("codings added: {} ({} unchanged)\n", o.codings_added, o.codings_unchanged));
    let f: Vec<String> = flags.iter().map(|(k, n)| format!("{n} {k}")).collect();
    s.push_str(&format!("flagged: {}\n", if f.is_empty() { "none".to_string() } else { f.join(", ") }));
    let mut rules: BTreeMap<&str, usize> = BTreeMap::new();
    for n in &file.notes {
        *rules.entry(n.rule).or_default() += 1;
    }
    let r: Vec<String> = rules.iter().map(|(k, n)| format!("{n} {k}")).collect();
    s.push_str(&format!(
        "findings: {}{}\n",
        file.notes.len(),
        if r.is_empty() { String::new() } else { format!(" ({}; listed on stderr and by `tipdata findings`)", r.join(", ")) }
    ));
    match o.import_id {
        Some(id) => s.push_str(&format!("recorded as import {id}\n")),
        None => s.push_str("no changes: the database already holds exactly these cases; nothing was written\n"),
    }
    Ok(s)
}

fn show_value(v: &CodedValue) -> String {
    match v {
        CodedValue::Labels(l) => format!("[{}]", l.join(", ")),
        other => value_key(other),
    }
}

pub fn run_cases(store: &mut dyn Store, cmd: &CasesCmd) -> Result<String> {
    match cmd {
        CasesCmd::Code(a) => crate::code::cases_code(store, a),
        CasesCmd::List { format } => {
            let items = store.cases()?;
            if *format == Format::Json {
                let arr: Vec<Json> = items
                    .iter()
                    .map(|i| {
                        let mut m = i.case.identity_json();
                        m.insert("coders".into(), json!(i.coders));
                        m.insert("final_variables".into(), json!(i.final_variables));
                        Json::Object(m)
                    })
                    .collect();
                return Ok(serde_json::to_string_pretty(&arr)? + "\n");
            }
            let header: Vec<String> = ["id", "country", "year", "flags", "coders", "final", "name"].map(String::from).to_vec();
            let rows: Vec<Vec<String>> = items
                .iter()
                .map(|i| {
                    let c = &i.case;
                    vec![
                        c.id.clone(),
                        c.country.clone().unwrap_or_default(),
                        c.year.map(|y| y.to_string()).unwrap_or_default(),
                        c.flags.join(" "),
                        i.coders.join(" "),
                        i.final_variables.to_string(),
                        c.name.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            Ok(if *format == Format::Csv { csv(&header, &rows) } else { table(&header, &rows) })
        }
        CasesCmd::Show { id, format } => {
            let cases = match store.case(id)? {
                Some(c) => vec![c],
                None => store.cases_with_source_id(id)?,
            };
            if cases.is_empty() {
                bail!("no case '{id}' (neither a case id nor a source id)");
            }
            let mut out = String::new();
            let mut arr = Vec::new();
            for c in &cases {
                let codings = store.codings_of_case(&c.id)?;
                let finals = store.final_values(Some(c.id.as_str()))?;
                if *format == Format::Json {
                    let mut m = c.identity_json();
                    m.insert("summary".into(), json!(c.summary));
                    let cj: Vec<Json> = codings
                        .iter()
                        .map(|r| {
                            let mut o = serde_json::Map::new();
                            o.insert("coder".into(), json!(r.coder.as_str()));
                            o.insert("at".into(), json!(r.at));
                            o.insert("status".into(), json!(r.status.as_str()));
                            o.extend(r.coding.to_json());
                            Json::Object(o)
                        })
                        .collect();
                    m.insert("codings".into(), Json::Array(cj));
                    let fj: serde_json::Map<String, Json> = finals
                        .iter()
                        .map(|f| {
                            (f.variable.clone(), json!({"value": f.value.to_json(), "method": f.method.as_str(), "basis": f.basis, "decided_by": f.decided_by, "reason": f.reason}))
                        })
                        .collect();
                    m.insert("final".into(), Json::Object(fj));
                    m.insert("raw".into(), Json::Object(c.raw.clone()));
                    arr.push(Json::Object(m));
                    continue;
                }
                out.push_str(&format!("case {}\n", c.id));
                let opt = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
                out.push_str(&format!(
                    "source: {} {} (row {})\ncountry: {}\nyear: {}\ndate: {}\ncourt: {}\nname: {}\nlink: {}\nflags: {}\n",
                    c.source,
                    opt(&c.source_id),
                    opt(&c.source_key),
                    opt(&c.country),
                    c.year.map_or("-".into(), |y| y.to_string()),
                    opt(&c.date),
                    opt(&c.court),
                    opt(&c.name),
                    opt(&c.link),
                    if c.flags.is_empty() { "-".into() } else { c.flags.join(" ") }
                ));
                out.push_str(&format!("summary:\n  {}\n", c.summary.replace('\n', "\n  ")));
                for r in &codings {
                    out.push_str(&format!("coding by {} at {} ({}):\n", r.coder, r.at, r.status.as_str()));
                    for var in SCHEME {
                        if let Some(v) = r.coding.get(var.name) {
                            out.push_str(&format!("  {}: {}\n", var.name, show_value(v)));
                        }
                    }
                    for e in &r.coding.evidence {
                        out.push_str(&format!("  evidence {}={} [{}..{}] \"{}\"\n", e.variable, e.value, e.start, e.end, e.text));
                    }
                }
                if !finals.is_empty() {
                    out.push_str("final:\n");
                    for f in &finals {
                        out.push_str(&format!(
                            "  {}: {} ({} of {} by {})\n",
                            f.variable,
                            show_value(&f.value),
                            f.method.as_str(),
                            f.basis,
                            f.decided_by
                        ));
                    }
                }
                out.push('\n');
            }
            if *format == Format::Json {
                return Ok(serde_json::to_string_pretty(&arr)? + "\n");
            }
            Ok(out)
        }
    }
}

fn read_error(e: CaseReadError) -> anyhow::Error {
    anyhow::Error::new(e)
}

pub fn run_coding(store: &mut dyn Store, cmd: &CodingCmd) -> Result<String> {
    match cmd {
        CodingCmd::Add { coder: c, file } => {
            let c = coder(c)?;
            let name = file.display().to_string();
            let bytes = std::fs::read(file).with_context(|| format!("{name}: cannot read"))?;
            let lines = read_codings_jsonl(&name, &bytes).map_err(read_error)?;
            let mut new = Vec::new();
            for l in lines {
                if let Some(lc) = &l.coder {
                    if *lc != c {
                        return Err(read_error(CaseReadError::new(
                            &name,
                            l.line,
                            "coder",
                            format!("names coder '{lc}', but --coder is '{c}'"),
                        )));
                    }
                }
                let case = store.case(&l.case_id)?.ok_or_else(|| {
                    read_error(CaseReadError::new(&name, l.line, "id", format!("no case '{}' in the database", l.case_id)))
                })?;
                check_evidence(&case.summary, &l.coding)
                    .map_err(|(f, m)| read_error(CaseReadError::new(&name, l.line, &f, m)))?;
                new.push(NewCoding { case_id: l.case_id, coder: c.clone(), coding: l.coding });
            }
            let o = store.add_codings(&crate::glotip::actor(), &new)?;
            Ok(format!(
                "codings added: {} by {c} ({} unchanged: identical to the coder's current coding)\n",
                o.added, o.unchanged
            ))
        }
        CodingCmd::Agreement { coders, variable: only, format } => {
            let [a, b] = coders.as_slice() else { bail!("--coders takes two coder ids, A,B") };
            let (a, b) = (coder(a)?, coder(b)?);
            if let Some(v) = only {
                if variable(v).is_none() {
                    bail!("--variable {v}: not a variable of the coding scheme");
                }
            }
            let (ca, cb) = (store.current_codings(&a)?, store.current_codings(&b)?);
            let rep = agreement(&ca, &cb, only.as_deref());
            let both = ca.keys().filter(|k| cb.contains_key(*k)).count();
            let pct = |p: Option<f64>| p.map_or(String::new(), |p| format!("{p:.1}"));
            let kap = |k: Option<f64>| k.map_or(String::new(), |k| format!("{k:.3}"));
            match format {
                Format::Json => {
                    let rows: Vec<Json> = rep
                        .rows
                        .iter()
                        .map(|r| {
                            json!({"variable": r.variable, "label": r.label, "cases": r.result.n, "agree": r.result.agree,
                                         "percent": r.result.percent, "kappa": r.result.kappa, "note": r.result.note})
                        })
                        .collect();
                    let dis: Vec<Json> = rep
                        .disagreements
                        .iter()
                        .map(|d| json!({"case": d.case_id, "variable": d.variable, "a": d.a, "b": d.b}))
                        .collect();
                    Ok(serde_json::to_string_pretty(&json!({"coders": [a.as_str(), b.as_str()], "cases_coded_by_both": both,
                        "agreement": rows, "disagreements": dis}))?
                        + "\n")
                }
                _ => {
                    let header: Vec<String> =
                        ["variable", "label", "cases", "agree", "percent", "kappa", "note"].map(String::from).to_vec();
                    let rows: Vec<Vec<String>> = rep
                        .rows
                        .iter()
                        .map(|r| {
                            vec![
                                r.variable.clone(),
                                r.label.clone().unwrap_or_default(),
                                r.result.n.to_string(),
                                r.result.agree.to_string(),
                                pct(r.result.percent),
                                kap(r.result.kappa),
                                r.result.note.unwrap_or_default().to_string(),
                            ]
                        })
                        .collect();
                    if *format == Format::Csv {
                        return Ok(csv(&header, &rows));
                    }
                    let mut s = format!("coders {a} (A) and {b} (B): {both} cases coded by both\n\n");
                    s.push_str(&table(&header, &rows));
                    s.push_str(&format!("\ndisagreements: {}\n", rep.disagreements.len()));
                    let dh: Vec<String> = ["case", "variable", "A", "B"].map(String::from).to_vec();
                    let dr: Vec<Vec<String>> = rep
                        .disagreements
                        .iter()
                        .map(|d| vec![d.case_id.clone(), d.variable.clone(), d.a.clone(), d.b.clone()])
                        .collect();
                    if !dr.is_empty() {
                        s.push_str(&table(&dh, &dr));
                    }
                    Ok(s)
                }
            }
        }
        CodingCmd::Adjudicate(a) => adjudicate(store, a),
    }
}

/// Parses `--value` for a variable: JSON, else a bare label or count, else comma-separated
/// labels for set and list variables.
fn parse_value(var_name: &str, text: &str) -> Result<CodedValue> {
    let var = variable(var_name).with_context(|| format!("--variable {var_name}: not a variable of the coding scheme"))?;
    let json: Json = match serde_json::from_str::<Json>(text) {
        Ok(j) if !j.is_string() || matches!(var.kind, VarKind::Choice(_) | VarKind::Count) => j,
        _ => match var.kind {
            VarKind::Set(_) | VarKind::Names | VarKind::Countries => {
                Json::Array(text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(Json::from).collect())
            }
            _ => Json::from(text.trim()),
        },
    };
    check_value(var, &json, &is_country).map_err(|e| anyhow::anyhow!("--value: {e}"))
}

fn adjudicate(store: &mut dyn Store, a: &AdjudicateArgs) -> Result<String> {
    let by = a.by.clone().unwrap_or_else(crate::glotip::actor);
    let mut decisions: Vec<FinalValue> = Vec::new();
    if !a.agreed.is_empty() {
        let [x, y] = a.agreed.as_slice() else { bail!("--agreed takes two coder ids, A,B") };
        let (x, y) = (coder(x)?, coder(y)?);
        let (cx, cy) = (store.current_codings(&x)?, store.current_codings(&y)?);
        let adjudicated: std::collections::HashSet<(String, String)> = store
            .final_values(None)?
            .into_iter()
            .filter(|f| f.method == FinalMethod::Adjudication)
            .map(|f| (f.case_id, f.variable))
            .collect();
        for (case_id, kx) in &cx {
            let Some(ky) = cy.get(case_id) else { continue };
            for var in SCHEME {
                let (Some(vx), Some(vy)) = (kx.get(var.name), ky.get(var.name)) else {
                    continue;
                };
                if value_key(vx) != value_key(vy) || adjudicated.contains(&(case_id.clone(), var.name.to_string())) {
                    continue;
                }
                let mut evidence: Vec<_> = kx.evidence.iter().filter(|e| e.variable == var.name).cloned().collect();
                for e in ky.evidence.iter().filter(|e| e.variable == var.name) {
                    if !evidence.contains(e) {
                        evidence.push(e.clone());
                    }
                }
                decisions.push(FinalValue {
                    case_id: case_id.clone(),
                    variable: var.name.to_string(),
                    value: vx.clone(),
                    evidence,
                    method: FinalMethod::Agreement,
                    decided_by: by.clone(),
                    basis: format!("{x},{y}"),
                    reason: a.reason.clone(),
                });
            }
        }
    } else {
        let case_id = a
            .case
            .as_deref()
            .context("say what to decide: --agreed A,B, or --case ID with --accept CODER or --variable V --value VALUE")?;
        if store.case(case_id)?.is_none() {
            bail!("no case '{case_id}' in the database");
        }
        match (&a.accept, &a.variable, &a.value) {
            (Some(c), _, _) => {
                let c = coder(c)?;
                let coding: Coding = store
                    .current_codings(&c)?
                    .remove(case_id)
                    .with_context(|| format!("coder {c} has not coded case {case_id}"))?;
                for (var, v) in &coding.values {
                    if a.variable.as_ref().is_some_and(|only| only != var) {
                        continue;
                    }
                    decisions.push(FinalValue {
                        case_id: case_id.to_string(),
                        variable: var.clone(),
                        value: v.clone(),
                        evidence: coding.evidence.iter().filter(|e| &e.variable == var).cloned().collect(),
                        method: FinalMethod::Adjudication,
                        decided_by: by.clone(),
                        basis: c.to_string(),
                        reason: a.reason.clone(),
                    });
                }
            }
            (None, Some(var), Some(text)) => decisions.push(FinalValue {
                case_id: case_id.to_string(),
                variable: var.clone(),
                value: parse_value(var, text)?,
                evidence: vec![],
                method: FinalMethod::Adjudication,
                decided_by: by.clone(),
                basis: "manual".into(),
                reason: a.reason.clone(),
            }),
            _ => bail!("with --case, give --accept CODER, or --variable V and --value VALUE"),
        }
    }
    let n = store.decide(&by, &decisions)?;
    Ok(format!("final values set: {n} ({} decisions, {} already so)\n", decisions.len(), decisions.len() as u64 - n))
}

pub fn final_coding(finals: &[FinalValue], case_id: &str) -> Coding {
    let mut c = Coding::default();
    for f in finals.iter().filter(|f| f.case_id == case_id) {
        c.values.insert(f.variable.clone(), f.value.clone());
        c.evidence.extend(f.evidence.iter().cloned());
    }
    c
}

fn csv_value(v: Option<&CodedValue>) -> String {
    v.map(value_key).unwrap_or_default()
}

pub fn export(store: &dyn Store, cmd: &ExportCmd) -> Result<String> {
    let ExportCmd::Cases { format, coder: by } = cmd;
    let cases: Vec<Case> = store.cases()?.into_iter().map(|i| i.case).collect();
    let codings: BTreeMap<String, Coding> = match by {
        Some(c) => store.current_codings(&coder(c)?)?,
        None => {
            let finals = store.final_values(None)?;
            cases.iter().map(|c| (c.id.clone(), final_coding(&finals, &c.id))).collect()
        }
    };
    let empty = Coding::default();
    match format {
        ExportFormat::Jsonl => {
            let mut s = String::new();
            for c in &cases {
                s.push_str(&case_line(c, codings.get(&c.id).unwrap_or(&empty)));
                s.push('\n');
            }
            Ok(s)
        }
        ExportFormat::Csv => {
            let mut header: Vec<String> =
                ["id", "source_id", "country", "year", "date", "court", "name", "link", "flags"].map(String::from).to_vec();
            header.extend(SCHEME.iter().map(|v| v.name.to_string()));
            header.push("summary".into());
            let rows: Vec<Vec<String>> = cases
                .iter()
                .map(|c| {
                    let k = codings.get(&c.id).unwrap_or(&empty);
                    let o = |x: &Option<String>| x.clone().unwrap_or_default();
                    let mut r = vec![
                        c.id.clone(),
                        o(&c.source_id),
                        o(&c.country),
                        c.year.map(|y| y.to_string()).unwrap_or_default(),
                        o(&c.date),
                        o(&c.court),
                        o(&c.name),
                        o(&c.link),
                        c.flags.join(";"),
                    ];
                    r.extend(SCHEME.iter().map(|v| csv_value(k.get(v.name))));
                    r.push(c.summary.clone());
                    r
                })
                .collect();
            Ok(csv(&header, &rows))
        }
    }
}
