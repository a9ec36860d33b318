//! The learned layer: one logistic regression per label of the choice and set variables,
//! over token unigrams and bigrams, trained from codings. It only decides labels the rules
//! have no evidence for, and cites the n-gram that weighed most as its evidence.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use tipdata_model::coding::{CodedValue, Coding, Evidence, VarKind, SCHEME};

use crate::keyhash::KeyMap;
use crate::proposal::Proposal;
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
    /// Each classifier keeps only this many weights, the heaviest (`None`: all of them).
    pub max_weights: Option<usize>,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 60, learning_rate: 0.5, l2: 1e-4, min_df: 2, threshold: 0.8, max_weights: Some(1000) }
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
    /// Each classifier's variable (index in [`SCHEME`]) and label, as the scheme spells it;
    /// `None` for one the scheme does not have (it is then never applied).
    #[serde(skip)]
    targets: Vec<Option<(usize, &'static str)>>,
}

/// A feature with no weight in any classifier: counted in the document's length, no row.
const NO_ROW: u32 = u32::MAX;

/// The weights of a row are summed this many at a time.
const LANES: usize = 4;

/// Lowercase ASCII word tokens with their byte spans.
fn tokens(text: &str) -> Vec<(usize, usize, u64)> {
    let mut out = Vec::with_capacity(text.len() / 5);
    tokens_into(text, &mut out);
    out
}

/// [`tokens`] into `out` (cleared first).
fn tokens_into(text: &str, out: &mut Vec<(usize, usize, u64)>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let mut c = WORD_BYTE[usize::from(b[i])];
        if c == 0 {
            i += 1;
            continue;
        }
        let s = i;
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        while c != 0 {
            h = (h ^ u64::from(c)).wrapping_mul(0x100_0000_01b3);
            i += 1;
            c = b.get(i).map_or(0, |&x| WORD_BYTE[usize::from(x)]);
        }
        out.push((s, i, h));
    }
}

/// Each byte lowercased if it is an ASCII letter or digit (a byte of a word), else 0.
const WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        if c.is_ascii_alphanumeric() {
            t[i] = c.to_ascii_lowercase();
        }
        i += 1;
    }
    t
};

