//! The learned layer: one logistic regression per label of the choice and set variables,
//! over token unigrams and bigrams, trained from codings. It only decides labels the rules
//! have no evidence for, and cites the n-gram that weighed most as its evidence.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tipdata_model::coding::{CodedValue, Coding, Evidence, VarKind, SCHEME};

use crate::keyhash::KeyMap;
use crate::text::CharOffsets;
use crate::CodeError;

/// Format version of a serialised [`Model`].
pub const MODEL_FORMAT: u32 = 1;

#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes of gradient descent over the examples.
    pub epochs: usize,
    pub learning_rate: f64,
    /// L2 penalty per example.
    pub l2: f64,
    /// N-grams seen in fewer training documents are left out.
    pub min_df: usize,
    /// The model adds a label only at or above this probability.
    pub threshold: f64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 60, learning_rate: 0.5, l2: 1e-4, min_df: 2, threshold: 0.8 }
    }
}

/// (variable, label, probability, byte span of the n-gram that weighed most for it).
pub type Prediction<'a> = (&'a str, &'a str, f64, Option<(usize, usize)>);

/// One binary classifier: is `label` of `variable` in the coding?
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classifier {
    pub variable: String,
    pub label: String,
    pub bias: f64,
    /// Sparse weights: (feature index, weight); features not listed weigh 0.
    pub weights: Vec<(u32, f64)>,
}

/// A trained model; serialise with [`Model::to_json`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    pub format: u32,
    /// The coder version that trained it.
    pub coder_version: String,
    pub examples: usize,
    pub threshold: f64,
    /// The n-grams, lowercased, a bigram as "word word".
    pub features: Vec<String>,
    pub classifiers: Vec<Classifier>,
    /// N-gram hash -> (feature index, row of `rows` or [`NO_ROW`]).
    #[serde(skip)]
    index: KeyMap<u64, (u32, u32)>,
    /// The weights by feature, one row of every classifier's weight a feature with any
    /// weight (rows, not a dense vector per classifier: an n-gram's weights are then one
    /// contiguous read, where the classifiers' vectors of every feature made 40-odd reads
    /// scattered over tens of megabytes per n-gram).
    #[serde(skip)]
    rows: Vec<f64>,
}

/// A feature with no weight in any classifier: counted in the document's length, no row.
const NO_ROW: u32 = u32::MAX;

/// Lowercase ASCII word tokens with their byte spans.
fn tokens(text: &str) -> Vec<(usize, usize, u64)> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 5);
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() {
            let s = i;
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                h = (h ^ u64::from(b[i].to_ascii_lowercase())).wrapping_mul(0x100_0000_01b3);
                i += 1;
            }
            out.push((s, i, h));
        } else {
            i += 1;
        }
    }
    out
}

