//! The REST API under `/api/`: public aggregates (sums over a release's protected
//! publication, naming the release), a country's cells
//! and findings for those who answer for it, and who is signed in. Errors are `{code, message}`.

use std::sync::OnceLock;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde_json::{json, Map, Value};
use std::sync::Arc;

use tipdata_model::{Instrument, Query, QueryKey};

use crate::auth::Principal;
use crate::data::{self, VICTIMS};
use crate::publication::{PublicData, PublicRow};
use crate::{ApiError, AppState, Failure};

type ApiResult = Result<Response, ApiError>;

const PUBLIC_NOTE: &str = "Figures from the release named in `release`, protected for publication (cells under the threshold, and the cells from which they could be worked out, are hidden). value sums the published cells only (null when every cell is hidden); cells counts them; hidden counts the hidden cells left out, so the true total is at least value.";

/// The header naming the release on every public data answer (CSV included).
pub(crate) const RELEASE_HEADER: &str = "x-tipdata-release";

/// The served release's publication, or the API's answer when there is none.
async fn public_data(state: &AppState) -> Result<Arc<PublicData>, Failure> {
    state.public().await?.ok_or_else(|| {
        Failure::new(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "no_release",
            "no figures yet: public figures come from a frozen release and none has been made (tipdata release create NAME)",
        )
    })
}

fn release_header(d: &PublicData) -> axum::http::HeaderValue {
    // Release names and hashes are ASCII; the time is RFC 3339.
    axum::http::HeaderValue::from_str(&d.cite_line()).unwrap_or_else(|_| axum::http::HeaderValue::from_static("unnamed"))
}

/// Parses `/api/query` parameters into a [`Query`] and the output format, as `tipdata query` does.
pub fn parse_query(raw: Option<&str>) -> Result<(Query, bool), Failure> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|e| Failure::bad_request("bad_query_string", format!("the query string does not parse: {e}")))?;
    let mut q = Query::default();
    let mut csv = false;
    for (k, v) in pairs {
        match k.as_str() {
            "indicator" => q.filter(QueryKey::Indicator, v),
            "filter" => {
                let (key, value) = v
                    .split_once('=')
                    .ok_or_else(|| Failure::bad_request("bad_filter", format!("filter={v}: expected KEY=VALUE")))?;
                let key: QueryKey = key.trim().parse().map_err(|e: String| Failure::bad_request("bad_filter", e))?;
                q.filter(key, value.to_string());
            }
            "by" => {
                for b in v.split(',').map(str::trim).filter(|b| !b.is_empty()) {
                    let key: QueryKey = b.parse().map_err(|e: String| Failure::bad_request("bad_by", e))?;
                    if q.by.contains(&key) {
                        return Err(Failure::bad_request("bad_by", format!("by names '{key}' twice")));
                    }
                    q.by.push(key);
                }
            }
            "format" => match v.as_str() {
                "json" => csv = false,
                "csv" => csv = true,
                other => return Err(Failure::bad_request("bad_format", format!("format={other}: use json or csv"))),
            },
            other => match other.parse::<QueryKey>() {
                Ok(key) => q.filter(key, v),
                Err(_) => {
                    return Err(Failure::bad_request(
                        "unknown_parameter",
                        format!("'{other}' is not a parameter; use indicator, filter, by, format or a key (country, region, subregion, dimension, category, sex, age, year)"),
                    ))
                }
            },
        }
    }
    q.validate(tipdata_model::Instrument::v1()).map_err(|e| Failure::bad_request("bad_filter", e))?;
    Ok((q, csv))
}

fn key_value(key: QueryKey, v: &str) -> Value {
    if key == QueryKey::Year {
        v.parse::<i64>().map(Value::from).unwrap_or_else(|_| json!(v))
    } else {
        json!(v)
    }
}

fn public_json(by: &[QueryKey], rows: &[PublicRow]) -> Vec<Value> {
    rows.iter()
        .map(|r| {
            let mut o = Map::new();
            for (k, v) in by.iter().zip(&r.keys) {
                o.insert(k.as_str().into(), key_value(*k, v));
            }
            o.insert("value".into(), json!(r.value));
            o.insert("cells".into(), json!(r.cells));
            o.insert("hidden".into(), json!(r.hidden));
            Value::Object(o)
        })
        .collect()
}

