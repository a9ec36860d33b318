//! The value of one cell: an exact count, a suppression marker such as `<5`, or missing.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What a country reported in one cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "n", rename_all = "snake_case")]
pub enum CellValue {
    /// An exact count.
    Count(u64),
    /// Suppressed: a count from 0 to `below - 1` (`<5` is `Below(5)`).
    Below(u32),
    /// Not reported.
    Missing,
}

/// Why a text is not a cell value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("'{0}' is not a count: expected a whole number such as 1282 or 1,282, the marker <5, or an empty cell")]
    NotACount(String),
    #[error("'{0}' is negative: counts are never below zero")]
    Negative(String),
    #[error("'{0}' has misplaced thousands separators: write 1,282 or 1282")]
    BadGrouping(String),
    #[error("'{0}' is too large to be a count")]
    TooLarge(String),
    #[error("'{0}' is a suppression marker with a bound of zero or more than 1000")]
    BadMarker(String),
}

impl CellValue {
    /// Parses a value as national authorities write it.
    ///
    /// `"1,282"` and `"1282"` are counts, `"<5"` is suppressed, `""` is missing.
    /// A spreadsheet may hand over a whole number as `"12.0"`; that is a count too.
    pub fn parse(text: &str) -> Result<CellValue, ValueError> {
        let t = text.trim();
        if t.is_empty() {
            return Ok(CellValue::Missing);
        }
        if let Some(rest) = t.strip_prefix('<') {
            let bound: u32 = rest.trim().parse().map_err(|_| ValueError::NotACount(text.to_string()))?;
            if bound == 0 || bound > 1000 {
                return Err(ValueError::BadMarker(text.to_string()));
            }
            return Ok(CellValue::Below(bound));
        }
        if t.starts_with('-') {
            return Err(ValueError::Negative(text.to_string()));
        }
        let digits = if let Some(whole) = t.strip_suffix(".0") { whole } else { t };
        if digits.contains(',') {
            let groups: Vec<&str> = digits.split(',').collect();
            let well_grouped = !groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
            if !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
                return Err(ValueError::NotACount(text.to_string()));
            }
            if !well_grouped {
                return Err(ValueError::BadGrouping(text.to_string()));
            }
            let joined: String = groups.concat();
            return joined.parse().map(CellValue::Count).map_err(|_| ValueError::TooLarge(text.to_string()));
        }
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValueError::NotACount(text.to_string()));
        }
        digits.parse().map(CellValue::Count).map_err(|_| ValueError::TooLarge(text.to_string()))
    }

    /// Parses a number that a spreadsheet stored as a float.
    pub fn from_f64(x: f64) -> Result<CellValue, ValueError> {
        if x < 0.0 {
            return Err(ValueError::Negative(x.to_string()));
        }
        if x.fract() != 0.0 || !x.is_finite() {
            return Err(ValueError::NotACount(x.to_string()));
        }
        if x > 9.0e15 {
            return Err(ValueError::TooLarge(x.to_string()));
        }
        Ok(CellValue::Count(x as u64))
    }

    /// The smallest true count this value allows (missing has none).
    pub fn low(self) -> Option<u64> {
        match self {
            CellValue::Count(n) => Some(n),
            CellValue::Below(_) => Some(0),
            CellValue::Missing => None,
        }
    }

    /// The largest true count this value allows (missing has none).
    pub fn high(self) -> Option<u64> {
        match self {
            CellValue::Count(n) => Some(n),
            CellValue::Below(b) => Some(u64::from(b) - 1),
            CellValue::Missing => None,
        }
    }

    /// The stored form: kind and number (`count`/n, `below`/bound, `missing`/none).
    pub fn to_parts(self) -> (&'static str, Option<i64>) {
        match self {
            CellValue::Count(n) => ("count", Some(n as i64)),
            CellValue::Below(b) => ("below", Some(i64::from(b))),
            CellValue::Missing => ("missing", None),
        }
    }

    /// The inverse of [`CellValue::to_parts`]; `None` for a form no version of the store wrote.
    pub fn from_parts(kind: &str, n: Option<i64>) -> Option<CellValue> {
        match (kind, n) {
            ("count", Some(n)) if n >= 0 => Some(CellValue::Count(n as u64)),
            ("below", Some(b)) if b > 0 && b <= 1000 => Some(CellValue::Below(b as u32)),
            ("missing", None) => Some(CellValue::Missing),
            _ => None,
        }
    }
}

/// A count with thousands separators, as reports print it: 1282 -> "1,282".
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for CellValue {
    /// As GLOTIP publishes: `1282`, `<5`, or empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CellValue::Count(n) => write!(f, "{n}"),
            CellValue::Below(b) => write!(f, "<{b}"),
            CellValue::Missing => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn thousands_separators_are_read_as_one_count() {
        assert_eq!(CellValue::parse("1,282"), Ok(CellValue::Count(1282)));
        assert_eq!(CellValue::parse("12,345,678"), Ok(CellValue::Count(12_345_678)));
    }

    #[test]
    fn the_suppression_marker_is_a_bound_not_a_zero() {
        let v = CellValue::parse("<5").unwrap();
        assert_eq!(v, CellValue::Below(5));
        assert_eq!((v.low(), v.high()), (Some(0), Some(4)));
    }

    #[test]
    fn an_empty_cell_is_missing() {
        assert_eq!(CellValue::parse("  "), Ok(CellValue::Missing));
    }

    #[test]
    fn letters_in_a_count_are_rejected() {
        assert_eq!(CellValue::parse("12a"), Err(ValueError::NotACount("12a".into())));
    }

    #[test]
    fn misplaced_separators_are_rejected() {
        assert!(matches!(CellValue::parse("1,28"), Err(ValueError::BadGrouping(_))));
        assert!(matches!(CellValue::parse(",128"), Err(ValueError::BadGrouping(_))));
        assert!(matches!(CellValue::parse("1282,000"), Err(ValueError::BadGrouping(_))));
    }

    #[test]
    fn negative_and_fractional_counts_are_rejected() {
        assert!(matches!(CellValue::parse("-3"), Err(ValueError::Negative(_))));
        assert!(matches!(CellValue::parse("3.5"), Err(ValueError::NotACount(_))));
        assert!(matches!(CellValue::from_f64(2.5), Err(ValueError::NotACount(_))));
        assert_eq!(CellValue::from_f64(17.0), Ok(CellValue::Count(17)));
    }

    proptest! {
        #[test]
        fn any_count_written_plain_or_grouped_reads_back(n in 0u64..10_000_000_000_000) {
            prop_assert_eq!(CellValue::parse(&n.to_string()), Ok(CellValue::Count(n)));
            prop_assert_eq!(CellValue::parse(&thousands(n)), Ok(CellValue::Count(n)));
        }

        #[test]
        fn display_then_parse_is_the_identity(v in prop_oneof![
            any::<u32>().prop_map(|n| CellValue::Count(u64::from(n))),
            (1u32..=1000).prop_map(CellValue::Below),
            Just(CellValue::Missing),
        ]) {
            prop_assert_eq!(CellValue::parse(&v.to_string()), Ok(v));
            let (k, n) = v.to_parts();
            prop_assert_eq!(CellValue::from_parts(k, n), Some(v));
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,12}") {
            let _ = CellValue::parse(&s);
        }

        #[test]
        fn a_text_with_a_letter_is_never_a_count(a in "[0-9]{1,4}", b in "[a-zA-Z]", c in "[0-9]{0,3}") {
            let s = format!("{a}{b}{c}");
            prop_assert!(CellValue::parse(&s).is_err());
        }
    }
}
