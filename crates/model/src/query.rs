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
        QueryKey::Country,
        QueryKey::Region,
        QueryKey::Subregion,
        QueryKey::Indicator,
        QueryKey::Dimension,
        QueryKey::Category,
        QueryKey::Sex,
        QueryKey::Age,
        QueryKey::Year,
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
        QueryKey::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("'{s}' is not a query key; use one of {}", QueryKey::ALL.map(|k| k.as_str()).join(", ")))
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

    /// Checks filter values against the instrument, so that a misspelt value is an error
    /// rather than an empty result. Categories of open dimensions are not checked.
    pub fn validate(&self, inst: &crate::Instrument) -> Result<(), String> {
        use crate::instrument::Part;
        for f in &self.filters {
            for v in &f.values {
                let checked = match f.key {
                    QueryKey::Year => v.parse::<i32>().map(|_| ()).map_err(|_| format!("'{v}' is not a year")),
                    QueryKey::Indicator => inst.check(Part::Indicator, v, None),
                    QueryKey::Dimension => inst.check(Part::Dimension, v, None),
                    QueryKey::Sex => inst.check(Part::Sex, v, None),
                    QueryKey::Age => inst.check(Part::Age, v, None),
                    QueryKey::Country => match inst.entity(v) {
                        Some(_) => Ok(()),
                        None => Err(format!("'{v}' is not a known country code or GLOTIP entity")),
                    },
                    QueryKey::Region => known(v, inst.entities.iter().map(|e| e.region.as_str())),
                    QueryKey::Subregion => known(v, inst.entities.iter().map(|e| e.subregion.as_str())),
                    QueryKey::Category => Ok(()),
                };
                checked.map_err(|m| format!("--filter {}={v}: {m}", f.key))?;
            }
        }
        Ok(())
    }

    /// Keys whose cells mix totals and breakdowns when the query neither filters them to
    /// one value nor groups by them: summing over them counts people twice.
    pub fn unpinned(&self) -> Vec<QueryKey> {
        [QueryKey::Indicator, QueryKey::Dimension, QueryKey::Sex, QueryKey::Age]
            .into_iter()
            .filter(|k| !self.by.contains(k) && !self.filters.iter().any(|f| f.key == *k && f.values.len() == 1))
            .collect()
    }
}

fn known<'a>(v: &str, mut all: impl Iterator<Item = &'a str>) -> Result<(), String> {
    if all.any(|a| a == v && !a.is_empty()) {
        Ok(())
    } else {
        Err(format!("'{v}' is not a region or subregion of the codelist"))
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
