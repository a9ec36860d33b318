//! Queries over observations: which cells (filters), grouped how (`--by`), and the sums with
//! bounds that suppressed cells allow.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// The keys a query can filter and group by, spelled as on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QueryKey {
    Country,
    Region,
    Subregion,
    Indicator,
    Dimension,
    Category,
    Sex,
    Age,
    Year,
}

impl QueryKey {
    pub const ALL: [QueryKey; 9] = [
        QueryKey::Country, QueryKey::Region, QueryKey::Subregion, QueryKey::Indicator,
        QueryKey::Dimension, QueryKey::Category, QueryKey::Sex, QueryKey::Age, QueryKey::Year,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QueryKey::Country => "country",
            QueryKey::Region => "region",
            QueryKey::Subregion => "subregion",
            QueryKey::Indicator => "indicator",
            QueryKey::Dimension => "dimension",
            QueryKey::Category => "category",
            QueryKey::Sex => "sex",
            QueryKey::Age => "age",
            QueryKey::Year => "year",
        }
    }
}

impl FromStr for QueryKey {
    type Err = String;
    fn from_str(s: &str) -> Result<QueryKey, String> {
        QueryKey::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| {
            format!(
                "'{s}' is not a query key; use one of {}",
                QueryKey::ALL.map(|k| k.as_str()).join(", ")
            )
        })
    }
}

impl fmt::Display for QueryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A filter: the key takes any of the values (repeating a key on the command line adds values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub key: QueryKey,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub filters: Vec<Filter>,
    pub by: Vec<QueryKey>,
}

impl Query {
    /// Adds `key=value`, merging values of a key already filtered.
    pub fn filter(&mut self, key: QueryKey, value: impl Into<String>) {
        let value = value.into();
        match self.filters.iter_mut().find(|f| f.key == key) {
            Some(f) => f.values.push(value),
            None => self.filters.push(Filter { key, values: vec![value] }),
        }
    }

    /// Whether the query names entities itself; otherwise only entities that roll up
    /// (countries and territories) are summed, never aggregates or joint reports.
    pub fn names_entities(&self) -> bool {
        self.filters.iter().any(|f| f.key == QueryKey::Country)
    }

    /// Checks a `year` filter's values are years.
    pub fn validate(&self) -> Result<(), String> {
        for f in &self.filters {
            if f.key == QueryKey::Year {
                for v in &f.values {
                    v.parse::<i32>().map_err(|_| format!("year={v}: not a year"))?;
                }
            }
        }
        Ok(())
    }
}

/// One output row: the `--by` values in order, then the sums.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QueryRow {
    pub keys: Vec<String>,
    /// Sum of exact counts.
    pub value: u64,
    /// Cells reported as `<N`.
    pub suppressed: u64,
    /// Bounds on the true total: suppressed cells count as 0 for `low`, N-1 for `high`.
    pub low: u64,
    pub high: u64,
    /// Cells behind the row (reported cells; missing cells are not counted).
    pub cells: u64,
}

/// Sorts rows by their keys: years as numbers, text as bytes, so every store agrees.
pub fn sort_rows(by: &[QueryKey], rows: &mut [QueryRow]) {
    rows.sort_by(|a, b| {
        for (i, k) in by.iter().enumerate() {
            let o = if *k == QueryKey::Year {
                let pa = a.keys[i].parse::<i64>().unwrap_or(i64::MAX);
                let pb = b.keys[i].parse::<i64>().unwrap_or(i64::MAX);
                pa.cmp(&pb)
            } else {
                a.keys[i].cmp(&b.keys[i])
            };
            if o.is_ne() {
                return o;
            }
        }
        std::cmp::Ordering::Equal
    });
}
