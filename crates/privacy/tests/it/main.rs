//! Integration tests of tipdata-privacy: one binary, modules by topic.

mod dp;
mod glotip;
mod regions;
mod sdc;
mod synth;
mod table;

use tipdata_model::validation::RuleSet;
use tipdata_model::ObsKey;
use tipdata_privacy::glotip::{publish_keyed, Method, Publication, Shown};

/// rr3 publishes only with a secret (`publish_with` refuses it): the tests' stand-in for a
/// database's secret.
pub(crate) const TEST_SECRET: [u8; 32] = [0x5a; 32];

/// `publish_with(cells, v1, method, 5, 4, seed, regions)` keyed on [`TEST_SECRET`], for rr3.
pub(crate) fn publish_test(cells: &[(ObsKey, Shown)], method: Method, seed: u64, regions: bool) -> Publication {
    publish_keyed(cells, RuleSet::v1(), method, 5, 4, seed, &TEST_SECRET, regions).expect("publish")
}
