//! `tipdata serve`, `tipdata users ...`, and the server `tipdata demo` ends in.

use std::io::BufRead;
use std::net::SocketAddr;

use anyhow::{bail, Context, Result};
use clap::Subcommand;
use tipdata_store::NewUser;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Seconds a public aggregate stays cached (0: no cache).
    #[arg(long, default_value_t = 10)]
    cache_seconds: u64,
    /// Mark cookies Secure: use when the site is reached over https (behind a TLS proxy).
    /// Off by default, since `serve` itself speaks plain http (a browser would drop them).
    #[arg(long)]
    secure_cookies: bool,
    /// The release the public pages and API serve (default: the latest, followed as new
    /// releases are made).
    #[arg(long)]
    release: Option<String>,
}

#[derive(clap::Args)]
pub struct DemoArgs {
    /// Build the database and print the tables, but do not start the server.
    #[arg(long)]
    no_serve: bool,
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
pub enum UsersCmd {
    /// Add a user. The password is read from TIPDATA_PASSWORD, else from the first line of stdin.
    Add {
        username: String,
        /// admin, analyst, coder or focal_point.
        #[arg(long)]
        role: String,
        /// The focal point's country (ISO3).
        #[arg(long)]
        country: Option<String>,
    },
    /// List users.
    List,
    /// Remove a user with their sessions and API tokens.
    Remove { username: String },
    /// Create an API token for a user (printed once) for scripts: `Authorization: Bearer TOKEN`.
    Token {
        username: String,
        #[arg(long, default_value = "script")]
        label: String,
    },
}

pub fn serve(db: &str, a: &ServeArgs) -> Result<()> {
    // Open once here so a bad database fails now, with its reason, not on the first request.
    let mut store = tipdata_store::open(db)?;
    // The served release's publication is computed now if it has none, not on a request.
    match &a.release {
        Some(name) => {
            let r = crate::release::pick(store.as_ref(), Some(name))?;
            crate::release::publish(store.as_mut(), &r)?;
            eprintln!("tipdata: the public pages serve release {} (sha256 {})", r.name, r.content_hash);
        }
        None => match store.latest_release()? {
            Some(r) => {
                crate::release::publish(store.as_mut(), &r)?;
                eprintln!("tipdata: the public pages serve the latest release, now {} (sha256 {})", r.name, r.content_hash);
            }
            None => eprintln!(
                "tipdata: no release yet: the public pages show no figures until one is made (tipdata release create NAME)"
            ),
        },
    }
    drop(store);
    let mut config = tipdata_web::Config::new(db);
    config.release = a.release.clone();
    config.cache_ttl = std::time::Duration::from_secs(a.cache_seconds);
    config.secure_cookies = a.secure_cookies;
    tipdata_web::serve_blocking(config, a.addr).with_context(|| format!("serving on {}", a.addr))
}

pub fn after_demo(db: &str, a: &DemoArgs) -> Result<()> {
    if a.no_serve {
        return Ok(());
    }
    eprintln!(
        "\nOpen http://{}/ for the dashboard. To sign in, first add a user:\n  tipdata --db {db} users add NAME --role admin",
        a.serve.addr
    );
    serve(db, &a.serve)
}

fn password() -> Result<String> {
    if let Ok(p) = std::env::var("TIPDATA_PASSWORD") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("reading the password from stdin")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

pub fn users(db: &str, cmd: UsersCmd) -> Result<()> {
    let mut store = tipdata_store::open(db)?;
    match cmd {
        UsersCmd::Add { username, role, country } => {
            let pw = password()?;
            let (role, country) =
                tipdata_web::check_new_user(&username, &pw, &role, country.as_deref()).map_err(anyhow::Error::msg)?;
            if store.user_by_name(&username)?.is_some() {
                bail!("the user name '{username}' is taken");
            }
            let hash = tipdata_web::hash_password(&pw).map_err(anyhow::Error::msg)?;
            let u = store.add_user_by(
                &crate::glotip::actor(),
                &NewUser { username: &username, password_hash: &hash, role, country: country.as_deref() },
            )?;
            println!("added {} ({}{})", u.username, u.role, u.country.map(|c| format!(", {c}")).unwrap_or_default());
        }
        UsersCmd::List => {
            let header: Vec<String> = ["user", "role", "country", "added"].map(String::from).to_vec();
            let rows: Vec<Vec<String>> = store
                .users()?
                .into_iter()
                .map(|u| vec![u.username, u.role.to_string(), u.country.unwrap_or_default(), u.created_at])
                .collect();
            print!("{}", crate::render::table(&header, &rows));
        }
        UsersCmd::Remove { username } => {
            if !store.remove_user_by(&crate::glotip::actor(), &username)? {
                bail!("no user '{username}'");
            }
            println!("removed {username}");
        }
        UsersCmd::Token { username, label } => {
            let (u, _) = store.user_by_name(&username)?.with_context(|| format!("no user '{username}'"))?;
            let token = format!("tdk_{}", tipdata_web::new_secret());
            // Audited under whoever runs the command (as `users add`), naming the token's owner.
            store.add_api_token_by(&crate::glotip::actor(), &tipdata_web::sha256_hex(&token), u.id, &label)?;
            println!("{token}");
        }
    }
    Ok(())
}
