//! Differentially private counts of victim-level records, with OpenDP: a cross-tabulation over
//! public category sets (never read from the data), each count plus discrete Laplace noise of
//! scale `1 / epsilon`. Adding or removing one record changes one count by one (L1 sensitivity
//! 1), so the release is epsilon-differentially private (pure DP). What the caller does with
//! the noisy counts afterwards (clamping at 0, dropping small ones) is post-processing and
//! costs no privacy.

use opendp::combinators::make_chain_mt;
use opendp::domains::{AtomDomain, VectorDomain};
use opendp::measurements::make_laplace;
use opendp::measures::MaxDivergence;
use opendp::metrics::{L1Distance, SymmetricDistance};
use opendp::transformations::make_count_by_categories;

use crate::table::Table;

/// The most cells one cross-tabulation may have (every combination of the public categories).
pub const MAX_CELLS: usize = 2_000_000;

#[derive(Debug, thiserror::Error)]
pub enum DpError {
    #[error("epsilon must be a finite number above 0, not {0}")]
    Epsilon(f64),
    #[error("no column '{column}' (the columns are {columns})")]
    UnknownColumn { column: String, columns: String },
    #[error("column '{0}' has no public categories")]
    EmptyDomain(String),
    #[error("the cross-tabulation would have {0} cells (more than {MAX_CELLS}): use fewer columns or narrower category sets")]
    TooManyCells(usize),
    #[error("--by is empty: name at least one column")]
    NoColumns,
    #[error("OpenDP: {0}")]
    OpenDp(String),
}

fn opendp_err(e: opendp::error::Error) -> DpError {
    DpError::OpenDp(format!("{:?}: {}", e.variant, e.message.unwrap_or_default()))
}

/// A differentially private cross-tabulation.
#[derive(Debug, Clone, PartialEq)]
pub struct DpCrosstab {
    pub columns: Vec<String>,
    /// Every combination of the public categories, in their order (`""` is missing), with its
    /// noisy count (may be negative), then the records whose value lay outside the categories
    /// (key `None`).
    pub cells: Vec<(Option<Vec<String>>, i64)>,
    /// The privacy loss OpenDP's privacy map states for one record added or removed.
    pub epsilon: f64,
    /// Scale of the discrete Laplace noise.
    pub scale: f64,
}

/// Discrete Laplace noise of scale `1/epsilon` added to the count of each category
/// `0..categories` in `data` (category indices; others are counted as one extra "outside"
/// count at the end). Returns the noisy counts and the scale used, checked with OpenDP's
/// privacy map to spend at most `epsilon`.
pub fn noisy_counts(data: Vec<u32>, categories: u32, epsilon: f64) -> Result<(Vec<i64>, f64), DpError> {
    if !(epsilon.is_finite() && epsilon > 0.0) {
        return Err(DpError::Epsilon(epsilon));
    }
    let count = make_count_by_categories::<L1Distance<i64>, u32, i64>(
        VectorDomain::new(AtomDomain::default()),
        SymmetricDistance,
        (0..categories).collect(),
        true,
    )
    .map_err(opendp_err)?;
    // The privacy map rounds up: nudge the scale up until one record costs at most epsilon.
    let mut scale = 1.0 / epsilon;
    let meas = loop {
        let noise = make_laplace::<_, _, MaxDivergence>(
            VectorDomain::new(AtomDomain::<i64>::new_non_nan()),
            L1Distance::<i64>::default(),
            scale,
            None,
        )
        .map_err(opendp_err)?;
        let m = make_chain_mt(&noise, &count).map_err(opendp_err)?;
        if m.map(&1).map_err(opendp_err)? <= epsilon {
            break m;
        }
        scale = f64::from_bits(scale.to_bits() + 1);
    };
    let out = meas.invoke(&data).map_err(opendp_err)?;
    Ok((out, scale))
}