fn bigram_hash(a: u64, b: u64) -> u64 {
    (a.rotate_left(17) ^ b).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Every unigram and bigram of `text`: (hash, byte start, byte end).
fn ngrams(text: &str) -> Vec<(u64, usize, usize)> {
    let t = tokens(text);
    let mut out = Vec::with_capacity(t.len() * 2);
    for_each_ngram(&t, |h, s, e| out.push((h, s, e)));
    out
}

/// Each unigram and bigram of the tokens, in text order: `f(hash, byte start, byte end)`.
fn for_each_ngram(tokens: &[(usize, usize, u64)], mut f: impl FnMut(u64, usize, usize)) {
    for (k, &(s, e, h)) in tokens.iter().enumerate() {
        f(h, s, e);
        if let Some(&(_, e2, h2)) = tokens.get(k + 1) {
            f(bigram_hash(h, h2), s, e2);
        }
    }
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
    if let Some(k) = config.max_weights {
        for c in &mut classifiers {
            c.weights.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
            c.weights.truncate(k);
            c.weights.sort_unstable_by_key(|w| w.0);
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
        targets: Vec::new(),
    };
    model.prepare();
    model
}

impl Model {
    fn prepare(&mut self) {
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
        let width = self.width();
        self.rows = vec![0.0; rows as usize * width];
        for (k, c) in self.classifiers.iter().enumerate() {
            for &(i, w) in &c.weights {
                if let Some(&r) = row_of.get(i as usize).filter(|r| **r != NO_ROW) {
                    self.rows[r as usize * width + k] = w;
                }
            }
        }
        self.targets = self
            .classifiers
            .iter()
            .map(|c| {
                let v = SCHEME.iter().position(|v| v.name == c.variable)?;
                Some((v, scheme_label(v, &c.label)?))
            })
            .collect();
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

    /// The n-grams of `text` in the vocabulary, one entry each (its first occurrence) in
    /// text order, as (row, byte start, byte end) in `found`; and every classifier's score,
    /// bias plus the sum of its weights, in `z`.
    fn scores(&self, text: &str, scratch: &mut LayerScratch) {
        let LayerScratch { tokens: toks, found, z, seen, stamp } = scratch;
        tokens_into(text, toks);
        found.clear();
        // A feature is counted once: `seen[feature]` holds the stamp of the last summary that
        // had it (no sort, no clearing between summaries).
        if seen.len() != self.features.len() || *stamp == u32::MAX {
            seen.clear();
            seen.resize(self.features.len(), 0);
            *stamp = 0;
        }
        *stamp += 1;
        let mut known = 0usize;
        for_each_ngram(toks, |key, s, e| {
            if let Some(&(i, r)) = self.index.get(&key) {
                if let Some(x) = seen.get_mut(i as usize).filter(|x| **x != *stamp) {
                    *x = *stamp;
                    known += 1;
                    if r != NO_ROW {
                        found.push((r, s as u32, e as u32));
                    }
                }
            }
        });
        let norm = if known == 0 { 1.0 } else { 1.0 / (known as f64).sqrt() };
        // The rows summed LANES at a time (the compiler makes them vector adds), then scaled.
        let width = self.width();
        z.clear();
        z.resize(width, 0.0);
        for &(r, _, _) in found.iter() {
            let Some(row) = self.rows.get(r as usize * width..(r as usize + 1) * width) else { continue };
            for (zs, ws) in z.chunks_exact_mut(LANES).zip(row.chunks_exact(LANES)) {
                for (z, w) in zs.iter_mut().zip(ws) {
                    *z += w;
                }
            }
        }
        z.truncate(self.classifiers.len());
        for (z, c) in z.iter_mut().zip(&self.classifiers) {
            *z = c.bias + *z * norm;
        }
    }

    /// The length of a row of weights: one per classifier, padded to whole [`LANES`].
    fn width(&self) -> usize {
        self.classifiers.len().div_ceil(LANES) * LANES
    }

    /// The byte span of the n-gram of `found` that weighs most for classifier `k`, if any
    /// weighs for it (the first in the text of the heaviest).
    fn evidence_of(&self, k: usize, found: &[(u32, u32, u32)]) -> Option<(usize, usize)> {
        let width = self.width();
        let mut best: Option<(f64, u32, u32)> = None;
        for &(r, s, e) in found {
            let wi = self.rows.get(r as usize * width + k).copied().unwrap_or(0.0);
            if wi > 0.0 && best.is_none_or(|b| wi > b.0) {
                best = Some((wi, s, e));
            }
        }
        best.map(|b| (b.1 as usize, b.2 as usize))
    }

    /// Probability of every label the model knows, with the byte span of the n-gram that
    /// pushed it up most.
    pub fn predict(&self, text: &str) -> Vec<Prediction<'_>> {
        let mut scratch = LayerScratch::default();
        self.scores(text, &mut scratch);
        self.classifiers
            .iter()
            .zip(&scratch.z)
            .enumerate()
            .map(|(k, (c, &z))| (c.variable.as_str(), c.label.as_str(), sigmoid(z), self.evidence_of(k, &scratch.found)))
            .collect()
    }

    /// Fills in what the rules left without evidence: a set label the rules did not give
    /// (technology labels only when `internet_used=yes`), or a choice whose value has no
    /// evidence, when the model is at least `threshold` sure.
    pub fn complete(&self, text: &str, coding: &mut Coding) {
        let mut target = OwnedCoding { coding, text, offsets: CharOffsets::new(text) };
        self.complete_target(text, &mut target, &mut LayerScratch::default());
    }

    /// [`Model::complete`] on the rules' proposal, as `tipdata code` writes it: the same
    /// decisions, with evidence in byte offsets and `scratch`'s buffers reused.
    pub fn complete_proposal(&self, text: &str, proposal: &mut Proposal, scratch: &mut LayerScratch) {
        self.complete_target(text, proposal, scratch);
    }

    fn complete_target(&self, text: &str, target: &mut impl Target, scratch: &mut LayerScratch) {
        if self.classifiers.is_empty() {
            return;
        }
        self.scores(text, scratch);
        let internet = target.internet();
        // Sure enough: the score's probability at or above the threshold.
        let sure = |z: f64| sigmoid(z) >= self.threshold;
        for (v, var) in SCHEME.iter().enumerate() {
            match var.kind {
                VarKind::Set(_) => {
                    if var.section == 'A' && !internet {
                        continue;
                    }
                    for (k, &z) in scratch.z.iter().enumerate() {
                        let Some((cv, label)) = self.targets[k] else { continue };
                        if cv != v || label == "logistics" || !sure(z) || target.has_label(v, label) != Some(false) {
                            continue;
                        }
                        target.add_label(v, label);
                        if var.name == "purposes" {
                            target.remove_label(v, "logistics");
                        }
                        if let Some((s, e)) = self.evidence_of(k, &scratch.found) {
                            target.push_evidence(v, label, s, e);
                        }
                    }
                }
                VarKind::Choice(_) => {
                    let Some(current) = target.choice(v) else { continue };
                    if var.name == "internet_used" || target.has_evidence(v, current) {
                        continue;
                    }
                    if var.name == "cyber_flow" && !internet {
                        continue;
                    }
                    // The most probable label (the last of equals, as `max_by` keeps).
                    let mut best: Option<(usize, &'static str, f64)> = None;
                    for (k, &z) in scratch.z.iter().enumerate() {
                        if let Some((_, label)) = self.targets[k].filter(|t| t.0 == v) {
                            if best.is_none_or(|b| z >= b.2) {
                                best = Some((k, label, z));
                            }
                        }
                    }
                    if let Some((k, label, z)) = best {
                        if sure(z) && label != current {
                            target.set_choice(v, label);
                            if let Some((s, e)) = self.evidence_of(k, &scratch.found) {
                                target.push_evidence(v, label, s, e);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// The learned layer's buffers, kept from one summary to the next.
#[derive(Debug, Clone, Default)]
pub struct LayerScratch {
    tokens: Vec<(usize, usize, u64)>,
    /// (row, byte start, byte end) of the summary's known n-grams that weigh.
    found: Vec<(u32, u32, u32)>,
    /// Every classifier's score.
    z: Vec<f64>,
    /// Per feature, the stamp of the last summary it was counted in.
    seen: Vec<u32>,
    stamp: u32,
}

/// A coding the layer completes, read and changed through the same decisions whether it is
/// the owned [`Coding`] or the rules' [`Proposal`]. Variables are indexes in [`SCHEME`].
pub(crate) trait Target {
    /// Whether `internet_used` is `yes`.
    fn internet(&self) -> bool;
    /// Whether set variable `var` has `label`; `None` when it is not a list.
    fn has_label(&self, var: usize, label: &str) -> Option<bool>;
    /// The label of choice variable `var`, if it has one.
    fn choice(&self, var: usize) -> Option<&'static str>;
    /// Whether `var=value` has an evidence span.
    fn has_evidence(&self, var: usize, value: &str) -> bool;
    /// Adds `label` to set variable `var`, keeping its labels sorted.
    fn add_label(&mut self, var: usize, label: &'static str);
    /// Removes `label` from set variable `var`, and its evidence.
    fn remove_label(&mut self, var: usize, label: &str);
    fn set_choice(&mut self, var: usize, label: &'static str);
    /// Evidence for `var=label`, in byte offsets into the summary.
    fn push_evidence(&mut self, var: usize, label: &'static str, start: usize, end: usize);
}

/// The scheme's own `&'static` spelling of a label of variable `var`.
pub(crate) fn scheme_label(var: usize, label: &str) -> Option<&'static str> {
    match SCHEME.get(var)?.kind {
        VarKind::Choice(ls) | VarKind::Set(ls) => ls.iter().copied().find(|l| *l == label),
        _ => None,
    }
}

struct OwnedCoding<'a> {
    coding: &'a mut Coding,
    text: &'a str,
    offsets: CharOffsets<'a>,
}

impl Target for OwnedCoding<'_> {
    fn internet(&self) -> bool {
        matches!(self.coding.get("internet_used"), Some(CodedValue::Label(s)) if s == "yes")
    }

    fn has_label(&self, var: usize, label: &str) -> Option<bool> {
        match self.coding.get(SCHEME[var].name)? {
            CodedValue::Labels(xs) => Some(xs.iter().any(|x| x == label)),
            _ => None,
        }
    }

    fn choice(&self, var: usize) -> Option<&'static str> {
        match self.coding.get(SCHEME[var].name)? {
            CodedValue::Label(s) => scheme_label(var, s),
            _ => None,
        }
    }

    fn has_evidence(&self, var: usize, value: &str) -> bool {
        self.coding.evidence.iter().any(|e| e.variable == SCHEME[var].name && e.value == value)
    }

    fn add_label(&mut self, var: usize, label: &'static str) {
        if let Some(CodedValue::Labels(xs)) = self.coding.values.get_mut(SCHEME[var].name) {
            xs.push(label.to_string());
            xs.sort();
        }
    }

    fn remove_label(&mut self, var: usize, label: &str) {
        let name = SCHEME[var].name;
        if let Some(CodedValue::Labels(xs)) = self.coding.values.get_mut(name) {
            xs.retain(|x| x != label);
        }
        self.coding.evidence.retain(|e| !(e.variable == name && e.value == label));
    }

    fn set_choice(&mut self, var: usize, label: &'static str) {
        self.coding.values.insert(SCHEME[var].name.into(), CodedValue::Label(label.into()));
    }

    fn push_evidence(&mut self, var: usize, label: &'static str, start: usize, end: usize) {
        let (cs, ce) = self.offsets.span(start, end);
        self.coding.evidence.push(Evidence {
            variable: SCHEME[var].name.into(),
            value: label.into(),
            start: cs,
            end: ce,
            text: self.text[start..end].to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `predict` sums each classifier's weights from the rows of features: the same
    /// probabilities as the sparse weights summed one classifier at a time over the n-grams
    /// of the text (each counted once, at its first occurrence), and the same n-gram as
    /// evidence (the first of the heaviest), after a JSON round trip too.
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
        let pruned = train_with(&examples, &TrainConfig { min_df: 1, max_weights: Some(3), ..TrainConfig::default() });
        assert!(pruned.classifiers.iter().all(|c| c.weights.len() <= 3));
        let model = train_with(&examples, &TrainConfig { min_df: 1, max_weights: None, ..TrainConfig::default() });
        assert!(model.classifiers.iter().any(|c| c.weights.len() > 3));
        let reread = Model::from_json(&model.to_json()).expect("round trip");
        for m in [&model, &reread, &pruned] {
            for (text, _) in &texts {
                let mut grams: Vec<(u32, usize, usize)> = Vec::new();
                for (h, s, e) in ngrams(text) {
                    if let Some(&(i, _)) = m.index.get(&h) {
                        if grams.iter().all(|g| g.0 != i) {
                            grams.push((i, s, e));
                        }
                    }
                }
                let norm = 1.0 / (grams.len() as f64).sqrt();
                let got = m.predict(text);
                assert_eq!(got.len(), m.classifiers.len());
                for (c, (_, _, p, span)) in m.classifiers.iter().zip(&got) {
                    let w = |i: u32| c.weights.iter().find(|x| x.0 == i).map_or(0.0, |x| x.1);
                    let z = grams.iter().fold(c.bias, |z, g| z + w(g.0) * norm);
                    assert!((p - sigmoid(z)).abs() < 1e-12, "{} {}: {p} {}", c.variable, c.label, sigmoid(z));
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

    /// The layer decides the same on the owned coding and on the rules' proposal: the JSON
    /// line `tipdata code` writes from the completed proposal is the completed coding's.
    #[test]
    fn the_layer_completes_a_proposal_as_it_completes_a_coding() {
        let texts = [
            "The accused advertised the women's sexual services online and kept their passports.",
            "She was promised a job as a waitress in Dubai and forced to work in a massage parlour.",
            "He met the 15-year-old girl on a dating app and took her across the border.",
            "The workers were threatened and made to pay a debt for their travel.",
        ];
        let examples: Vec<(String, Coding)> = texts
            .iter()
            .cycle()
            .take(16)
            .enumerate()
            .map(|(k, t)| {
                let mut c = crate::code(t);
                let form = if k % 2 == 0 { "sexual_exploitation" } else { "forced_labour" };
                c.values.insert("forms".into(), CodedValue::Labels(vec![form.into()]));
                c.values.insert("means".into(), CodedValue::Labels(vec!["deception".into(), "threat".into()]));
                (t.to_string(), c)
            })
            .collect();
        let model = train_with(&examples, &TrainConfig { min_df: 1, threshold: 0.55, ..TrainConfig::default() });
        let coder = crate::Coder::new().with_model(model.clone());
        let mut scratch = crate::rules::Scratch::default();
        let mut added = 0;
        for text in texts {
            let mut coding = crate::code(text);
            let before = coding.clone();
            model.complete(text, &mut coding);
            added += usize::from(coding != before);
            let mut obj = serde_json::Map::new();
            obj.insert("id".into(), serde_json::Value::from("x"));
            obj.extend(coding.to_json());
            let mut line = Vec::new();
            coder.propose(text, crate::DEFAULT_HOME_COUNTRY, &mut scratch).write_json(text, &"x".into(), &mut line);
            assert_eq!(String::from_utf8(line).unwrap(), serde_json::Value::Object(obj).to_string(), "{text}");
        }
        assert!(added > 0, "the model added nothing: the test would compare the rules with themselves");
    }
}