fn bigram_hash(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Every unigram and bigram of `text`: (hash, byte start, byte end).
fn ngrams(text: &str) -> Vec<(u64, usize, usize)> {
    let t = tokens(text);
    let mut out = Vec::with_capacity(t.len() * 2);
    for (k, &(s, e, h)) in t.iter().enumerate() {
        out.push((h, s, e));
        if let Some(&(_, e2, h2)) = t.get(k + 1) {
            out.push((bigram_hash(h, h2), s, e2));
        }
    }
    out
}

fn ngram_text(text: &str, s: usize, e: usize) -> String {
    text[s..e]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn has_label(v: Option<&CodedValue>, label: &str) -> Option<bool> {
    match v? {
        CodedValue::Label(s) => Some(s == label),
        CodedValue::Labels(xs) => Some(xs.iter().any(|x| x == label)),
        CodedValue::Count(_) => None,
    }
}

/// Trains with the default settings.
pub fn train(examples: &[(String, Coding)]) -> Model {
    train_with(examples, &TrainConfig::default())
}

/// Trains one logistic regression per label of every choice and set variable that the
/// examples code. Documents are binary n-gram vectors scaled to unit length.
pub fn train_with(examples: &[(String, Coding)], config: &TrainConfig) -> Model {
    // Vocabulary: n-grams in at least `min_df` documents.
    let mut df: HashMap<u64, (usize, String)> = HashMap::new();
    let docs_ngrams: Vec<Vec<(u64, usize, usize)>> = examples.iter().map(|(t, _)| ngrams(t)).collect();
    for ((text, _), grams) in examples.iter().zip(&docs_ngrams) {
        let mut seen: Vec<u64> = grams.iter().map(|g| g.0).collect();
        seen.sort_unstable();
        seen.dedup();
        for h in seen {
            let entry = df.entry(h).or_insert_with(|| {
                let (_, s, e) = grams.iter().find(|g| g.0 == h).copied().unwrap_or((h, 0, 0));
                (0, ngram_text(text, s, e))
            });
            entry.0 += 1;
        }
    }
    let mut kept: Vec<(u64, String)> =
        df.into_iter().filter(|(_, (n, _))| *n >= config.min_df.max(1)).map(|(h, (_, s))| (h, s)).collect();
    kept.sort_by(|a, b| a.1.cmp(&b.1));
    let index: HashMap<u64, u32> = kept.iter().enumerate().map(|(i, (h, _))| (*h, i as u32)).collect();
    let features: Vec<String> = kept.into_iter().map(|(_, s)| s).collect();

    // Sparse document vectors.
    let docs: Vec<(Vec<u32>, f64)> = docs_ngrams
        .iter()
        .map(|grams| {
            let mut ix: Vec<u32> = grams.iter().filter_map(|g| index.get(&g.0).copied()).collect();
            ix.sort_unstable();
            ix.dedup();
            let norm = if ix.is_empty() { 1.0 } else { 1.0 / (ix.len() as f64).sqrt() };
            (ix, norm)
        })
        .collect();

    let mut classifiers = Vec::new();
    for var in SCHEME {
        let labels: &[&str] = match var.kind {
            VarKind::Choice(ls) | VarKind::Set(ls) => ls,
            _ => continue,
        };
        for label in labels {
            let ys: Vec<Option<bool>> = examples.iter().map(|(_, c)| has_label(c.get(var.name), label)).collect();
            let n = ys.iter().filter(|y| y.is_some()).count();
            let pos = ys.iter().filter(|y| **y == Some(true)).count();
            if n == 0 || pos == 0 || pos == n {
                continue; // nothing to learn: no examples, or only one class
            }
            let mut w = vec![0.0f64; features.len()];
            let mut bias = 0.0f64;
            for epoch in 0..config.epochs {
                let lr = config.learning_rate / (1.0 + epoch as f64 * 0.05);
                for ((ix, norm), y) in docs.iter().zip(&ys) {
                    let Some(y) = y else { continue };
                    let z = bias + ix.iter().map(|&i| w[i as usize]).sum::<f64>() * norm;
                    let p = 1.0 / (1.0 + (-z).exp());
                    let g = p - if *y { 1.0 } else { 0.0 };
                    bias -= lr * g;
                    for &i in ix {
                        let wi = &mut w[i as usize];
                        *wi -= lr * (g * norm + config.l2 * *wi);
                    }
                }
            }
            let weights: Vec<(u32, f64)> =
                w.iter().enumerate().filter(|(_, x)| x.abs() > 1e-4).map(|(i, x)| (i as u32, *x)).collect();
            classifiers.push(Classifier { variable: var.name.into(), label: label.to_string(), bias, weights });
        }
    }
    let mut model = Model {
        format: MODEL_FORMAT,
        coder_version: crate::VERSION.into(),
        examples: examples.len(),
        threshold: config.threshold,
        features,
        classifiers,
        index: KeyMap::default(),
        rows: Vec::new(),
    };
    model.prepare();
    model
}

impl Model {
    fn prepare(&mut self) {
        let nc = self.classifiers.len();
        // The features with a weight in some classifier get a row, in feature order.
        let mut row_of = vec![NO_ROW; self.features.len()];
        for c in &self.classifiers {
            for &(i, _) in &c.weights {
                if let Some(r) = row_of.get_mut(i as usize) {
                    *r = 0;
                }
            }
        }
        let mut rows = 0u32;
        for r in row_of.iter_mut().filter(|r| **r != NO_ROW) {
            *r = rows;
            rows += 1;
        }
        self.rows = vec![0.0; rows as usize * nc];
        for (k, c) in self.classifiers.iter().enumerate() {
            for &(i, w) in &c.weights {
                if let Some(&r) = row_of.get(i as usize).filter(|r| **r != NO_ROW) {
                    self.rows[r as usize * nc + k] = w;
                }
            }
        }
        self.index = KeyMap::with_capacity_and_hasher(self.features.len(), Default::default());
        for (i, f) in self.features.iter().enumerate() {
            let toks = tokens(f);
            let h = match toks.as_slice() {
                [(_, _, a)] => *a,
                [(_, _, a), (_, _, b)] => bigram_hash(*a, *b),
                _ => continue,
            };
            self.index.insert(h, (i as u32, row_of[i]));
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a model serialises (plain numbers and strings)")
    }

    pub fn from_json(text: &str) -> Result<Model, CodeError> {
        let mut m: Model = serde_json::from_str(text).map_err(|e| CodeError::Model(e.to_string()))?;
        if m.format != MODEL_FORMAT {
            return Err(CodeError::Model(format!("model format {} is not {MODEL_FORMAT}", m.format)));
        }
        m.prepare();
        Ok(m)
    }

    /// Probability of every label the model knows, with the byte span of the n-gram that
    /// pushed it up most.
    pub fn predict(&self, text: &str) -> Vec<Prediction<'_>> {
        let mut grams: Vec<(u32, u32, usize, usize)> =
            ngrams(text).into_iter().filter_map(|(h, s, e)| self.index.get(&h).map(|&(i, r)| (i, r, s, e))).collect();
        grams.sort_by_key(|g| g.0);
        grams.dedup_by_key(|g| g.0);
        let norm = if grams.is_empty() { 1.0 } else { 1.0 / (grams.len() as f64).sqrt() };
        // Every classifier's sum over the n-grams in feature order, as one dense vector per
        // classifier summed them (a feature without a row added zeros): the same sums.
        let nc = self.classifiers.len();
        let mut z: Vec<f64> = self.classifiers.iter().map(|c| c.bias).collect();
        let mut best: Vec<Option<(f64, usize, usize)>> = vec![None; nc];
        for &(_, r, s, e) in grams.iter().filter(|g| g.1 != NO_ROW) {
            let Some(row) = self.rows.get(r as usize * nc..(r as usize + 1) * nc) else { continue };
            for ((z, best), &wi) in z.iter_mut().zip(best.iter_mut()).zip(row) {
                *z += wi * norm;
                if wi > 0.0 && best.is_none_or(|b| wi > b.0) {
                    *best = Some((wi, s, e));
                }
            }
        }
        self.classifiers
            .iter()
            .zip(z.iter().zip(&best))
            .map(|(c, (&z, best))| {
                let p = 1.0 / (1.0 + (-z).exp());
                (c.variable.as_str(), c.label.as_str(), p, best.map(|b| (b.1, b.2)))
            })
            .collect()
    }

    /// Fills in what the rules left without evidence: a set label the rules did not give
    /// (technology labels only when `internet_used=yes`), or a choice whose value has no
    /// evidence, when the model is at least `threshold` sure.
    pub fn complete(&self, text: &str, coding: &mut Coding) {
        let offsets = CharOffsets::new(text);
        let internet = matches!(coding.get("internet_used"), Some(CodedValue::Label(s)) if s == "yes");
        let predictions = self.predict(text);
        for var in SCHEME {
            let has_evidence = |c: &Coding, value: &str| c.evidence.iter().any(|e| e.variable == var.name && e.value == value);
            match var.kind {
                VarKind::Set(_) => {
                    if var.section == 'A' && !internet {
                        continue;
                    }
                    for &(v, label, p, span) in &predictions {
                        if v != var.name || p < self.threshold || label == "logistics" {
                            continue;
                        }
                        let Some(CodedValue::Labels(xs)) = coding.values.get_mut(var.name) else { continue };
                        if xs.iter().any(|x| x == label) {
                            continue;
                        }
                        xs.push(label.to_string());
                        xs.sort();
                        if var.name == "purposes" {
                            xs.retain(|x| x != "logistics");
                            coding.evidence.retain(|e| !(e.variable == "purposes" && e.value == "logistics"));
                        }
                        push_evidence(coding, &offsets, text, var.name, label, span);
                    }
                }
                VarKind::Choice(_) => {
                    let current = match coding.get(var.name) {
                        Some(CodedValue::Label(s)) => s.clone(),
                        _ => continue,
                    };
                    if has_evidence(coding, &current) || var.name == "internet_used" {
                        continue;
                    }
                    if var.name == "cyber_flow" && !internet {
                        continue;
                    }
                    let best = predictions
                        .iter()
                        .filter(|p| p.0 == var.name)
                        .max_by(|a, b| a.2.partial_cmp(&b.2).unwrap_or(std::cmp::Ordering::Equal));
                    if let Some(&(_, label, p, span)) = best {
                        if p >= self.threshold && label != current {
                            coding.values.insert(var.name.into(), CodedValue::Label(label.into()));
                            push_evidence(coding, &offsets, text, var.name, label, span);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn push_evidence(
    coding: &mut Coding,
    offsets: &CharOffsets,
    text: &str,
    variable: &str,
    label: &str,
    span: Option<(usize, usize)>,
) {
    if let Some((s, e)) = span {
        let (cs, ce) = offsets.span(s, e);
        coding.evidence.push(Evidence {
            variable: variable.into(),
            value: label.into(),
            start: cs,
            end: ce,
            text: text[s..e].to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `predict` sums each classifier's weights from the rows of features: the same
    /// probabilities as the sparse weights summed one classifier at a time, in feature order,
    /// and the same n-gram as evidence, after a JSON round trip too.
    #[test]
    fn predictions_from_the_rows_are_the_classifiers_own_sums() {
        let texts = [
            ("The defendant posted advertisements on Craigslist for the girl.", "yes"),
            ("She called the victims by telephone and sent text messages.", "no"),
            ("He recruited women on Facebook and posted their photographs online.", "yes"),
            ("The farm workers were kept in a barn and their passports were taken.", "no"),
        ];
        let examples: Vec<(String, Coding)> = texts
            .iter()
            .cycle()
            .take(12)
            .map(|(t, y)| {
                let mut c = crate::code(t);
                c.values.insert("internet_used".into(), CodedValue::Label((*y).into()));
                (t.to_string(), c)
            })
            .collect();
        let model = train_with(&examples, &TrainConfig { min_df: 1, ..TrainConfig::default() });
        let reread = Model::from_json(&model.to_json()).expect("round trip");
        for m in [&model, &reread] {
            for (text, _) in &texts {
                let mut grams: Vec<(u32, usize, usize)> =
                    ngrams(text).into_iter().filter_map(|(h, s, e)| m.index.get(&h).map(|&(i, _)| (i, s, e))).collect();
                grams.sort_by_key(|g| g.0);
                grams.dedup_by_key(|g| g.0);
                let norm = 1.0 / (grams.len() as f64).sqrt();
                let got = m.predict(text);
                assert_eq!(got.len(), m.classifiers.len());
                for (c, (_, _, p, span)) in m.classifiers.iter().zip(&got) {
                    let w = |i: u32| c.weights.iter().find(|x| x.0 == i).map_or(0.0, |x| x.1);
                    let z = grams.iter().fold(c.bias, |z, g| z + w(g.0) * norm);
                    assert_eq!(*p, 1.0 / (1.0 + (-z).exp()), "{} {}", c.variable, c.label);
                    let best = grams.iter().filter(|g| w(g.0) > 0.0).fold(None::<(f64, usize, usize)>, |b, g| {
                        if b.is_none_or(|b| w(g.0) > b.0) {
                            Some((w(g.0), g.1, g.2))
                        } else {
                            b
                        }
                    });
                    assert_eq!(*span, best.map(|b| (b.1, b.2)));
                }
            }
        }
    }
}