/// Counts of `table`'s records by the columns `by` over the public `domains` (one category list
/// per column; the missing value `""` is added to each), with epsilon-DP noise.
pub fn dp_crosstab(table: &Table, by: &[&str], domains: &[Vec<String>], epsilon: f64) -> Result<DpCrosstab, DpError> {
    if by.is_empty() {
        return Err(DpError::NoColumns);
    }
    let mut cols = Vec::with_capacity(by.len());
    let mut lookup: Vec<std::collections::HashMap<&str, u32>> = Vec::with_capacity(by.len());
    let mut cats: Vec<Vec<&str>> = Vec::with_capacity(by.len());
    let mut cells: usize = 1;
    for (name, domain) in by.iter().zip(domains) {
        let c = table
            .column(name)
            .ok_or_else(|| DpError::UnknownColumn { column: name.to_string(), columns: table.header().join(", ") })?;
        cols.push(c);
        let mut list: Vec<&str> = Vec::new();
        for v in domain.iter().map(String::as_str).chain([""]) {
            if !list.contains(&v) {
                list.push(v);
            }
        }
        if list.len() <= 1 {
            return Err(DpError::EmptyDomain(name.to_string()));
        }
        cells = cells
            .checked_mul(list.len())
            .filter(|&n| n <= MAX_CELLS)
            .ok_or(DpError::TooManyCells(cells.saturating_mul(list.len())))?;
        lookup.push(list.iter().enumerate().map(|(i, v)| (*v, i as u32)).collect());
        cats.push(list);
    }
    let outside = cells as u32;
    let data: Vec<u32> = table
        .records()
        .iter()
        .map(|r| {
            let mut idx: u32 = 0;
            for (j, &c) in cols.iter().enumerate() {
                match lookup[j].get(r[c].as_str()) {
                    Some(&i) => idx = idx * cats[j].len() as u32 + i,
                    None => return outside,
                }
            }
            idx
        })
        .collect();
    let (noisy, scale) = noisy_counts(data, cells as u32, epsilon)?;
    let mut out = Vec::with_capacity(noisy.len());
    for (i, n) in noisy.into_iter().enumerate() {
        if i == cells {
            out.push((None, n));
            continue;
        }
        let mut rest = i;
        let mut key = vec![String::new(); cats.len()];
        for j in (0..cats.len()).rev() {
            key[j] = cats[j][rest % cats[j].len()].to_string();
            rest /= cats[j].len();
        }
        out.push((Some(key), n));
    }
    Ok(DpCrosstab { columns: by.iter().map(|s| s.to_string()).collect(), cells: out, epsilon, scale })
}

/// Variance of the discrete Laplace distribution `P(k) ∝ exp(-|k| / scale)`.
pub fn discrete_laplace_variance(scale: f64) -> f64 {
    let q = (-1.0 / scale).exp();
    2.0 * q / (1.0 - q).powi(2)
}

/// The smallest `w` with `P(|X| <= w) >= p` for discrete Laplace noise `X` of this scale:
/// `P(|X| > w) = 2 q^(w+1) / (1 + q)` with `q = exp(-1/scale)`.
pub fn discrete_laplace_halfwidth(scale: f64, p: f64) -> u64 {
    let q = (-1.0 / scale).exp();
    let mut w = 0u64;
    while 2.0 * q.powf(w as f64 + 1.0) / (1.0 + q) > 1.0 - p && w < u64::from(u32::MAX) {
        w += 1;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[[&str; 2]]) -> Table {
        Table::new(vec!["gender".into(), "age".into()], rows.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect())
            .unwrap()
    }

    #[test]
    fn cells_are_every_public_combination_with_missing_and_outside() {
        let t = table(&[["Female", "9--17"], ["Male", ""], ["Other", "9--17"]]);
        let domains = vec![vec!["Female".to_string(), "Male".into()], vec!["9--17".to_string()]];
        let x = dp_crosstab(&t, &["gender", "age"], &domains, 1.0).unwrap();
        // (Female, Male, missing) x (9--17, missing) + outside.
        assert_eq!(x.cells.len(), 3 * 2 + 1);
        assert_eq!(x.cells[0].0, Some(vec!["Female".to_string(), "9--17".into()]));
        assert_eq!(x.cells[3].0, Some(vec!["Male".to_string(), String::new()]));
        assert_eq!(x.cells[6].0, None);
        assert!(x.epsilon <= 1.0 && x.scale >= 1.0);
    }

    #[test]
    fn the_halfwidth_covers_its_share_of_the_noise() {
        // Scale 1: P(|X| <= w) = 1 - 2 e^-(w+1) / (1 + e^-1); w = 2 covers 92.7 %, w = 3 covers 97.3 %.
        assert_eq!(discrete_laplace_halfwidth(1.0, 0.95), 3);
        assert_eq!(discrete_laplace_halfwidth(1.0, 0.90), 2);
        assert!(discrete_laplace_halfwidth(10.0, 0.95) > discrete_laplace_halfwidth(1.0, 0.95));
    }

    #[test]
    fn bad_requests_are_refused() {
        let t = table(&[["Female", "9--17"]]);
        let d = vec![vec!["Female".to_string()]];
        assert!(matches!(dp_crosstab(&t, &["gender"], &d, 0.0), Err(DpError::Epsilon(_))));
        assert!(matches!(dp_crosstab(&t, &["gender"], &d, f64::INFINITY), Err(DpError::Epsilon(_))));
        assert!(matches!(dp_crosstab(&t, &["nope"], &d, 1.0), Err(DpError::UnknownColumn { .. })));
        assert!(matches!(dp_crosstab(&t, &["gender"], &[vec![]], 1.0), Err(DpError::EmptyDomain(_))));
        let big = vec![(0..2000).map(|i| i.to_string()).collect::<Vec<_>>(); 2];
        assert!(matches!(dp_crosstab(&t, &["gender", "age"], &big, 1.0), Err(DpError::TooManyCells(_))));
    }
}