fn public_csv(by: &[QueryKey], rows: &[PublicRow], d: &PublicData) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = by.iter().map(|k| k.as_str()).collect();
    header.extend(["value", "cells", "hidden", "release", "release_date", "release_sha256"]);
    // Writing to a Vec cannot fail; a failure would be a bug in csv, not bad input.
    w.write_record(&header).expect("writing CSV to memory");
    for r in rows {
        let mut rec = r.keys.clone();
        rec.extend([
            r.value.map(|n| n.to_string()).unwrap_or_default(),
            r.cells.to_string(),
            r.hidden.to_string(),
            d.release.name.clone(),
            d.release.created_at.clone(),
            d.release.content_hash.clone(),
        ]);
        w.write_record(&rec).expect("writing CSV to memory");
    }
    String::from_utf8(w.into_inner().expect("writing CSV to memory")).expect("CSV of UTF-8 strings is UTF-8")
}

/// The answer to a public query, as the cache keeps it: content type and body.
async fn query_body(d: Arc<PublicData>, q: Query, csv: bool) -> Result<(&'static str, Bytes), Failure> {
    let by = q.by.clone();
    let rows = d.query(&q);
    if csv {
        return Ok(("text/csv; charset=utf-8", Bytes::from(public_csv(&by, &rows, &d))));
    }
    let by_names: Vec<&str> = by.iter().map(|k| k.as_str()).collect();
    let body = json!({ "by": by_names, "release": d.cite(), "threshold": d.publication.params.threshold, "note": PUBLIC_NOTE, "rows": public_json(&by, &rows) });
    Ok(("application/json", Bytes::from(body.to_string())))
}

pub async fn query(State(state): State<AppState>, RawQuery(raw): RawQuery) -> ApiResult {
    let (q, csv) = parse_query(raw.as_deref())?;
    let d = public_data(&state).await?;
    // Keyed by release too: a new release never answers from the old one's bodies.
    let key = format!("{}:query?{}", d.release.id, raw.unwrap_or_default());
    let dd = d.clone();
    let (ct, body) = state.inner().bodies.get(key, move || query_body(dd.clone(), q.clone(), csv)).await?;
    let mut resp = ([(header::CONTENT_TYPE, ct)], body).into_response();
    resp.headers_mut().insert(RELEASE_HEADER, release_header(&d));
    if csv {
        resp.headers_mut().insert(
            header::CONTENT_DISPOSITION,
            axum::http::HeaderValue::from_static("attachment; filename=\"tipdata-query.csv\""),
        );
    }
    Ok(resp)
}

pub async fn instrument() -> Response {
    static BODY: OnceLock<String> = OnceLock::new();
    let body = BODY.get_or_init(|| Instrument::v1().to_json().to_string());
    ([(header::CONTENT_TYPE, "application/json")], body.as_str()).into_response()
}

fn entity_json(e: &tipdata_model::Entity) -> Value {
    json!({ "id": e.id, "m49": e.m49, "name": e.name, "kind": e.kind.as_str(), "region": e.region, "subregion": e.subregion })
}

pub async fn countries() -> Json<Value> {
    let list: Vec<Value> = Instrument::v1().entities.iter().filter(|e| e.kind.rolls_up()).map(entity_json).collect();
    Json(Value::Array(list))
}

fn entity(iso3: &str) -> Result<&'static tipdata_model::Entity, Failure> {
    Instrument::v1().entity(iso3).ok_or_else(|| Failure::not_found(format!("no country or territory with the code '{iso3}'")))
}

