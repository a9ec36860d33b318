//! Differentially private counts: the noise OpenDP adds has the scale epsilon asks for.
//! OpenDP draws from the system's randomness (no seed), so these are statistical tests over
//! many draws with tolerances of about five standard errors: a false failure is rarer than
//! one run in a million.

use tipdata_privacy::dp::{discrete_laplace_variance, noisy_counts};

/// Noise on `n` counts that are all 0 (n categories, no record).
fn noise(n: u32, epsilon: f64) -> (Vec<i64>, f64) {
    let (counts, scale) = noisy_counts(Vec::new(), n, epsilon).unwrap();
    assert_eq!(counts.len(), n as usize + 1, "one count per category and one for values outside");
    (counts, scale)
}

fn mean_and_variance(x: &[i64]) -> (f64, f64) {
    let n = x.len() as f64;
    let mean = x.iter().map(|&v| v as f64).sum::<f64>() / n;
    let var = x.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, var)
}

#[test]
fn the_noise_variance_matches_the_scale_epsilon_asks_for() {
    let n = 40_000;
    for epsilon in [0.25, 1.0, 2.0] {
        let (x, scale) = noise(n, epsilon);
        // The scale is 1/epsilon, nudged up by at most a few ulps by the privacy map's rounding.
        assert!((scale * epsilon - 1.0).abs() < 1e-12, "epsilon {epsilon}: scale {scale}");
        let expected = discrete_laplace_variance(scale);
        let (mean, var) = mean_and_variance(&x);
        // Laplace-like noise has kurtosis ~6: the sample variance's standard error is about
        // var * sqrt(5 / n); the mean's is sqrt(var / n).
        let se_var = expected * (5.0 / n as f64).sqrt();
        let se_mean = (expected / n as f64).sqrt();
        assert!((var - expected).abs() < 5.0 * se_var, "epsilon {epsilon}: variance {var}, expected {expected}");
        assert!(mean.abs() < 5.0 * se_mean, "epsilon {epsilon}: mean {mean}");
    }
}

#[test]
fn the_noise_has_the_discrete_laplace_shape() {
    // P(X = 0) = (1 - q) / (1 + q), q = exp(-epsilon): at epsilon 1, 0.4621.
    let n = 40_000;
    let (x, scale) = noise(n, 1.0);
    let q = (-1.0 / scale).exp();
    let p0 = (1.0 - q) / (1.0 + q);
    let zeros = x.iter().filter(|&&v| v == 0).count() as f64 / x.len() as f64;
    let se = (p0 * (1.0 - p0) / x.len() as f64).sqrt();
    assert!((zeros - p0).abs() < 5.0 * se, "share of zeros {zeros}, expected {p0}");
    // Symmetric: as many above 0 as below.
    let above = x.iter().filter(|&&v| v > 0).count() as f64;
    let below = x.iter().filter(|&&v| v < 0).count() as f64;
    assert!((above - below).abs() < 5.0 * (above + below).sqrt(), "{above} above 0, {below} below");
}

#[test]
fn counts_are_the_true_counts_plus_the_noise() {
    // 1000 records in category 0, none elsewhere: the noisy count sits around 1000.
    let data = vec![0u32; 1000];
    let mut sum = 0i64;
    let draws = 400;
    for _ in 0..draws {
        let (c, _) = noisy_counts(data.clone(), 2, 1.0).unwrap();
        sum += c[0];
    }
    let mean = sum as f64 / draws as f64;
    let se = (discrete_laplace_variance(1.0) / draws as f64).sqrt();
    assert!((mean - 1000.0).abs() < 5.0 * se, "mean noisy count {mean}");
}
