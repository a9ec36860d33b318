//! Regional sums of the GLOTIP tables across the UN M49 hierarchy (region > subregion >
//! country), and the one linked problem per indicator x year they make of the country table
//! sets: every country's cells and breakdown constraints, the regional cells, and
//! `region = sum(countries)`, `subregion = sum(countries)`, `region = sum(subregions)`.
//! The publisher's regional sums ([`regional_members`]) and the attacker's audit ([`link`]) read
//! the hierarchy the same way.

use std::collections::{BTreeMap, HashMap};

use tipdata_model::validation::RuleSet;
use tipdata_model::{Instrument, ObsKey};

use crate::glotip::{build, GlotipSet, Shown, Strictness};
use crate::sdc::{feasible, CellId, Mark, Published, SdcError, TableSet};

/// A UN M49 region or subregion, as the entity codelist names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    /// M49 numeric code: the entity code of its rows in a publication (`Iso3_code`, `REF_AREA`).
    pub code: &'static str,
    pub name: &'static str,
    /// The region a subregion belongs to (its code); `None` for a region.
    pub region: Option<&'static str>,
}

/// The regions and subregions of `crates/model/data/entities.csv` with their M49 codes.
pub const AREAS: &[Area] = &[
    Area { code: "002", name: "Africa", region: None },
    Area { code: "019", name: "Americas", region: None },
    Area { code: "142", name: "Asia", region: None },
    Area { code: "150", name: "Europe", region: None },
    Area { code: "009", name: "Oceania", region: None },
    Area { code: "015", name: "Northern Africa", region: Some("002") },
    Area { code: "202", name: "Sub-Saharan Africa", region: Some("002") },
    Area { code: "419", name: "Latin America and the Caribbean", region: Some("019") },
    Area { code: "021", name: "Northern America", region: Some("019") },
    Area { code: "143", name: "Central Asia", region: Some("142") },
    Area { code: "030", name: "Eastern Asia", region: Some("142") },
    Area { code: "035", name: "South-eastern Asia", region: Some("142") },
    Area { code: "034", name: "Southern Asia", region: Some("142") },
    Area { code: "145", name: "Western Asia", region: Some("142") },
    Area { code: "151", name: "Eastern Europe", region: Some("150") },
    Area { code: "154", name: "Northern Europe", region: Some("150") },
    Area { code: "039", name: "Southern Europe", region: Some("150") },
    Area { code: "155", name: "Western Europe", region: Some("150") },
    Area { code: "053", name: "Australia and New Zealand", region: Some("009") },
    Area { code: "054", name: "Melanesia", region: Some("009") },
    Area { code: "057", name: "Micronesia", region: Some("009") },
    Area { code: "061", name: "Polynesia", region: Some("009") },
];

/// The area whose code is `code`.
pub fn area(code: &str) -> Option<&'static Area> {
    AREAS.iter().find(|a| a.code == code)
}

fn area_named(name: &str) -> Option<&'static Area> {
    AREAS.iter().find(|a| a.name == name)
}

/// (region, subregion) of an entity that rolls up into regions (a country or territory of the
/// codelist with a region); `None` for aggregates, joint reports, unknown codes.
pub fn areas_of(entity: &str) -> Option<(&'static Area, &'static Area)> {
    let e = Instrument::v1().entity(entity)?;
    if !e.kind.rolls_up() || e.region.is_empty() {
        return None;
    }
    let r = area_named(&e.region)?;
    let s = area_named(&e.subregion)?;
    (s.region == Some(r.code)).then_some((r, s))
}

/// Whether a publication row is a regional sum.
pub fn is_regional(k: &ObsKey) -> bool {
    area(&k.entity).is_some()
}

fn key_of(area: &str, k: &ObsKey) -> ObsKey {
    ObsKey { entity: area.to_string(), ..k.clone() }
}

/// The regional cells a set of country cells makes: for every region and subregion, every key
/// (indicator, year, dimension, category, sex, age) that at least one of its countries
/// reports, with those countries' cells (indices into `country`). Sorted by key.
pub fn regional_members(country: &[(ObsKey, Shown)]) -> BTreeMap<ObsKey, Vec<usize>> {
    let mut out: BTreeMap<ObsKey, Vec<usize>> = BTreeMap::new();
    let mut cache: HashMap<&str, Option<(&'static Area, &'static Area)>> = HashMap::new();
    for (i, (k, _)) in country.iter().enumerate() {
        let Some((r, s)) = *cache.entry(k.entity.as_str()).or_insert_with(|| areas_of(&k.entity)) else { continue };
        out.entry(key_of(r.code, k)).or_default().push(i);
        out.entry(key_of(s.code, k)).or_default().push(i);
    }
    out
}

/// Where a cell of a [`Linked`] problem comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Index into the country cells given to [`link`].
    Country(usize),
    /// An unreported remainder of a country breakdown (never published).
    Slack,
    /// Index into the regional cells given to [`link`].
    Region(usize),
}

