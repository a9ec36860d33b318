//! The OpenAPI 3.0 document of `/api/`, generated from [`crate::routes::ROUTES`] (paths,
//! parameters, access) and the schemas below (one per answer the API gives). Written out rather
//! than derived with a macro crate: the route table already holds what the document needs.

use serde_json::{json, Map, Value};

use crate::routes::{Access, Answer, ROUTES};

fn schemas() -> Value {
    let row = json!({
        "type": "object",
        "description": "The `by` keys of the query (year as an integer), then the sums.",
        "additionalProperties": { "oneOf": [{ "type": "string" }, { "type": "integer" }] },
        "required": ["value", "suppressed", "low", "high", "cells", "withheld"],
        "properties": {
            "value": { "type": "integer", "nullable": true, "description": "Sum of exact counts; null when withheld." },
            "suppressed": { "type": "integer", "nullable": true, "description": "Cells reported as <5." },
            "low": { "type": "integer", "nullable": true },
            "high": { "type": "integer", "nullable": true },
            "cells": { "type": "integer", "description": "Cells behind the row (for totals: countries reporting)." },
            "withheld": { "type": "boolean", "description": "The total is under 5 and not shown." }
        }
    });
    let entity = json!({
        "type": "object", "required": ["id", "name", "kind", "region", "subregion"],
        "properties": { "id": { "type": "string" }, "m49": { "type": "string" }, "name": { "type": "string" }, "kind": { "type": "string", "enum": ["country", "territory", "composite", "aggregate"] }, "region": { "type": "string" }, "subregion": { "type": "string" } }
    });
    let user = json!({
        "type": "object", "required": ["username", "role", "created_at"],
        "properties": { "username": { "type": "string" }, "role": { "type": "string", "enum": ["admin", "analyst", "coder", "focal_point"] }, "country": { "type": "string", "nullable": true }, "created_at": { "type": "string" } }
    });
    json!({
        "Error": { "type": "object", "required": ["code", "message"], "properties": { "code": { "type": "string" }, "message": { "type": "string" } } },
        "OpenApi": { "type": "object", "required": ["openapi", "paths"] },
        "Instrument": { "type": "object", "required": ["id", "version", "indicators", "dimensions", "sex", "age", "entities"] },
        "QueryRow": row,
        "QueryResult": { "type": "object", "required": ["by", "threshold", "note", "rows"], "properties": {
            "by": { "type": "array", "items": { "type": "string" } }, "threshold": { "type": "integer" }, "note": { "type": "string" },
            "rows": { "type": "array", "items": { "$ref": "#/components/schemas/QueryRow" } } } },
        "Entity": entity,
        "CountryList": { "type": "array", "items": { "$ref": "#/components/schemas/Entity" } },
        "Country": { "type": "object", "required": ["id", "name", "threshold", "totals_by_year"], "properties": {
            "id": { "type": "string" }, "name": { "type": "string" }, "threshold": { "type": "integer" },
            "totals_by_year": { "type": "object", "additionalProperties": { "type": "array", "items": { "$ref": "#/components/schemas/QueryRow" } } } } },
        "Cells": { "type": "object", "required": ["country", "cells"], "properties": { "country": { "type": "string" }, "cells": { "type": "array", "items": { "type": "object" } } } },
        "Findings": { "type": "object", "required": ["country", "findings"], "properties": { "country": { "type": "string" }, "findings": { "type": "array", "items": { "type": "object",
            "required": ["rule", "severity", "entity", "cells", "message"] } } } },
        "User": user,
        "Users": { "type": "array", "items": { "$ref": "#/components/schemas/User" } }
    })
}

fn error(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
}

/// The document.
pub fn document() -> Value {
    let mut paths = Map::new();
    for r in ROUTES.iter().filter(|r| r.is_api()) {
        let params: Vec<Value> = r
            .params
            .iter()
            .map(|p| {
                let schema = if p.repeated { json!({ "type": "array", "items": { "type": "string" } }) } else { json!({ "type": "string" }) };
                let mut v = json!({ "name": p.name, "in": p.location, "required": p.required, "description": p.description, "schema": schema });
                if p.repeated {
                    v["style"] = json!("form");
                    v["explode"] = json!(true);
                }
                v
            })
            .collect();
        let mut responses = Map::new();
        let ok = match r.answer {
            Answer::Json(schema) => {
                let mut content = json!({ "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } });
                if r.path == "/api/query" {
                    content["text/csv"] = json!({ "schema": { "type": "string" } });
                }
                json!({ "description": "OK", "content": content })
            }
            Answer::Other(ct) => json!({ "description": "OK", "content": { ct: { "schema": { "type": "string" } } } }),
            Answer::Page | Answer::Redirect => json!({ "description": "OK" }),
        };
        responses.insert("200".into(), ok);
        if !r.params.is_empty() && r.params.iter().any(|p| p.location == "query") {
            responses.insert("400".into(), error("A parameter is not valid"));
        }
        if r.access != Access::Public {
            responses.insert("401".into(), error("Not signed in, or the API token is unknown"));
            responses.insert("403".into(), error("Signed in without the access this needs"));
        }
        if r.params.iter().any(|p| p.location == "path") {
            responses.insert("404".into(), error("No such country or territory"));
        }
        let security = if r.access == Access::Public { json!([]) } else { json!([{ "bearer": [] }, { "session": [] }]) };
        let op_id: String = r.path.trim_start_matches("/api/").replace(['{', '}'], "").replace(['/', '.'], "_");
        let op = json!({
            "summary": r.summary,
            "description": format!("Access: {}.", r.access.describe()),
            "operationId": format!("{}_{}", r.method.to_lowercase(), op_id),
            "parameters": params,
            "responses": responses,
            "security": security,
        });
        let entry = paths.entry(r.path.to_string()).or_insert_with(|| json!({}));
        entry[r.method.to_lowercase()] = op;
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "tipdata API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Statistics on trafficking in persons (UNODC GLOTIP country data). Public aggregates withhold totals under 5. Scripts authenticate with `Authorization: Bearer TOKEN` (tokens from the account page).",
            "license": { "name": "Apache-2.0" }
        },
        "servers": [{ "url": "/" }],
        "paths": paths,
        "components": {
            "schemas": schemas(),
            "securitySchemes": {
                "bearer": { "type": "http", "scheme": "bearer", "description": "An API token from the account page" },
                "session": { "type": "apiKey", "in": "cookie", "name": crate::auth::SESSION_COOKIE }
            }
        }
    })
}
