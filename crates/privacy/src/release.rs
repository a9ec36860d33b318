//! A release's **protected publication**: disclosure control of the release's cells
//! ([`crate::glotip::publish`], suppression with `tipdata publish`'s defaults, regional sums
//! included), computed once per release and kept in the store. `tipdata release create` makes
//! it; the public pages and `tipdata publish` with the public parameters read it.

use tipdata_model::validation::RuleSet;
use tipdata_model::ObsKey;
use tipdata_store::{NewPublication, PublicValue, PublicationParams, Release, ReleasePublication, Store, StoreError};

use crate::glotip::{self, Method, Shown};

/// The publication of `release` with the public parameters ([`PublicationParams::public`]):
/// the stored one, or computed now (~7 s CPU on the whole GLOTIP file in a release build) and
/// stored. Two processes computing it at once both compute the same cells; the first stored
/// is the one both return.
pub fn ensure_publication(
    store: &mut dyn Store,
    release: &Release,
    actor: &str,
) -> Result<(ReleasePublication, Vec<(ObsKey, PublicValue)>), StoreError> {
    let params = PublicationParams::public();
    if let Some(p) = store.release_publication(&release.name, &params)? {
        let cells = store.publication_cells(p.id)?;
        return Ok((p, cells));
    }
    let (cells, publication) = compute(store, release, &params)?;
    let rules = RuleSet::v1();
    let report = publication.report(Method::Suppress, params.threshold, params.margin);
    let p = store.store_publication(
        &release.name,
        &NewPublication { params: params.clone(), rules_version: &rules.version, cells: &cells, report: &report, actor },
    )?;
    let stored = store.publication_cells(p.id)?;
    Ok((p, stored))
}

/// The method named by a publication's parameters.
pub fn method(params: &PublicationParams) -> Result<Method, StoreError> {
    match params.method.as_str() {
        "suppress" => Ok(Method::Suppress),
        "rr3" => Ok(Method::Rr3),
        m => Err(StoreError::Invalid(format!("no publication method '{m}' (suppress or rr3)"))),
    }
}

/// The protected publication of a release's cells, as `tipdata publish --out` computes it:
/// every public row (country cells, then regional sums) and what was done.
pub fn compute(
    store: &dyn Store,
    release: &Release,
    params: &PublicationParams,
) -> Result<(Vec<(ObsKey, PublicValue)>, glotip::Publication), StoreError> {
    let method = method(params)?;
    let cells: Vec<(ObsKey, Shown)> =
        store.release_cells(&release.name, None)?.into_iter().filter_map(|(k, v)| Shown::from_value(v).map(|s| (k, s))).collect();
    let p = glotip::publish(&cells, RuleSet::v1(), method, params.threshold, params.margin, params.seed)
        .map_err(|e| StoreError::Invalid(format!("disclosure control of release {}: {e}", release.name)))?;
    let out = p.all_cells().into_iter().map(|(k, v)| (k, public_value(v))).collect();
    Ok((out, p))
}

/// A shown cell as the store keeps it.
pub fn public_value(v: Shown) -> PublicValue {
    match v {
        Shown::Count(n) => PublicValue::Count(n),
        Shown::Below(t) => PublicValue::Below(t),
        Shown::Hidden => PublicValue::Hidden,
    }
}

/// A kept cell as shown.
pub fn shown(v: PublicValue) -> Shown {
    match v {
        PublicValue::Count(n) => Shown::Count(n),
        PublicValue::Below(t) => Shown::Below(t),
        PublicValue::Hidden => Shown::Hidden,
    }
}