pub async fn country(State(state): State<AppState>, Path(iso3): Path<String>) -> ApiResult {
    let e = entity(&iso3)?;
    let indicators = [VICTIMS, "Persons brought into formal contact", "Persons prosecuted", "Persons convicted"];
    let mut q = data::victims(
        &[
            (QueryKey::Country, &e.id),
            (QueryKey::Dimension, "Total"),
            (QueryKey::Category, "Total"),
            (QueryKey::Sex, "Total"),
            (QueryKey::Age, "Total"),
        ],
        &[QueryKey::Indicator, QueryKey::Year],
    );
    q.filters[0].values = indicators.map(String::from).to_vec();
    let d = public_data(&state).await?;
    let rows = d.query(&q);
    let mut by_indicator = Map::new();
    for ind in indicators {
        let mine: Vec<PublicRow> = rows.iter().filter(|r| r.keys.first().map(String::as_str) == Some(ind)).cloned().collect();
        by_indicator.insert(ind.into(), Value::Array(public_json(&[QueryKey::Indicator, QueryKey::Year], &mine)));
    }
    let mut out = entity_json(e);
    if let Value::Object(o) = &mut out {
        o.insert("release".into(), d.cite());
        o.insert("threshold".into(), json!(d.publication.params.threshold));
        o.insert("note".into(), json!(PUBLIC_NOTE));
        o.insert("totals_by_year".into(), Value::Object(by_indicator));
    }
    let mut resp = Json(out).into_response();
    resp.headers_mut().insert(RELEASE_HEADER, release_header(&d));
    Ok(resp)
}

pub async fn cells(State(state): State<AppState>, Path(iso3): Path<String>) -> ApiResult {
    let e = entity(&iso3)?;
    let by = vec![QueryKey::Indicator, QueryKey::Dimension, QueryKey::Category, QueryKey::Sex, QueryKey::Age, QueryKey::Year];
    let mut q = Query { by: by.clone(), ..Default::default() };
    q.filter(QueryKey::Country, e.id.clone());
    let rows = state.store(move |s| s.query(&q)).await?;
    let list: Vec<Value> = rows
        .iter()
        .map(|r| {
            let mut o = Map::new();
            for (k, v) in by.iter().zip(&r.keys) {
                o.insert(k.as_str().into(), key_value(*k, v));
            }
            o.insert("value".into(), json!(r.value));
            o.insert("suppressed".into(), json!(r.suppressed));
            o.insert("low".into(), json!(r.low));
            o.insert("high".into(), json!(r.high));
            Value::Object(o)
        })
        .collect();
    Ok(Json(json!({ "country": e.id, "cells": list })).into_response())
}

pub async fn findings(State(state): State<AppState>, Path(iso3): Path<String>) -> ApiResult {
    let e = entity(&iso3)?;
    let id = e.id.clone();
    let f = state.store(move |s| s.findings(Some(&id), None)).await?;
    Ok(Json(json!({ "country": e.id, "findings": f })).into_response())
}

fn user_json(u: &tipdata_store::User) -> Value {
    json!({ "username": u.username, "role": u.role.as_str(), "country": u.country, "created_at": u.created_at })
}

pub async fn me(Extension(p): Extension<Principal>) -> ApiResult {
    let u = p.user().ok_or_else(|| Failure::new(axum::http::StatusCode::UNAUTHORIZED, "sign_in_required", "sign in first"))?;
    Ok(Json(user_json(u)).into_response())
}

pub async fn users(State(state): State<AppState>) -> ApiResult {
    let list = state.store(|s| s.users()).await?;
    Ok(Json(Value::Array(list.iter().map(user_json).collect())).into_response())
}

pub async fn openapi() -> Response {
    static BODY: OnceLock<String> = OnceLock::new();
    let body = BODY.get_or_init(|| crate::openapi::document().to_string());
    ([(header::CONTENT_TYPE, "application/json")], body.as_str()).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_parameters_read_like_the_command_line() {
        let (q, csv) =
            parse_query(Some("indicator=Detected+trafficking+victims&filter=year%3D2020&year=2019&by=sex,age&format=csv"))
                .expect("parses");
        assert!(csv);
        assert_eq!(q.by, vec![QueryKey::Sex, QueryKey::Age]);
        assert_eq!(q.filters[1].values, vec!["2020".to_string(), "2019".to_string()]);
    }

    #[test]
    fn bad_parameters_are_refused_with_a_code() {
        for (raw, code) in [
            ("by=sex,sex", "bad_by"),
            ("by=colour", "bad_by"),
            ("year=twenty", "bad_filter"),
            ("filter=year", "bad_filter"),
            ("format=xml", "bad_format"),
            ("colour=red", "unknown_parameter"),
        ] {
            assert_eq!(parse_query(Some(raw)).map(|_| ()).unwrap_err().code, code, "{raw}");
        }
    }
}
