//! Automatic coding of court-case summaries against the coding scheme
//! (`docs/coding-scheme.md`): a transparent rule core with evidence spans, an optional
//! learned layer, and the evaluation against hand-coded gold sets.
//!
//! ```
//! let coding = tipdata_coder::code("He contacted the 15-year-old victim through Facebook.");
//! assert_eq!(coding.get("victims_minor").map(|v| v.to_json()), Some("yes".into()));
//! ```

pub mod eval;
mod keyhash;
pub mod learn;
pub mod lexicon;
pub mod matcher;
pub mod proposal;
pub mod rules;
#[cfg(test)]
mod test_rng;
pub mod text;
pub mod towns;

use std::io::{BufRead, Write};
use std::sync::OnceLock;

use serde_json::{Map, Value as Json};
use tipdata_model::coding::{Coding, SCHEME};

pub use eval::{evaluate, read_gold, unodc_coding, GoldCase, LabelScore, Report, BENCHMARK_LABELS};
pub use learn::{train, Model, TrainConfig};
pub use lexicon::Lexicon;
pub use proposal::Proposal;
pub use rules::{Scratch, DEFAULT_HOME_COUNTRY};

/// Version of the automatic coder (rules, lexicon and combination); the coder id of its
/// codings is `auto-<VERSION>`. Kept in `crates/coder/VERSION` (one line, no newline).
pub const VERSION: &str = include_str!("../VERSION");

/// The coder id stored with automatic codings.
pub fn coder_id() -> String {
    format!("auto-{VERSION}")
}

#[derive(Debug, thiserror::Error)]
pub enum CodeError {
    #[error("line {line}: {message}")]
    Json { line: usize, message: String },
    #[error("line {line}: field '{field}': {message}")]
    Field { line: usize, field: String, message: String },
    #[error("{file} line {line}: {message}")]
    Lexicon { file: String, line: usize, message: String },
    #[error("model: {0}")]
    Model(String),
    #[error("reading input: {0}")]
    Read(#[source] std::io::Error),
    #[error("writing output: {0}")]
    Write(#[source] std::io::Error),
}

/// The automatic coder: the compiled rule lexicon, and optionally a trained model that
/// decides the labels the rules have no evidence for. Build once, code many.
#[derive(Debug, Clone)]
pub struct Coder {
    lexicon: Lexicon,
    model: Option<Model>,
}

impl Coder {
    /// The rules alone, with the bundled lexicon.
    pub fn new() -> Coder {
        Coder { lexicon: Lexicon::bundled().expect("the bundled lexicon is valid (tested)"), model: None }
    }

    /// The rules with a given lexicon (for experts trying an extended one).
    pub fn with_lexicon(lexicon: Lexicon) -> Coder {
        Coder { lexicon, model: None }
    }

    /// Adds a trained model on top of the rules.
    pub fn with_model(mut self, model: Model) -> Coder {
        self.model = Some(model);
        self
    }

    pub fn model(&self) -> Option<&Model> {
        self.model.as_ref()
    }

    /// Codes one summary: every variable of the scheme, each value with its evidence.
    pub fn code(&self, summary: &str) -> Coding {
        self.code_with(summary, &mut rules::Scratch::default())
    }

    /// As [`Coder::code`], reusing buffers between calls.
    pub fn code_with(&self, summary: &str, scratch: &mut rules::Scratch) -> Coding {
        self.code_in(summary, DEFAULT_HOME_COUNTRY, scratch)
    }

    /// Codes a summary of a case of country `home` (ISO 3166-1 alpha-3): a country named
    /// other than `home` is abroad, so the border is read relative to the case's own country.
    pub fn code_in(&self, summary: &str, home: &str, scratch: &mut rules::Scratch) -> Coding {
        self.propose(summary, home, scratch).to_coding(summary)
    }

    /// The coding of a summary of a case of country `home`, with evidence as byte offsets,
    /// in `scratch` (no allocation once its buffers have grown): what [`Coder::code_in`]
    /// returns, before it is made into owned strings. The rules', completed by the learned
    /// layer if there is one.
    pub fn propose<'s>(&self, summary: &str, home: &str, scratch: &'s mut rules::Scratch) -> &'s Proposal {
        rules::propose(&self.lexicon, summary, home, scratch);
        if let Some(model) = &self.model {
            model.complete_proposal(summary, &mut scratch.proposal, &mut scratch.layer);
        }
        &scratch.proposal
    }
}

