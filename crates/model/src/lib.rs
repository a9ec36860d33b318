//! The domain of tipdata: the instrument and its codelists, observations and their values,
//! findings, and the case-coding scheme. Types and rules only: no files, no SQL, no HTTP.

pub mod case;
pub mod citizenship;
pub mod coding;
pub mod entity;
pub mod finding;
pub mod instrument;
pub mod observation;
pub mod query;
pub mod submission;
pub mod validation;
pub mod value;
pub mod victim;

pub use entity::{Entity, EntityKind};
pub use finding::{Finding, Severity};
pub use instrument::{Instrument, Part};
pub use observation::{collapse, Collapsed, ObsKey, Observation, Provenance};
pub use query::{Query, QueryKey, QueryRow};
pub use value::{CellValue, ValueError};
pub use victim::{VictimRecord, CTDC_COLUMNS};