/// One indicator x year as one problem: every country table set and the regional sums.
#[derive(Debug, Clone)]
pub struct Linked {
    pub tables: TableSet,
    pub marks: Vec<Mark>,
    pub origin: Vec<Origin>,
    /// Country table sets, each as read (strictness after the fallbacks; false when even the
    /// weakest reading contradicts its figures: its constraints are left out).
    pub sets: Vec<(GlotipSet, Strictness, bool)>,
    pub regional_constraints: usize,
}

impl Linked {
    pub fn published(&self) -> Result<Published, SdcError> {
        Published::new(&self.tables, self.marks.clone())
    }
}

/// A country table set read from what is shown, as the attacker reads it: the rules'
/// constraints, weaker readings when the shown figures contradict them.
/// The flag is false when even the weakest reading contradicts the shown figures.
pub fn read_set(
    entity: String,
    indicator: String,
    year: i32,
    cells: Vec<(ObsKey, Shown)>,
    rules: &RuleSet,
) -> Result<(GlotipSet, Strictness, bool), SdcError> {
    let mut strictness = Strictness::Rules;
    let mut set = build(entity, indicator, year, cells, rules, strictness)?;
    loop {
        if feasible(&set.published()?)? {
            return Ok((set, strictness, true));
        }
        match strictness.weaker() {
            Some(w) => {
                strictness = w;
                set = build(set.entity, set.indicator, set.year, set.cells, rules, w)?;
            }
            None => return Ok((set, strictness, false)),
        }
    }
}

/// Builds the linked problem of one indicator x year. `country` are the country cells as
/// shown (any entities; those that do not roll up are simply not linked), `regional` the
/// regional cells as shown; `with_regions` false leaves the regional constraints out (the
/// country sets alone). Cell values are 0 (a publisher sets the true values afterwards).
pub fn link(
    country: &[(ObsKey, Shown)],
    regional: &[(ObsKey, Shown)],
    rules: &RuleSet,
    with_regions: bool,
) -> Result<Linked, SdcError> {
    let mut by_entity: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, (k, _)) in country.iter().enumerate() {
        by_entity.entry(k.entity.as_str()).or_default().push(i);
    }
    let mut tables = TableSet::new();
    let mut marks = Vec::new();
    let mut origin = Vec::new();
    let mut sets = Vec::new();
    let mut global: Vec<CellId> = vec![usize::MAX; country.len()];
    for (entity, idx) in by_entity {
        let k0 = &country[idx[0]].0;
        let cells: Vec<(ObsKey, Shown)> = idx.iter().map(|&i| country[i].clone()).collect();
        let (set, strictness, ok) = read_set(entity.to_string(), k0.indicator.clone(), k0.year, cells, rules)?;
        let offset = tables.len();
        let set_marks = set.published()?.marks().to_vec();
        for (j, mark) in set_marks.into_iter().enumerate() {
            tables.add_cell(format!("{entity}|{}", set.tables.key(j)), 0)?;
            marks.push(mark);
            if j < idx.len() {
                origin.push(Origin::Country(idx[j]));
                global[idx[j]] = offset + j;
            } else {
                origin.push(Origin::Slack);
            }
        }
        for c in set.tables.constraints().iter().filter(|_| ok) {
            let parts: Vec<CellId> = c.parts.iter().map(|&p| p + offset).collect();
            tables.add_constraint_unchecked(c.total + offset, &parts)?;
        }
        sets.push((set, strictness, ok));
    }
    let mut regional_constraints = 0;
    let members = regional_members(country);
    let mut region_ids: HashMap<&ObsKey, CellId> = HashMap::new();
    for (i, (k, v)) in regional.iter().enumerate() {
        let id = tables.add_cell(format!("{}|{}|{}|{}|{}", k.entity, k.dimension, k.category, k.sex, k.age), 0)?;
        marks.push(v.mark());
        origin.push(Origin::Region(i));
        region_ids.insert(k, id);
    }
    if with_regions {
        for (k, _) in regional {
            let id = region_ids[k];
            // region or subregion = sum of its countries (only regional rows with countries).
            let Some(m) = members.get(k) else { continue };
            let parts: Vec<CellId> = m.iter().map(|&i| global[i]).collect();
            tables.add_constraint_unchecked(id, &parts)?;
            regional_constraints += 1;
            // region = sum of its subregions, when they cover the same countries.
            let Some(a) = area(&k.entity) else { continue };
            if a.region.is_some() {
                continue;
            }
            let mut covered = 0;
            let mut subs = Vec::new();
            for s in AREAS.iter().filter(|s| s.region == Some(a.code)) {
                let sk = key_of(s.code, k);
                if let (Some(&sid), Some(sm)) = (region_ids.get(&sk), members.get(&sk)) {
                    subs.push(sid);
                    covered += sm.len();
                }
            }
            if !subs.is_empty() && covered == m.len() {
                tables.add_constraint_unchecked(id, &subs)?;
                regional_constraints += 1;
            }
        }
    }
    Ok(Linked { tables, marks, origin, sets, regional_constraints })
}
