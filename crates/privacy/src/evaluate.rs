//! Quality and leakage of a synthetic table against its sensitive source, by combination length.

use crate::combos::{count_combinations, distinct_rows, key_len, Codebook, Counts, PackedKey};
use crate::synth::{check_config, check_key_width, SynthError};
use crate::table::Table;

/// Metrics of one combination length (1..=reporting_length).
#[derive(Debug, Clone, PartialEq)]
pub struct LengthMetrics {
    pub length: usize,
    /// Distinct combinations in the sensitive table with count >= k (the reportable ones).
    pub sensitive_common: usize,
    /// Distinct combinations in the sensitive table with count < k.
    pub sensitive_rare: usize,
    /// Distinct combinations in the synthetic table.
    pub synthetic: usize,
    /// Mean |synthetic - sensitive| count over reportable and synthetic combinations.
    pub mean_absolute_error: f64,
    /// Mean |synthetic - sensitive| / sensitive over reportable combinations.
    pub mean_proportional_error: f64,
    /// The part of `mean_proportional_error` from reportable combinations below their
    /// sensitive count (those absent included: each adds 1 / `sensitive_common`).
    pub under_error: f64,
    /// The part from reportable combinations above their sensitive count
    /// (`under_error + over_error = mean_proportional_error`).
    pub over_error: f64,
    /// Reportable combinations absent from the synthetic table.
    pub suppressed: usize,
    /// Synthetic combinations absent from the sensitive table.
    pub fabricated: usize,
    /// Synthetic combinations rare (1..k-1) in the sensitive table.
    pub leaked: usize,
}

/// Metrics of a synthetic table (see docs/privacy.md for the definitions).
#[derive(Debug, Clone, PartialEq)]
pub struct Metrics {
    pub k: usize,
    pub reporting_length: usize,
    pub sensitive_records: usize,
    pub synthetic_records: usize,
    pub by_length: Vec<LengthMetrics>,
    /// Mean absolute error over all lengths' combinations pooled.
    pub mean_absolute_error: f64,
    /// Mean proportional error over all reportable combinations pooled.
    pub mean_proportional_error: f64,
    /// Share of reportable combinations absent from the synthetic table.
    pub suppressed_share: f64,
    /// Share of synthetic combinations absent from the sensitive table.
    pub fabricated_share: f64,
    /// Synthetic combinations that are rare (count 1..k-1) in the sensitive table: must be 0.
    pub leakage: usize,
}

impl Metrics {
    /// Synthetic records / sensitive records - 1 (0.01 = 1% more records).
    pub fn record_count_deviation(&self) -> f64 {
        if self.sensitive_records == 0 {
            return 0.0;
        }
        self.synthetic_records as f64 / self.sensitive_records as f64 - 1.0
    }

    /// A human-readable report (what `tipdata synth` prints to stderr).
    pub fn report(&self) -> String {
        let mut s = format!(
            "records: sensitive {} synthetic {} ({:+.2}%)\n",
            self.sensitive_records,
            self.synthetic_records,
            100.0 * self.record_count_deviation()
        );
        s.push_str("length  common  rare  synthetic  MAE      MPE      suppressed  fabricated  leaked\n");
        for l in &self.by_length {
            s.push_str(&format!(
                "{:<7} {:<7} {:<5} {:<10} {:<8.3} {:<8.4} {:<11} {:<11} {}\n",
                l.length,
                l.sensitive_common,
                l.sensitive_rare,
                l.synthetic,
                l.mean_absolute_error,
                l.mean_proportional_error,
                l.suppressed,
                l.fabricated,
                l.leaked
            ));
        }
        s.push_str(&format!(
            "overall: MAE {:.3}  MPE {:.4}  suppressed {:.2}%  fabricated {:.2}%  leakage {}\n",
            self.mean_absolute_error,
            self.mean_proportional_error,
            100.0 * self.suppressed_share,
            100.0 * self.fabricated_share,
            self.leakage
        ));
        s
    }
}

