//! Evaluation of a coder against a gold set: per variable and per label precision, recall,
//! F1 and Cohen's kappa, the macro-F1 of the benchmark labels, and the list of errors. Also
//! reads UNODC's own coded fields of the case-law file as a partial gold coding.

use std::collections::BTreeSet;
use std::io::BufRead;

use serde::Serialize;
use serde_json::{Map, Value as Json};
use tipdata_model::coding::{CodedValue, Coding, VarKind, SCHEME};

use crate::{is_country, CodeError, Coder};

/// The labels of the benchmark: `(variable, label)`; their macro-F1 is the headline.
pub const BENCHMARK_LABELS: &[(&str, &str)] = &[
    ("internet_used", "yes"),
    ("purposes", "advertising"),
    ("purposes", "recruitment"),
    ("purposes", "exploitation"),
    ("platform_types", "classified_ads"),
    ("platform_types", "social_media"),
    ("platform_types", "freestanding_website"),
    ("platform_types", "unspecified"),
    ("strategies", "hunting"),
    ("strategies", "fishing"),
    ("victims_minor", "yes"),
    ("border", "cross_border"),
];

/// One hand-coded case.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldCase {
    pub id: String,
    pub summary: String,
    /// `dev` or `test` where the gold set says so.
    pub split: Option<String>,
    /// ISO3 code of the case's country (`country`), when the gold line gives one: the
    /// coder reads the border relative to it.
    pub country: Option<String>,
    pub coding: Coding,
}

/// Keys a gold line may carry besides the scheme's variables.
const GOLD_EXTRA_KEYS: &[&str] = &["id", "summary", "split", "notes", "web_order", "country", "year", "coder"];

/// Reads a gold file: JSON lines with `id`, `summary` and the scheme's variables (a line
/// may leave variables out: only those present are scored).
pub fn read_gold(input: impl BufRead) -> Result<Vec<GoldCase>, CodeError> {
    read_gold_with(input, &|_, _| None)
}

/// As [`read_gold`], for lines without `summary`: `text(id, web_order)` finds the text
/// elsewhere (the case-law file keeps the summaries of `cldb-gold.jsonl`).
pub fn read_gold_with(
    input: impl BufRead,
    text: &dyn Fn(&str, Option<&str>) -> Option<String>,
) -> Result<Vec<GoldCase>, CodeError> {
    let mut out = Vec::new();
    for (i, line) in input.lines().enumerate() {
        let n = i + 1;
        let line = line.map_err(CodeError::Read)?;
        if line.trim().is_empty() {
            continue;
        }
        let obj: Map<String, Json> =
            serde_json::from_str(&line).map_err(|e| CodeError::Json { line: n, message: format!("not a JSON object: {e}") })?;
        let field = |f: &str, m: String| CodeError::Field { line: n, field: f.into(), message: m };
        let id = match obj.get("id") {
            Some(Json::String(s)) => s.clone(),
            Some(Json::Number(x)) => x.to_string(),
            _ => return Err(field("id", "missing or not a string".into())),
        };
        let web_order = match obj.get("web_order") {
            Some(Json::String(s)) => Some(s.clone()),
            Some(Json::Number(x)) => Some(x.to_string()),
            _ => None,
        };
        let summary = match obj.get("summary") {
            Some(Json::String(s)) => s.clone(),
            Some(_) => return Err(field("summary", "expected a string".into())),
            None => text(&id, web_order.as_deref())
                .ok_or_else(|| field("summary", format!("missing, and no text found for case {id}")))?,
        };
        let split = obj.get("split").and_then(|s| s.as_str()).map(str::to_string);
        let country = match obj.get("country") {
            None | Some(Json::Null) => None,
            Some(Json::String(c)) if is_country(c) => Some(c.clone()),
            Some(c) => return Err(field("country", format!("{c} is not an ISO 3166-1 alpha-3 country code"))),
        };
        let coding = Coding::from_json(&obj, GOLD_EXTRA_KEYS, &is_country).map_err(|e| CodeError::Field {
            line: n,
            field: e.field,
            message: e.message,
        })?;
        out.push(GoldCase { id, summary, split, country, coding });
    }
    Ok(out)
}

