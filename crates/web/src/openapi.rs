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
        "required": ["value", "cells", "hidden"],
        "properties": {
            "value": { "type": "integer", "nullable": true, "description": "Sum of the published cells of the release's protected publication; null when every cell is hidden." },
            "cells": { "type": "integer", "description": "Published cells in the sum (for totals: countries reporting)." },
            "hidden": { "type": "integer", "description": "Hidden cells left out of the sum: the true total is at least value." }
        }
    });
    let release = json!({
        "type": "object", "required": ["name", "created_at", "sha256", "publication"],
        "description": "The release the figures come from, and its protected publication.",
        "properties": { "name": { "type": "string" }, "created_at": { "type": "string" }, "sha256": { "type": "string" }, "hash_version": { "type": "integer" },
            "publication": { "type": "object", "required": ["method", "threshold", "margin", "sha256"], "properties": {
                "method": { "type": "string" }, "threshold": { "type": "integer" }, "margin": { "type": "integer" }, "sha256": { "type": "string" },
                "cells": { "type": "integer" }, "hidden": { "type": "integer" } } } }
    });
    let entity = json!({
        "type": "object", "required": ["id", "name", "kind", "region", "subregion"],
        "properties": { "id": { "type": "string" }, "m49": { "type": "string" }, "name": { "type": "string" }, "kind": { "type": "string", "enum": ["country", "territory", "composite", "aggregate"] }, "region": { "type": "string" }, "subregion": { "type": "string" } }
    });
    let user = json!({
        "type": "object", "required": ["username", "role", "created_at"],
        "properties": { "username": { "type": "string" }, "role": { "type": "string", "enum": ["admin", "analyst", "coder", "focal_point"] }, "country": { "type": "string", "nullable": true }, "created_at": { "type": "string" } }
    });
    let finding = json!({ "type": "object", "required": ["rule", "severity", "entity", "cells", "message"], "properties": {
        "rule": { "type": "string" }, "severity": { "type": "string" }, "entity": { "type": "string" }, "year": { "type": "integer", "nullable": true },
        "cells": { "type": "array", "items": { "type": "string" } }, "message": { "type": "string" } } });
    let submission = json!({ "type": "object", "required": ["id", "country", "year", "state", "channel", "file", "created_by", "created_at", "updated_at", "cells"], "properties": {
        "id": { "type": "integer" }, "country": { "type": "string" }, "year": { "type": "integer" },
        "state": { "type": "string", "enum": ["draft", "submitted", "under_review", "validated"] }, "channel": { "type": "string" }, "file": { "type": "string" },
        "metadata": { "type": "object", "nullable": true }, "created_by": { "type": "string" }, "created_at": { "type": "string" }, "updated_at": { "type": "string" }, "cells": { "type": "integer" } } });
    let mut base = json!({
        "Error": { "type": "object", "required": ["code", "message"], "properties": { "code": { "type": "string" }, "message": { "type": "string" } } },
        "OpenApi": { "type": "object", "required": ["openapi", "paths"] },
        "Instrument": { "type": "object", "required": ["id", "version", "indicators", "dimensions", "sex", "age", "entities"] },
        "QueryRow": row,
        "Release": release,
        "QueryResult": { "type": "object", "required": ["by", "release", "threshold", "note", "rows"], "properties": {
            "by": { "type": "array", "items": { "type": "string" } }, "release": { "$ref": "#/components/schemas/Release" }, "threshold": { "type": "integer" }, "note": { "type": "string" },
            "rows": { "type": "array", "items": { "$ref": "#/components/schemas/QueryRow" } } } },
        "Entity": entity,
        "CountryList": { "type": "array", "items": { "$ref": "#/components/schemas/Entity" } },
        "Country": { "type": "object", "required": ["id", "name", "release", "threshold", "totals_by_year"], "properties": {
            "id": { "type": "string" }, "name": { "type": "string" }, "release": { "$ref": "#/components/schemas/Release" }, "threshold": { "type": "integer" },
            "totals_by_year": { "type": "object", "additionalProperties": { "type": "array", "items": { "$ref": "#/components/schemas/QueryRow" } } } } },
        "Cells": { "type": "object", "required": ["country", "cells"], "properties": { "country": { "type": "string" }, "cells": { "type": "array", "items": { "type": "object" } } } },
        "Findings": { "type": "object", "required": ["country", "findings"], "properties": { "country": { "type": "string" }, "findings": { "type": "array", "items": { "type": "object",
            "required": ["rule", "severity", "entity", "cells", "message"] } } } },
        "User": user,
        "Users": { "type": "array", "items": { "$ref": "#/components/schemas/User" } }
    });
    let collect = json!({
        "Submission": submission,
        "Submissions": { "type": "object", "required": ["country", "submissions"], "properties": { "country": { "type": "string" }, "submissions": { "type": "array", "items": { "$ref": "#/components/schemas/Submission" } } } },
        "SubmissionQueue": { "type": "object", "required": ["submissions"], "properties": { "submissions": { "type": "array", "items": { "$ref": "#/components/schemas/Submission" } } } },
        "SubmissionDetail": { "allOf": [{ "$ref": "#/components/schemas/Submission" }, { "type": "object", "required": ["cell_values", "findings", "queries"], "properties": {
            "cell_values": { "type": "array", "items": { "type": "object", "required": ["indicator", "dimension", "category", "sex", "age", "year", "value", "source"] } },
            "findings": { "type": "array", "description": "The validation rules' findings for the submission's year; `index` in Raise refers to this order.", "items": finding.clone() },
            "queries": { "type": "array", "items": { "$ref": "#/components/schemas/DataQuery" } } } }] },
        "Uploaded": { "type": "object", "required": ["id", "state", "cells", "findings"], "properties": { "id": { "type": "integer" }, "state": { "type": "string" }, "cells": { "type": "integer" }, "findings": { "type": "integer", "description": "How many validation findings the draft has" } } },
        "Created": { "type": "object", "required": ["id", "state"], "properties": { "id": { "type": "integer" }, "state": { "type": "string" } } },
        "DataQuery": { "type": "object", "required": ["id", "state", "finding", "created_by", "created_at"], "properties": {
            "id": { "type": "integer" }, "submission": { "type": "integer", "nullable": true }, "state": { "type": "string", "enum": ["open", "answered", "resolved"] },
            "finding": finding, "created_by": { "type": "string" }, "created_at": { "type": "string" },
            "thread": { "type": "array", "items": { "type": "object", "required": ["at", "actor", "action", "body"] } } } },
        "DataQueries": { "type": "object", "required": ["country", "queries"], "properties": { "country": { "type": "string" }, "queries": { "type": "array", "items": { "$ref": "#/components/schemas/DataQuery" } } } },
        "Reason": { "type": "object", "properties": { "reason": { "type": "string" } } },
        "Decision": { "type": "object", "required": ["action"], "properties": { "action": { "type": "string", "enum": ["review", "validate", "return", "reopen"] }, "reason": { "type": "string", "description": "Needed to return or reopen" } } },
        "Raise": { "type": "object", "required": ["finding", "rule"], "properties": { "finding": { "type": "integer", "description": "Index into the submission's findings" }, "rule": { "type": "string", "description": "The rule of that finding (guards against findings that changed)" } } },
        "Comment": { "type": "object", "properties": { "comment": { "type": "string", "description": "Needed to answer, comment or reopen" } } },
        "CaseList": { "type": "array", "items": { "type": "object", "required": ["id", "coded_by_you"], "properties": { "id": { "type": "string" }, "coded_by_you": { "type": "boolean" } } } },
        "CaseForCoding": { "type": "object", "required": ["id", "summary", "proposal", "yours", "other_people"], "properties": {
            "id": { "type": "string" }, "summary": { "type": "string" }, "proposal": { "type": "object", "nullable": true, "description": "The automatic coder's values with evidence spans (character offsets into the summary)" },
            "yours": { "type": "object", "nullable": true }, "other_people": { "type": "integer", "description": "People with a coding of the case; their values are never shown here" } } },
        "CodingValues": { "type": "object", "required": ["values"], "properties": { "values": { "type": "object", "description": "Variable name -> value as in the coding scheme (a label, a list of labels, a count or \"unknown\")" } } },
    });
    let coding = json!({
        "Saved": { "type": "object", "required": ["case", "coder", "changed"], "properties": { "case": { "type": "string" }, "coder": { "type": "string" }, "changed": { "type": "boolean" } } },
        "Agreement": { "type": "object", "required": ["coders"], "properties": { "coders": { "type": "array", "items": { "type": "string" } }, "a": { "type": "string" }, "b": { "type": "string" },
            "rows": { "type": "array", "items": { "type": "object", "required": ["variable", "n", "agree"] } }, "disagreements": { "type": "array", "items": { "type": "object" } } } },
        "Chapter5": { "type": "object", "required": ["rule", "version", "figures"], "properties": { "rule": { "type": "string" }, "version": { "type": "object" },
            "figures": { "type": "array", "items": { "type": "object", "required": ["key", "title", "definition", "n", "n_final", "n_automatic", "tables"] } } } }
    });
    for part in [collect, coding] {
        if let (Value::Object(all), Value::Object(more)) = (&mut base, part) {
            all.extend(more);
        }
    }
    base
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
                let mut content =
                    json!({ "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } });
                if r.path == "/api/query" {
                    content["text/csv"] = json!({ "schema": { "type": "string" } });
                }
                json!({ "description": "OK", "content": content })
            }
            Answer::Other(ct) => json!({ "description": "OK", "content": { ct: { "schema": { "type": "string" } } } }),
            Answer::Page | Answer::Redirect => json!({ "description": "OK" }),
        };
        if matches!(r.answer, Answer::Json("Uploaded" | "Created" | "Saved")) {
            responses.insert("201".into(), ok.clone());
        }
        responses.insert("200".into(), ok);
        if r.method == "POST" {
            responses.insert("400".into(), error("The body is not valid (the message names the field, or the sheet and cell)"));
            responses.insert("409".into(), error("Not allowed in the current state (e.g. submitting a submission twice)"));
        }
        if !r.params.is_empty() && r.params.iter().any(|p| p.location == "query") {
            responses.insert("400".into(), error("A parameter is not valid"));
        }
        if r.access != Access::Public {
            responses.insert("401".into(), error("Not signed in, or the API token is unknown"));
            responses.insert("403".into(), error("Signed in without the access this needs"));
        }
        if r.params.iter().any(|p| p.location == "path") {
            responses.insert("404".into(), error("No such country or territory (or submission, query, case or file of it)"));
        }
        let security = if r.access == Access::Public { json!([]) } else { json!([{ "bearer": [] }, { "session": [] }]) };
        let op_id: String = r.path.trim_start_matches("/api/").replace(['{', '}'], "").replace(['/', '.'], "_");
        let mut op = json!({
            "summary": r.summary,
            "description": format!("Access: {}.", r.access.describe()),
            "operationId": format!("{}_{}", r.method.to_lowercase(), op_id),
            "parameters": params,
            "responses": responses,
            "security": security,
        });
        match r.body {
            Some(crate::routes::XLSX_BODY) => {
                op["requestBody"] = json!({ "required": true, "content": {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { "schema": { "type": "string", "format": "binary" } },
                    "multipart/form-data": { "schema": { "type": "object", "required": ["file"], "properties": { "file": { "type": "string", "format": "binary" } } } } } });
            }
            Some(schema) => {
                let s = json!({ "$ref": format!("#/components/schemas/{schema}") });
                let mut content = json!({ "application/json": { "schema": s.clone() } });
                // Pages post the same fields as a form; a coding's form has one field per variable instead.
                if schema != "CodingValues" {
                    content["application/x-www-form-urlencoded"] = json!({ "schema": s });
                }
                op["requestBody"] = json!({ "content": content });
            }
            None => {}
        }
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
