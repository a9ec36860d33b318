//! People who sign in, their sessions and their API tokens ([`UserStore`]). The store keeps
//! only digests of secrets: the caller hashes passwords (argon2id) and tokens (SHA-256).

use std::fmt;
use std::str::FromStr;

use crate::db::{Db, Row};
use crate::sql::AuditWriter;
use crate::{SqlStore, StoreError};

/// What a signed-in person may do. The public (nobody signed in) is not a stored role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Admin,
    Analyst,
    Coder,
    /// Answers for one country, never another's.
    FocalPoint,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Analyst, Role::Coder, Role::FocalPoint];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Analyst => "analyst",
            Role::Coder => "coder",
            Role::FocalPoint => "focal_point",
        }
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("'{s}' is not a role; use one of admin, analyst, coder, focal_point"))
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub role: Role,
    /// The focal point's country (ISO3); `None` for every other role.
    pub country: Option<String>,
    pub created_at: String,
}

/// A user to add. `password_hash` is a PHC string the caller computed.
#[derive(Debug, Clone)]
pub struct NewUser<'a> {
    pub username: &'a str,
    pub password_hash: &'a str,
    pub role: Role,
    pub country: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i64,
    pub label: String,
    pub created_at: String,
}

/// Users, sessions and API tokens. Each method is one transaction.
pub trait UserStore {
    /// Adds a user; fails if the name is taken or a focal point has no country.
    fn add_user(&mut self, user: &NewUser<'_>) -> Result<User, StoreError>;
    fn users(&self) -> Result<Vec<User>, StoreError>;
    /// The user and their password hash.
    fn user_by_name(&self, username: &str) -> Result<Option<(User, String)>, StoreError>;
    /// Removes a user with their sessions and tokens; `false` if there was none.
    fn remove_user(&mut self, username: &str) -> Result<bool, StoreError>;
    /// [`UserStore::add_user`] by `actor` (an admin, a command-line user), recorded in the audit
    /// trail (table `users`: role and country, never the password hash) in the same transaction.
    fn add_user_by(&mut self, actor: &str, user: &NewUser<'_>) -> Result<User, StoreError>;
    /// [`UserStore::remove_user`] by `actor`, recorded in the audit trail in the same transaction.
    fn remove_user_by(&mut self, actor: &str, username: &str) -> Result<bool, StoreError>;
    fn create_session(&mut self, token_hash: &str, user_id: i64, csrf: &str, expires_at: i64) -> Result<(), StoreError>;
    /// The user of a session still valid at `now` (unix seconds), with the session's CSRF token.
    fn session(&self, token_hash: &str, now: i64) -> Result<Option<(User, String)>, StoreError>;
    /// Ends a session, and drops every session expired at `now`.
    fn end_session(&mut self, token_hash: &str, now: i64) -> Result<(), StoreError>;
    /// Adds an API token of a user (the token's SHA-256). Recorded in the audit trail in the same
    /// transaction, by that user (table `api_tokens`, row `user/id`: the label, never the token or
    /// its hash).
    fn add_api_token(&mut self, token_hash: &str, user_id: i64, label: &str) -> Result<ApiToken, StoreError>;
    /// [`UserStore::add_api_token`] by `actor` (an operator on the command line making a token
    /// for someone), recorded in the audit trail under `actor`; the entry still names the owner.
    fn add_api_token_by(&mut self, actor: &str, token_hash: &str, user_id: i64, label: &str) -> Result<ApiToken, StoreError>;
    fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>, StoreError>;
    fn user_by_api_token(&self, token_hash: &str) -> Result<Option<User>, StoreError>;
    /// Revokes one of the user's tokens; `false` if the user has no such token. Recorded in the
    /// audit trail like [`UserStore::add_api_token`].
    fn revoke_api_token(&mut self, user_id: i64, token_id: i64) -> Result<bool, StoreError>;
}

const USER_COLUMNS: &str = "u.id, u.username, u.role, u.country, u.created_at";

fn to_user(r: &Row) -> Result<User, StoreError> {
    let (id, username, role, country, created_at): (i64, String, String, String, String) =
        (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
    let role = role.parse().map_err(|e| StoreError::Corrupt(format!("user {username}: {e}")))?;
    let country = if country.is_empty() { None } else { Some(country) };
    Ok(User { id, username, role, country, created_at })
}

/// Inserts a user inside the caller's transaction.
fn insert_user(tx: &Db, u: &NewUser<'_>) -> Result<User, StoreError> {
    let at = crate::now();
    let id = tx.insert(
        "INSERT INTO users (username, password_hash, role, country, created_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        p![u.username, u.password_hash, u.role.as_str(), u.country.unwrap_or(""), at],
    )?;
    Ok(User { id, username: u.username.to_string(), role: u.role, country: u.country.map(str::to_string), created_at: at })
}

/// Deletes a user with their sessions and tokens inside the caller's transaction; the user as it
/// was, or `None`.
fn delete_user(tx: &Db, username: &str) -> Result<Option<User>, StoreError> {
    let Some(r) = tx.query_opt(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.username = ?1"), p![username])? else {
        return Ok(None);
    };
    let user = to_user(&r)?;
    // Explicit deletes: the cascade needs foreign_keys on, which another backend may not have.
    tx.execute("DELETE FROM sessions WHERE user_id = ?1", p![user.id])?;
    tx.execute("DELETE FROM api_tokens WHERE user_id = ?1", p![user.id])?;
    tx.execute("DELETE FROM users WHERE id = ?1", p![user.id])?;
    Ok(Some(user))
}

/// What the trail keeps of a user: role and country (the password hash stays out of it).
fn user_audit_value(u: &User) -> String {
    serde_json::json!({ "role": u.role.as_str(), "country": u.country }).to_string()
}

/// What the trail keeps of an API token: whose it is and its label (never the token or its hash).
fn token_audit_value(owner: &str, label: &str) -> String {
    serde_json::json!({ "user": owner, "label": label }).to_string()
}

/// The name of a user, by id, inside the caller's transaction.
fn username_of(tx: &Db, user_id: i64) -> Result<String, StoreError> {
    tx.query_opt("SELECT username FROM users WHERE id = ?1", p![user_id])?
        .ok_or_else(|| StoreError::Invalid(format!("no user with id {user_id}")))?
        .get(0)
}

/// Inserts an API token of `user_id` inside the caller's transaction, with its audit entry by
/// `actor` (the owner when `None`).
fn insert_api_token(tx: &Db, actor: Option<&str>, token_hash: &str, user_id: i64, label: &str) -> Result<ApiToken, StoreError> {
    let owner = username_of(tx, user_id)?;
    let at = crate::now();
    let id = tx.insert(
        "INSERT INTO api_tokens (token_hash, user_id, label, created_at) VALUES (?1, ?2, ?3, ?4) RETURNING id",
        p![token_hash, user_id, label, at],
    )?;
    let new = token_audit_value(&owner, label);
    AuditWriter::start(tx, actor.unwrap_or(&owner))?.append(
        tx,
        "insert",
        "api_tokens",
        &format!("{owner}/{id}"),
        None,
        Some(&new),
    )?;
    Ok(ApiToken { id, label: label.to_string(), created_at: at })
}

impl UserStore for SqlStore {
    fn add_user(&mut self, u: &NewUser<'_>) -> Result<User, StoreError> {
        let tx = self.db.write()?;
        let user = insert_user(&tx, u)?;
        tx.commit()?;
        Ok(user)
    }

    fn add_user_by(&mut self, actor: &str, u: &NewUser<'_>) -> Result<User, StoreError> {
        let tx = self.db.write()?;
        let user = insert_user(&tx, u)?;
        let new = user_audit_value(&user);
        AuditWriter::start(&tx, actor)?.append(&tx, "insert", "users", &user.username, None, Some(&new))?;
        tx.commit()?;
        Ok(user)
    }

    fn users(&self) -> Result<Vec<User>, StoreError> {
        self.db.query(&format!("SELECT {USER_COLUMNS} FROM users u ORDER BY u.username"), p![])?.iter().map(to_user).collect()
    }

    fn user_by_name(&self, username: &str) -> Result<Option<(User, String)>, StoreError> {
        self.db
            .query_opt(&format!("SELECT {USER_COLUMNS}, u.password_hash FROM users u WHERE u.username = ?1"), p![username])?
            .map(|r| Ok((to_user(&r)?, r.get(5)?)))
            .transpose()
    }

    fn remove_user(&mut self, username: &str) -> Result<bool, StoreError> {
        let tx = self.db.write()?;
        let gone = delete_user(&tx, username)?.is_some();
        tx.commit()?;
        Ok(gone)
    }

    fn remove_user_by(&mut self, actor: &str, username: &str) -> Result<bool, StoreError> {
        let tx = self.db.write()?;
        let Some(user) = delete_user(&tx, username)? else { return Ok(false) };
        let old = user_audit_value(&user);
        AuditWriter::start(&tx, actor)?.append(&tx, "delete", "users", &user.username, Some(&old), None)?;
        tx.commit()?;
        Ok(true)
    }

    fn create_session(&mut self, token_hash: &str, user_id: i64, csrf: &str, expires_at: i64) -> Result<(), StoreError> {
        self.db.execute(
            "INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            p![token_hash, user_id, csrf, crate::now(), expires_at],
        )?;
        Ok(())
    }

    fn session(&self, token_hash: &str, now: i64) -> Result<Option<(User, String)>, StoreError> {
        self.db
            .query_opt(
                &format!(
                    "SELECT {USER_COLUMNS}, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
                     WHERE s.token_hash = ?1 AND s.expires_at > ?2"
                ),
                p![token_hash, now],
            )?
            .map(|r| Ok((to_user(&r)?, r.get(5)?)))
            .transpose()
    }

    fn end_session(&mut self, token_hash: &str, now: i64) -> Result<(), StoreError> {
        self.db.execute("DELETE FROM sessions WHERE token_hash = ?1 OR expires_at <= ?2", p![token_hash, now])?;
        Ok(())
    }

    fn add_api_token(&mut self, token_hash: &str, user_id: i64, label: &str) -> Result<ApiToken, StoreError> {
        let tx = self.db.write()?;
        let token = insert_api_token(&tx, None, token_hash, user_id, label)?;
        tx.commit()?;
        Ok(token)
    }

    fn add_api_token_by(&mut self, actor: &str, token_hash: &str, user_id: i64, label: &str) -> Result<ApiToken, StoreError> {
        let tx = self.db.write()?;
        let token = insert_api_token(&tx, Some(actor), token_hash, user_id, label)?;
        tx.commit()?;
        Ok(token)
    }

    fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>, StoreError> {
        self.db
            .query("SELECT id, label, created_at FROM api_tokens WHERE user_id = ?1 ORDER BY id", p![user_id])?
            .iter()
            .map(|r| Ok(ApiToken { id: r.get(0)?, label: r.get(1)?, created_at: r.get(2)? }))
            .collect()
    }

    fn user_by_api_token(&self, token_hash: &str) -> Result<Option<User>, StoreError> {
        self.db
            .query_opt(
                &format!("SELECT {USER_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?1"),
                p![token_hash],
            )?
            .map(|r| to_user(&r))
            .transpose()
    }

    fn revoke_api_token(&mut self, user_id: i64, token_id: i64) -> Result<bool, StoreError> {
        let tx = self.db.write()?;
        let Some(r) = tx.query_opt("SELECT label FROM api_tokens WHERE id = ?1 AND user_id = ?2", p![token_id, user_id])? else {
            return Ok(false);
        };
        let label: String = r.get(0)?;
        let owner = username_of(&tx, user_id)?;
        tx.execute("DELETE FROM api_tokens WHERE id = ?1 AND user_id = ?2", p![token_id, user_id])?;
        let old = token_audit_value(&owner, &label);
        AuditWriter::start(&tx, &owner)?.append(&tx, "delete", "api_tokens", &format!("{owner}/{token_id}"), Some(&old), None)?;
        tx.commit()?;
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (crate::testing::TestDb, SqlStore) {
        let db = crate::testing::TestDb::new();
        let s = db.open();
        (db, s)
    }

    /// An audit entry as the tests compare it: actor, action, row key, old and new value.
    type Entry = (String, String, String, Option<String>, Option<String>);

    /// The audit trail's entries for `table`, oldest first.
    fn trail(s: &SqlStore, table: &str) -> Vec<Entry> {
        s.db.query(
            "SELECT actor, action, row_key, old_value, new_value FROM audit_log WHERE table_name = ?1 ORDER BY seq",
            p![table],
        )
        .expect("reads")
        .iter()
        .map(|r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .collect::<Result<_, StoreError>>()
        .expect("rows")
    }

    #[test]
    fn adding_and_removing_a_user_by_an_admin_is_in_the_audit_trail() {
        use crate::Store;
        let (_d, mut s) = store();
        let before = s.verify_audit().expect("verifies").entries;
        let fp = NewUser { username: "fp", password_hash: "secret-hash", role: Role::FocalPoint, country: Some("BOL") };
        s.add_user_by("root", &fp).expect("added");
        assert!(s.add_user_by("root", &fp).is_err(), "a taken name");
        assert!(s.remove_user_by("root", "fp").expect("removed"));
        assert!(!s.remove_user_by("root", "fp").expect("nothing to remove"));
        let r = s.verify_audit().expect("verifies");
        assert_eq!(r.entries, before + 2, "one entry per change, none for the refused ones");
        assert!(r.broken.is_empty() && r.unaccounted.is_empty(), "{r:?}");
        let rows = trail(&s, "users");
        let role = Some(r#"{"role":"focal_point","country":"BOL"}"#.to_string());
        assert_eq!(
            rows,
            vec![
                ("root".into(), "insert".into(), "fp".into(), None, role.clone()),
                ("root".into(), "delete".into(), "fp".into(), role, None)
            ]
        );
        assert!(!format!("{rows:?}").contains("secret-hash"), "the password hash stays out of the trail");
    }

    #[test]
    fn creating_and_revoking_an_api_token_is_in_the_audit_trail_without_the_token() {
        use crate::Store;
        let (_d, mut s) = store();
        let u = s.add_user(&NewUser { username: "ana", password_hash: "h", role: Role::Analyst, country: None }).expect("added");
        let before = s.verify_audit().expect("verifies").entries;
        let t = s.add_api_token("secret-token-hash", u.id, "nightly script").expect("token");
        assert!(!s.revoke_api_token(u.id + 1, t.id).expect("revoke"), "another user cannot revoke it");
        assert!(s.revoke_api_token(u.id, t.id).expect("revoke"));
        assert!(!s.revoke_api_token(u.id, t.id).expect("revoke"), "already revoked");
        assert!(s.add_api_token("h2", u.id + 1, "x").is_err(), "a token of no user");
        let r = s.verify_audit().expect("verifies");
        assert_eq!(r.entries, before + 2, "one entry per change, none for the refused ones");
        assert!(r.broken.is_empty() && r.unaccounted.is_empty(), "{r:?}");
        let rows = trail(&s, "api_tokens");
        let v = Some(r#"{"user":"ana","label":"nightly script"}"#.to_string());
        let key = format!("ana/{}", t.id);
        assert_eq!(
            rows,
            vec![("ana".into(), "insert".into(), key.clone(), None, v.clone()), ("ana".into(), "delete".into(), key, v, None)]
        );
        assert!(!format!("{rows:?}").contains("secret"), "neither the token nor its hash is in the trail");
    }

    #[test]
    fn a_token_made_for_a_user_by_an_operator_is_in_the_audit_trail_under_the_operator() {
        let (_d, mut s) = store();
        let u = s.add_user(&NewUser { username: "ana", password_hash: "h", role: Role::Analyst, country: None }).expect("added");
        let t = s.add_api_token_by("root", "secret-token-hash", u.id, "nightly script").expect("token");
        assert_eq!(s.api_tokens(u.id).expect("tokens"), vec![t.clone()], "the token is the owner's");
        assert_eq!(s.user_by_api_token("secret-token-hash").expect("query").map(|u| u.username), Some("ana".into()));
        assert!(s.add_api_token_by("root", "h2", u.id + 1, "x").is_err(), "a token of no user");
        let v = Some(r#"{"user":"ana","label":"nightly script"}"#.to_string());
        assert_eq!(trail(&s, "api_tokens"), vec![("root".into(), "insert".into(), format!("ana/{}", t.id), None, v)]);
        let r = crate::Store::verify_audit(&s).expect("verifies");
        assert!(r.broken.is_empty() && r.unaccounted.is_empty(), "{r:?}");
    }

    #[test]
    fn a_user_with_a_session_and_a_token_is_found_by_each_and_removed_with_them() {
        let (_d, mut s) = store();
        let u = s
            .add_user(&NewUser { username: "ana", password_hash: "$argon2id$x", role: Role::FocalPoint, country: Some("BOL") })
            .expect("added");
        assert_eq!(
            s.user_by_name("ana").expect("query").map(|(u, h)| (u.country, h)),
            Some((Some("BOL".into()), "$argon2id$x".into()))
        );
        s.create_session("h1", u.id, "c1", 100).expect("session");
        assert_eq!(s.session("h1", 99).expect("query").map(|(u, c)| (u.username, c)), Some(("ana".into(), "c1".into())));
        assert_eq!(s.session("h1", 100).expect("query"), None, "expired at 100");
        let t = s.add_api_token("t1", u.id, "script").expect("token");
        assert_eq!(s.user_by_api_token("t1").expect("query").map(|u| u.role), Some(Role::FocalPoint));
        assert!(!s.revoke_api_token(u.id + 1, t.id).expect("revoke"), "another user cannot revoke it");
        assert!(s.remove_user("ana").expect("remove"));
        assert_eq!(s.user_by_api_token("t1").expect("query"), None);
        assert_eq!(s.session("h1", 0).expect("query"), None);
        assert!(!s.remove_user("ana").expect("remove"));
    }

    #[test]
    fn a_focal_point_without_a_country_and_a_taken_name_are_refused() {
        let (_d, mut s) = store();
        let fp = NewUser { username: "x", password_hash: "h", role: Role::FocalPoint, country: None };
        assert!(s.add_user(&fp).is_err());
        let a = NewUser { username: "x", password_hash: "h", role: Role::Analyst, country: None };
        s.add_user(&a).expect("added");
        assert!(s.add_user(&a).is_err());
        assert!("owner".parse::<Role>().is_err());
    }
}