/// Scores of one label (a choice label one-vs-rest, a member of a set, or for names and
/// countries the items pooled over cases).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelScore {
    pub variable: String,
    pub label: String,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub tn: usize,
    /// `None` when undefined (no predictions, no gold positives).
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: Option<f64>,
    pub kappa: Option<f64>,
}

impl LabelScore {
    fn new(variable: &str, label: &str) -> Self {
        LabelScore {
            variable: variable.into(),
            label: label.into(),
            tp: 0,
            fp: 0,
            fn_: 0,
            tn: 0,
            precision: None,
            recall: None,
            f1: None,
            kappa: None,
        }
    }

    fn add(&mut self, gold: bool, got: bool) {
        match (gold, got) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
    }

    fn finish(&mut self, with_kappa: bool) {
        let (tp, fp, fn_, tn) = (self.tp as f64, self.fp as f64, self.fn_ as f64, self.tn as f64);
        self.precision = (tp + fp > 0.0).then(|| tp / (tp + fp));
        self.recall = (tp + fn_ > 0.0).then(|| tp / (tp + fn_));
        self.f1 = (tp + fp + fn_ > 0.0).then(|| 2.0 * tp / (2.0 * tp + fp + fn_));
        if with_kappa {
            let n = tp + fp + fn_ + tn;
            if n > 0.0 {
                let po = (tp + tn) / n;
                let pe = ((tp + fp) * (tp + fn_) + (fn_ + tn) * (fp + tn)) / (n * n);
                self.kappa = if pe < 1.0 { Some((po - pe) / (1.0 - pe)) } else { Some(1.0) };
            }
        }
    }

    /// Gold positives.
    pub fn support(&self) -> usize {
        self.tp + self.fn_
    }
}

/// Scores of one variable.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VariableScore {
    pub variable: String,
    /// Cases whose gold coding has the variable.
    pub cases: usize,
    /// Share of those cases where the whole value matches.
    pub accuracy: f64,
    /// Cohen's kappa over the labels of a choice variable.
    pub kappa: Option<f64>,
}

/// One disagreement with the gold set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseError {
    pub id: String,
    pub variable: String,
    pub gold: Json,
    pub coded: Json,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub cases: usize,
    pub variables: Vec<VariableScore>,
    pub labels: Vec<LabelScore>,
    /// Macro-F1 over the [`BENCHMARK_LABELS`] that are defined on this set.
    pub macro_f1: Option<f64>,
    /// The benchmark labels that were defined (had gold positives or predictions).
    pub macro_labels: usize,
    pub errors: Vec<CaseError>,
}

fn norm_names(v: &CodedValue, countries: bool) -> BTreeSet<String> {
    v.labels().iter().map(|s| if countries { s.clone() } else { s.to_lowercase() }).collect()
}

/// Codes every gold case's summary with `coder` (in the case's `country`, else USA) and
/// scores the result.
pub fn evaluate(gold: &[GoldCase], coder: &Coder) -> Report {
    evaluate_in(gold, coder, crate::DEFAULT_HOME_COUNTRY)
}

/// [`evaluate`], with `home` the country of gold cases that give none.
pub fn evaluate_in(gold: &[GoldCase], coder: &Coder, home: &str) -> Report {
    let mut scratch = crate::Scratch::default();
    let coded: Vec<Coding> =
        gold.iter().map(|g| coder.code_in(&g.summary, g.country.as_deref().unwrap_or(home), &mut scratch)).collect();
    score(gold, &coded)
}

/// K-fold cross-validation of the rules plus the learned layer: the cases are dealt into
/// `folds` folds (case `i` into fold `i % folds`, so keep sets of the same kind together in
/// the input order they were written in); each fold is coded by the rules with a model
/// trained on the other folds only, and the codings of all folds are scored together. No
/// case is ever coded by a model that saw it.
pub fn cross_validate(gold: &[GoldCase], folds: usize, config: &crate::TrainConfig, home: &str) -> Report {
    let folds = folds.max(2);
    let mut coded: Vec<Option<Coding>> = vec![None; gold.len()];
    let mut scratch = crate::Scratch::default();
    for f in 0..folds {
        let train: Vec<(String, Coding)> =
            gold.iter().enumerate().filter(|(i, _)| i % folds != f).map(|(_, g)| (g.summary.clone(), g.coding.clone())).collect();
        let coder = Coder::new().with_model(crate::learn::train_with(&train, config));
        for (i, g) in gold.iter().enumerate().filter(|(i, _)| i % folds == f) {
            coded[i] = Some(coder.code_in(&g.summary, g.country.as_deref().unwrap_or(home), &mut scratch));
        }
    }
    let coded: Vec<Coding> = coded.into_iter().map(Option::unwrap_or_default).collect();
    score(gold, &coded)
}