impl Default for Coder {
    fn default() -> Self {
        Coder::new()
    }
}

/// The shared rules-only coder.
fn default_coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(Coder::new)
}

/// Codes one summary with the rules alone (see [`Coder`] to add a model).
pub fn code(summary: &str) -> Coding {
    default_coder().code(summary)
}

/// What one `code_jsonl` run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Summaries coded (one output line each).
    pub coded: usize,
    /// Of those, coded `internet_used=yes`.
    pub internet_used: usize,
    /// Blank input lines skipped.
    pub blank_lines: usize,
}

/// `tipdata code`: reads JSON lines `{"id", "summary"}` (and optionally `"country"`, the
/// ISO3 code of the case's country; USA when absent) and writes one JSON line per input,
/// in the same order, with `id`, every variable of the scheme and `evidence`. Blank lines
/// are skipped; any other bad line stops the run with an error naming the line and field.
pub fn code_jsonl(input: impl BufRead, output: impl Write) -> Result<Stats, CodeError> {
    code_jsonl_with(default_coder(), input, output)
}

/// [`code_jsonl`] with a given coder (rules plus a model).
pub fn code_jsonl_with(coder: &Coder, input: impl BufRead, output: impl Write) -> Result<Stats, CodeError> {
    code_jsonl_in(coder, DEFAULT_HOME_COUNTRY, input, output)
}

/// [`code_jsonl_with`], with `home` the country of lines that carry no `country`.
pub fn code_jsonl_in(coder: &Coder, home: &str, input: impl BufRead, mut output: impl Write) -> Result<Stats, CodeError> {
    let mut stats = Stats::default();
    let mut scratch = rules::Scratch::default();
    let mut buf = Vec::new();
    for (i, line) in input.lines().enumerate() {
        let n = i + 1;
        let line = line.map_err(CodeError::Read)?;
        if line.trim().is_empty() {
            stats.blank_lines += 1;
            continue;
        }
        let (id, summary, country) = parse_input_line(n, &line)?;
        let home = country.as_deref().unwrap_or(home);
        buf.clear();
        // The line is written from the proposal, with no owned coding.
        let p = coder.propose(&summary, home, &mut scratch);
        if p.value("internet_used") == proposal::Value::Label("yes") {
            stats.internet_used += 1;
        }
        p.write_json(&summary, &id, &mut buf);
        buf.push(b'\n');
        output.write_all(&buf).map_err(CodeError::Write)?;
        stats.coded += 1;
    }
    output.flush().map_err(CodeError::Write)?;
    Ok(stats)
}

fn parse_input_line(n: usize, line: &str) -> Result<(Json, String, Option<String>), CodeError> {
    let obj: Map<String, Json> =
        serde_json::from_str(line).map_err(|e| CodeError::Json { line: n, message: format!("not a JSON object: {e}") })?;
    let field = |f: &str, m: &str| CodeError::Field { line: n, field: f.into(), message: m.into() };
    let id = match obj.get("id") {
        Some(Json::String(s)) if !s.trim().is_empty() => Json::String(s.clone()),
        Some(Json::Number(x)) => Json::Number(x.clone()),
        Some(_) => return Err(field("id", "expected a non-empty string")),
        None => return Err(field("id", "missing")),
    };
    let summary = match obj.get("summary") {
        Some(Json::String(s)) => s.clone(),
        Some(_) => return Err(field("summary", "expected a string")),
        None => return Err(field("summary", "missing")),
    };
    let country = match obj.get("country") {
        None | Some(Json::Null) => None,
        Some(Json::String(c)) if is_country(c) => Some(c.clone()),
        Some(c) => return Err(field("country", &format!("{c} is not an ISO 3166-1 alpha-3 country code (e.g. \"ROU\")"))),
    };
    Ok((id, summary, country))
}

/// Whether a code is an ISO 3166-1 alpha-3 country of the codelist (for `Coding::from_json`).
pub fn is_country(code: &str) -> bool {
    tipdata_model::Instrument::v1().entity(code).is_some_and(|e| e.kind == tipdata_model::EntityKind::Country)
}

/// Every variable of the scheme, by name, in order.
pub fn variable_names() -> impl Iterator<Item = &'static str> {
    SCHEME.iter().map(|v| v.name)
}
