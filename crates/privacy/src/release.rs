//! A release's **protected publication**: disclosure control of the release's cells
//! ([`crate::glotip::publish`], suppression with `tipdata publish`'s defaults, regional sums
//! included), computed once per release and kept in the store. `tipdata release create` makes
//! it; the public pages and `tipdata publish` with the public parameters read it.

use tipdata_model::validation::RuleSet;
use tipdata_model::ObsKey;
use tipdata_store::{NewPublication, PublicValue, PublicationParams, Release, ReleasePublication, Store, StoreError};

use crate::glotip::{self, Method, Shown};

/// The format version of the publications this code makes, kept with each
/// ([`tipdata_store::ReleasePublication::format_version`]). Every reader (the public pages and
/// API, `tipdata release publish`, `tipdata publish`) recomputes a kept publication of an older
/// version and replaces it; the release itself (cells, content hash) never changes.
///
/// **Bump it whenever the disclosure code's output for the same release cells and parameters
/// changes** (anything in `glotip::publish`, `sdc`, `regions`, `table`, or here that adds,
/// removes or alters a published cell), in the commit that changes it, and add a line below.
///
/// - 0: unknown (kept before store migration 8): older code, possibly without regional sums,
///   and before commit 7d1d83c with a "withheld" `<5` cell readable as the published remainder.
/// - 1: regional sums, a cell withheld only when the stored values force its remainder to 0
///   (commit 7d1d83c).
/// - 2: rr3 rounds each table set with a stream keyed on the seed and the set's identity
///   (entity, indicator, year), not its position (suppression output unchanged).
/// - 3: rr3's stream is also keyed on the database's secret (HMAC-SHA256, store migration 9),
///   so a reader who knows the seed cannot replay the rounding (issue #8).
pub const PUBLICATION_FORMAT: i64 = 3;

/// The publication of `release` with the public parameters ([`PublicationParams::public`]):
/// the stored one, or computed now (~7 s CPU on the whole GLOTIP file in a release build) and
/// stored. A stored one made by older code ([`is_current`] false) is never returned: it is
/// computed again and replaces the kept copy (one transaction, see
/// `ReleaseStore::store_publication`). Two processes computing it at once both compute the
/// same cells; the first stored is the one both return.
pub fn ensure_publication(
    store: &mut dyn Store,
    release: &Release,
    actor: &str,
) -> Result<(ReleasePublication, Vec<(ObsKey, PublicValue)>), StoreError> {
    ensure_publication_with(store, release, &PublicationParams::public(), actor)
}

/// [`ensure_publication`] with any parameters.
pub fn ensure_publication_with(
    store: &mut dyn Store,
    release: &Release,
    params: &PublicationParams,
    actor: &str,
) -> Result<(ReleasePublication, Vec<(ObsKey, PublicValue)>), StoreError> {
    if let Some(p) = kept(store, release, params)? {
        let cells = store.publication_cells_checked(&p)?;
        return Ok((p, cells));
    }
    let (cells, publication) = compute(store, release, params)?;
    let rules = RuleSet::v1();
    let report = publication.report(method(params)?, params.threshold, params.margin);
    let p = store.store_publication(
        &release.name,
        &NewPublication {
            params: params.clone(),
            rules_version: &rules.version,
            format_version: PUBLICATION_FORMAT,
            cells: &cells,
            report: &report,
            actor,
        },
    )?;
    let stored = store.publication_cells_checked(&p)?;
    Ok((p, stored))
}

/// Whether a kept publication may be served as it is: made by this code's format version (or
/// a newer one) under the validation rules of now.
pub fn is_current(p: &ReleasePublication) -> bool {
    !p.is_stale(PUBLICATION_FORMAT, &RuleSet::v1().version)
}

/// The publication kept with `release` under `params`, if there is one and it is current
/// ([`is_current`]); a stale one is `None` (to be computed again).
pub fn kept(store: &dyn Store, release: &Release, params: &PublicationParams) -> Result<Option<ReleasePublication>, StoreError> {
    Ok(store.release_publication(&release.name, params)?.filter(is_current))
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
    let secret = store.rr3_secret()?;
    let p = glotip::publish_keyed(&cells, RuleSet::v1(), method, params.threshold, params.margin, params.seed, &secret, true)
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