/// Scores codings made elsewhere (`coded[i]` codes `gold[i]`).
pub fn score(gold: &[GoldCase], coded: &[Coding]) -> Report {
    let mut variables = Vec::new();
    let mut labels: Vec<LabelScore> = Vec::new();
    let mut errors = Vec::new();
    for var in SCHEME {
        let pairs: Vec<(&GoldCase, &CodedValue, Option<&CodedValue>)> =
            gold.iter().zip(coded).filter_map(|(g, c)| g.coding.get(var.name).map(|gv| (g, gv, c.get(var.name)))).collect();
        if pairs.is_empty() {
            continue;
        }
        let mut right = 0;
        for (g, gv, cv) in &pairs {
            let same = match (var.kind, cv) {
                (VarKind::Names, Some(c)) => norm_names(gv, false) == norm_names(c, false),
                (VarKind::Countries, Some(c)) => norm_names(gv, true) == norm_names(c, true),
                (_, Some(c)) => *gv == *c,
                (_, None) => false,
            };
            if same {
                right += 1;
            } else {
                errors.push(CaseError {
                    id: g.id.clone(),
                    variable: var.name.into(),
                    gold: gv.to_json(),
                    coded: cv.map(|c| c.to_json()).unwrap_or(Json::Null),
                });
            }
        }
        let mut kappa = None;
        match var.kind {
            VarKind::Choice(ls) | VarKind::Set(ls) => {
                let choice = matches!(var.kind, VarKind::Choice(_));
                let has = |v: Option<&CodedValue>, l: &str| match v {
                    Some(CodedValue::Label(s)) => s == l,
                    Some(CodedValue::Labels(xs)) => xs.iter().any(|x| x == l),
                    _ => false,
                };
                for l in ls {
                    let mut s = LabelScore::new(var.name, l);
                    for (_, gv, cv) in &pairs {
                        s.add(has(Some(gv), l), has(*cv, l));
                    }
                    s.finish(true);
                    labels.push(s);
                }
                if choice {
                    // Cohen's kappa over all labels of the choice.
                    let n = pairs.len() as f64;
                    let po = right as f64 / n;
                    let pe: f64 = ls
                        .iter()
                        .map(|l| {
                            let a = pairs.iter().filter(|(_, gv, _)| has(Some(gv), l)).count() as f64;
                            let b = pairs.iter().filter(|(_, _, cv)| has(*cv, l)).count() as f64;
                            a * b / (n * n)
                        })
                        .sum();
                    kappa = Some(if pe < 1.0 { (po - pe) / (1.0 - pe) } else { 1.0 });
                }
            }
            VarKind::Names | VarKind::Countries => {
                let countries = matches!(var.kind, VarKind::Countries);
                let mut s = LabelScore::new(var.name, "(items)");
                for (_, gv, cv) in &pairs {
                    let g = norm_names(gv, countries);
                    let c = cv.map(|c| norm_names(c, countries)).unwrap_or_default();
                    s.tp += g.intersection(&c).count();
                    s.fn_ += g.difference(&c).count();
                    s.fp += c.difference(&g).count();
                }
                s.finish(false);
                labels.push(s);
            }
            VarKind::Count => {}
        }
        variables.push(VariableScore {
            variable: var.name.into(),
            cases: pairs.len(),
            accuracy: right as f64 / pairs.len() as f64,
            kappa,
        });
    }
    let f1s: Vec<f64> = BENCHMARK_LABELS
        .iter()
        .filter_map(|(v, l)| labels.iter().find(|s| s.variable == *v && s.label == *l).and_then(|s| s.f1))
        .collect();
    let macro_f1 = (!f1s.is_empty()).then(|| f1s.iter().sum::<f64>() / f1s.len() as f64);
    Report { cases: gold.len(), variables, labels, macro_f1, macro_labels: f1s.len(), errors }
}