/// Compares a synthetic table to its sensitive source. Columns are matched by name; both
/// tables must have the same set of columns.
pub fn evaluate(sensitive: &Table, synthetic: &Table, k: usize, reporting_length: usize) -> Result<Metrics, SynthError> {
    check_config(k, reporting_length)?;
    let ncols = sensitive.header().len();
    let mut sorted_a = sensitive.header().to_vec();
    let mut sorted_b = synthetic.header().to_vec();
    sorted_a.sort();
    sorted_b.sort();
    if sorted_a != sorted_b {
        return Err(SynthError::ColumnsDiffer { sensitive: sensitive.header().to_vec(), synthetic: synthetic.header().to_vec() });
    }
    // Synthetic columns in the sensitive order.
    let map: Vec<usize> = sensitive.header().iter().map(|h| synthetic.column(h).unwrap_or(0)).collect();
    let mut book = Codebook::new(ncols);
    let a = book.encode(sensitive.records());
    let b: Vec<Vec<u32>> =
        synthetic.records().iter().map(|r| map.iter().enumerate().map(|(c, &j)| book.intern(c, &r[j])).collect()).collect();
    let bits = check_key_width(ncols, book.len(), reporting_length)?;
    let len = reporting_length.min(ncols);
    if bits as usize * len <= 64 {
        Ok(compare::<u64>(&a, &b, k, reporting_length, len, bits, sensitive.len(), synthetic.len()))
    } else {
        Ok(compare::<u128>(&a, &b, k, reporting_length, len, bits, sensitive.len(), synthetic.len()))
    }
}

#[allow(clippy::too_many_arguments)]
fn compare<K: PackedKey>(
    a: &[Vec<u32>],
    b: &[Vec<u32>],
    k: usize,
    reporting_length: usize,
    len: usize,
    bits: u32,
    sensitive_records: usize,
    synthetic_records: usize,
) -> Metrics {
    let sa: Counts<K> = count_combinations(&distinct_rows(a), len, bits);
    let sb: Counts<K> = count_combinations(&distinct_rows(b), len, bits);
    let k32 = k as u32;

    #[derive(Default, Clone)]
    struct Acc {
        common: usize,
        rare: usize,
        synthetic: usize,
        abs_sum: f64,
        abs_n: usize,
        prop_sum: f64,
        under_sum: f64,
        suppressed: usize,
        fabricated: usize,
        leaked: usize,
    }
    let mut acc = vec![Acc::default(); reporting_length + 1];
    for (&key, &n) in &sa {
        let l = key_len(key, bits);
        let s = sb.get(&key).copied().unwrap_or(0);
        let a = &mut acc[l];
        if n >= k32 {
            a.common += 1;
            let d = (f64::from(s) - f64::from(n)).abs();
            a.abs_sum += d;
            a.abs_n += 1;
            a.prop_sum += d / f64::from(n);
            if s < n {
                a.under_sum += d / f64::from(n);
            }
            if s == 0 {
                a.suppressed += 1;
            }
        } else {
            a.rare += 1;
        }
    }
    for (&key, &s) in &sb {
        let l = key_len(key, bits);
        let n = sa.get(&key).copied().unwrap_or(0);
        let a = &mut acc[l];
        a.synthetic += 1;
        if n < k32 {
            a.abs_sum += (f64::from(s) - f64::from(n)).abs();
            a.abs_n += 1;
            if n == 0 {
                a.fabricated += 1;
            } else {
                a.leaked += 1;
            }
        }
    }
    let ratio = |x: f64, n: usize| if n == 0 { 0.0 } else { x / n as f64 };
    let by_length: Vec<LengthMetrics> = (1..=reporting_length)
        .map(|l| {
            let a = &acc[l];
            LengthMetrics {
                length: l,
                sensitive_common: a.common,
                sensitive_rare: a.rare,
                synthetic: a.synthetic,
                mean_absolute_error: ratio(a.abs_sum, a.abs_n),
                mean_proportional_error: ratio(a.prop_sum, a.common),
                under_error: ratio(a.under_sum, a.common),
                over_error: ratio(a.prop_sum - a.under_sum, a.common),
                suppressed: a.suppressed,
                fabricated: a.fabricated,
                leaked: a.leaked,
            }
        })
        .collect();
    let tot = acc.iter().fold(Acc::default(), |mut t, a| {
        t.common += a.common;
        t.synthetic += a.synthetic;
        t.abs_sum += a.abs_sum;
        t.abs_n += a.abs_n;
        t.prop_sum += a.prop_sum;
        t.suppressed += a.suppressed;
        t.fabricated += a.fabricated;
        t.leaked += a.leaked;
        t
    });
    Metrics {
        k,
        reporting_length,
        sensitive_records,
        synthetic_records,
        by_length,
        mean_absolute_error: ratio(tot.abs_sum, tot.abs_n),
        mean_proportional_error: ratio(tot.prop_sum, tot.common),
        suppressed_share: ratio(tot.suppressed as f64, tot.common),
        fabricated_share: ratio(tot.fabricated as f64, tot.synthetic),
        leakage: tot.leaked,
    }
}