fn fmt(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.3}")).unwrap_or_else(|| "-".into())
}

impl Report {
    /// The score of one label, if the set scored it.
    pub fn label(&self, variable: &str, label: &str) -> Option<&LabelScore> {
        self.labels.iter().find(|s| s.variable == variable && s.label == label)
    }

    /// A plain-text report: variables, labels (benchmark labels marked `*`), macro-F1, errors.
    pub fn to_text(&self, max_errors: usize) -> String {
        let mut o = String::new();
        o.push_str(&format!("cases: {}\n\nvariable             cases  accuracy  kappa\n", self.cases));
        for v in &self.variables {
            o.push_str(&format!("{:<20} {:>5}  {:>8.3}  {:>5}\n", v.variable, v.cases, v.accuracy, fmt(v.kappa)));
        }
        o.push_str("\n  variable:label                           tp   fp   fn  precision recall  f1     kappa\n");
        for s in &self.labels {
            let star = if BENCHMARK_LABELS.contains(&(s.variable.as_str(), s.label.as_str())) { "*" } else { " " };
            o.push_str(&format!(
                "{star} {:<38} {:>4} {:>4} {:>4}  {:>8} {:>6} {:>6} {:>6}\n",
                format!("{}:{}", s.variable, s.label),
                s.tp,
                s.fp,
                s.fn_,
                fmt(s.precision),
                fmt(s.recall),
                fmt(s.f1),
                fmt(s.kappa)
            ));
        }
        o.push_str(&format!("\nmacro-F1 over {} benchmark labels (*): {}\n", self.macro_labels, fmt(self.macro_f1)));
        if max_errors > 0 {
            o.push_str(&format!("\nerrors ({}):\n", self.errors.len()));
            for e in self.errors.iter().take(max_errors) {
                o.push_str(&format!("{}  {}: gold {} coded {}\n", e.id, e.variable, e.gold, e.coded));
            }
        }
        o
    }
}

/// UNODC's own coded fields of a case-law row as a partial coding: `border` from
/// `FormOfTrafficking` (Internal -> domestic, Transnational/International -> cross_border,
/// left out when both or neither), `victims_minor` from `MinorsIncluded` (Yes/No), `forms`
/// from `ExploitativePurposes`. Fields UNODC leaves empty or `NA` are left out.
pub fn unodc_coding(form_of_trafficking: &str, minors_included: &str, exploitative_purposes: &str) -> Coding {
    let mut c = Coding::default();
    let f = form_of_trafficking.to_ascii_lowercase();
    let internal = f.contains("internal");
    let transnational = f.contains("transnational") || f.contains("international");
    if internal != transnational {
        let b = if internal { "domestic" } else { "cross_border" };
        c.values.insert("border".into(), CodedValue::Label(b.into()));
    }
    match minors_included.trim().trim_end_matches('*').to_ascii_lowercase().as_str() {
        "yes" => {
            c.values.insert("victims_minor".into(), CodedValue::Label("yes".into()));
        }
        "no" => {
            c.values.insert("victims_minor".into(), CodedValue::Label("no".into()));
        }
        _ => {}
    }
    let p = exploitative_purposes.to_ascii_lowercase();
    let mut forms = BTreeSet::new();
    if p.contains("prostitution") || p.contains("sexual") {
        forms.insert("sexual_exploitation");
    }
    if p.contains("forced labour") || p.contains("forced labor") || p.contains("servitude") || p.contains("slavery") {
        forms.insert("forced_labour");
    }
    if p.contains("organ") {
        forms.insert("organ_removal");
    }
    if p.contains("marriage") {
        forms.insert("forced_marriage");
    }
    if p.contains("begging") {
        forms.insert("forced_begging");
    }
    if p.contains("criminal") {
        forms.insert("forced_criminal_activity");
    }
    if !forms.is_empty() {
        c.values.insert("forms".into(), CodedValue::Labels(forms.into_iter().map(str::to_string).collect()));
    }
    c
}
