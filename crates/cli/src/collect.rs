//! `tipdata submissions|queries|rounds`: the loop with national authorities, as commands.

use anyhow::Result;
use clap::Subcommand;
use tipdata_model::submission::{QueryAction, QueryState, SubmissionAction};
use tipdata_model::CellValue;

use crate::glotip::actor;
use crate::render::table;

#[derive(Subcommand)]
pub enum SubmissionsCmd {
    /// List submissions.
    List {
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        year: Option<i32>,
    },
    /// One submission and its cells.
    Show { id: i64 },
    /// Move a submission: submit, review, validate, return (to the country; --reason), reopen (--reason).
    Move {
        id: i64,
        /// submit | review | validate | return | reopen
        action: String,
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Change one cell of a draft submission (validated data is locked).
    SetCell {
        id: i64,
        #[command(flatten)]
        parts: crate::KeyParts,
        /// A count, <5, or empty for not reported.
        #[arg(long)]
        value: String,
        #[arg(long)]
        reason: String,
        /// Change the cell only if it is still at this version (the `version` column of
        /// `submissions show`; 0 for a cell not reported yet). If someone changed it since,
        /// nothing is written and the command fails with a conflict.
        #[arg(long)]
        if_version: Option<i64>,
    },
}

#[derive(Subcommand)]
pub enum QueriesCmd {
    /// List queries (raise them with `tipdata validate --open-queries`).
    List {
        #[arg(long)]
        country: Option<String>,
        /// open | answered | resolved
        #[arg(long)]
        state: Option<String>,
    },
    /// One query and its comment thread.
    Show { id: i64 },
    /// The country answers.
    Answer {
        id: i64,
        #[arg(long)]
        comment: String,
    },
    /// The research team accepts the answer.
    Resolve {
        id: i64,
        #[arg(long, default_value = "")]
        comment: String,
    },
    /// Back to open, with a comment saying why.
    Reopen {
        id: i64,
        #[arg(long)]
        comment: String,
    },
    /// Add a comment to the thread.
    Comment {
        id: i64,
        #[arg(long)]
        comment: String,
    },
}

#[derive(Subcommand)]
pub enum RoundsCmd {
    /// Open a collection round.
    Create {
        name: String,
        /// Reference years, e.g. 2021-2023.
        #[arg(long)]
        years: String,
        /// YYYY-MM-DD
        #[arg(long)]
        deadline: String,
    },
    /// Invite countries (ISO3 codes).
    Invite {
        name: String,
        #[arg(required = true)]
        countries: Vec<String>,
    },
    /// Record that a country's questionnaire went out.
    Sent { name: String, country: String },
    /// Each invited country's state and the response rate.
    Status {
        name: String,
        /// Judge the deadline as of this date (YYYY-MM-DD; default today).
        #[arg(long)]
        today: Option<String>,
    },
}

pub fn submissions(db: &str, cmd: SubmissionsCmd) -> Result<()> {
    let mut store = tipdata_store::open(db)?;
    match cmd {
        SubmissionsCmd::List { country, year } => {
            let rows: Vec<Vec<String>> = store
                .submissions(country.as_deref(), year)?
                .into_iter()
                .map(|s| {
                    vec![
                        s.id.to_string(),
                        s.entity,
                        s.year.to_string(),
                        s.state.to_string(),
                        s.channel,
                        s.cells.to_string(),
                        s.file,
                        s.updated_at,
                    ]
                })
                .collect();
            let header = ["id", "country", "year", "state", "channel", "cells", "file", "updated"].map(String::from);
            print!("{}", table(&header, &rows));
        }
        SubmissionsCmd::Show { id } => {
            let s = store.submission(id)?;
            println!(
                "submission {} {} {}: {} ({} cells from {} by {}, {})",
                s.id, s.entity, s.year, s.state, s.cells, s.file, s.created_by, s.created_at
            );
            println!("metadata: {}", s.metadata);
            let rows: Vec<Vec<String>> = store
                .submission_cells(id)?
                .into_iter()
                .map(|c| {
                    let version = store.submission_cell_version(id, &c.key)?.unwrap_or(0);
                    Ok(vec![
                        c.key.indicator,
                        c.key.dimension,
                        c.key.category,
                        c.key.sex,
                        c.key.age,
                        crate::render::value(c.value),
                        version.to_string(),
                        format!("{}!{}{}", c.source.sheet, c.source.column, c.source.row),
                    ])
                })
                .collect::<Result<_>>()?;
            let header = ["indicator", "dimension", "category", "sex", "age", "value", "version", "cell"].map(String::from);
            print!("{}", table(&header, &rows));
        }
        SubmissionsCmd::Move { id, action, reason } => {
            let action: SubmissionAction = action.parse().map_err(anyhow::Error::msg)?;
            let s = store.transition_submission(id, action, &actor(), &reason)?;
            println!("submission {id} is now {}", s.state);
        }
        SubmissionsCmd::SetCell { id, parts, value, reason, if_version } => {
            let s = store.submission(id)?;
            let v = CellValue::parse(&value)?;
            let key = parts.key(s.entity, s.year);
            match if_version {
                Some(read) => {
                    let now = store.set_submission_cell_from(id, &key, v, read, &actor(), &reason)?;
                    println!("submission {id}: {key} = {} (version {now})", crate::render::value(v));
                }
                None => {
                    store.set_submission_cell(id, &key, v, &actor(), &reason)?;
                    println!("submission {id}: {key} = {}", crate::render::value(v));
                }
            }
        }
    }
    Ok(())
}

pub fn queries(db: &str, cmd: QueriesCmd) -> Result<()> {
    let mut store = tipdata_store::open(db)?;
    let moved = |id: i64, s: QueryState| println!("query {id} is now {s}");
    match cmd {
        QueriesCmd::List { country, state } => {
            let state: Option<QueryState> = state.map(|s| s.parse()).transpose().map_err(anyhow::Error::msg)?;
            let rows: Vec<Vec<String>> = store
                .data_queries(country.as_deref(), state)?
                .into_iter()
                .map(|q| {
                    vec![
                        q.id.to_string(),
                        q.state.to_string(),
                        q.submission_id.map(|s| s.to_string()).unwrap_or_default(),
                        q.finding.entity,
                        q.finding.year.map(|y| y.to_string()).unwrap_or_default(),
                        q.finding.rule,
                        q.finding.message,
                    ]
                })
                .collect();
            let header = ["id", "state", "submission", "country", "year", "rule", "message"].map(String::from);
            print!("{}", table(&header, &rows));
        }
        QueriesCmd::Show { id } => {
            let (q, thread) = store.data_query(id)?;
            println!(
                "query {id} ({}) on {} {}: {}",
                q.state,
                q.finding.entity,
                q.finding.year.map(|y| y.to_string()).unwrap_or_default(),
                q.finding.rule
            );
            println!("{}", q.finding.message);
            for c in &q.finding.cells {
                println!("  cell {c}");
            }
            println!("raised by {} at {}", q.created_by, q.created_at);
            for c in thread {
                println!("{} {} ({}): {}", c.at, c.actor, c.action, c.body);
            }
        }
        QueriesCmd::Answer { id, comment } => moved(id, store.transition_query(id, QueryAction::Answer, &actor(), &comment)?),
        QueriesCmd::Resolve { id, comment } => moved(id, store.transition_query(id, QueryAction::Resolve, &actor(), &comment)?),
        QueriesCmd::Reopen { id, comment } => moved(id, store.transition_query(id, QueryAction::Reopen, &actor(), &comment)?),
        QueriesCmd::Comment { id, comment } => {
            store.comment_query(id, &actor(), &comment)?;
            println!("comment added to query {id}");
        }
    }
    Ok(())
}

pub fn rounds(db: &str, cmd: RoundsCmd) -> Result<()> {
    let mut store = tipdata_store::open(db)?;
    match cmd {
        RoundsCmd::Create { name, years, deadline } => {
            let (a, b) = years.split_once('-').unwrap_or((&years, &years));
            let parse =
                |s: &str| s.trim().parse::<i32>().map_err(|_| anyhow::anyhow!("--years {years}: expected YEAR or YEAR-YEAR"));
            let id = store.create_round(&name, parse(a)?, parse(b)?, &deadline, &actor())?;
            println!("round {id} '{name}' created");
        }
        RoundsCmd::Invite { name, countries } => {
            let n = store.invite(&name, &countries, &actor())?;
            println!("{n} countries invited to '{name}'");
        }
        RoundsCmd::Sent { name, country } => {
            store.mark_questionnaire_sent(&name, &country, &actor())?;
            println!("{country}: questionnaire sent for '{name}'");
        }
        RoundsCmd::Status { name, today } => {
            let today = today.unwrap_or_else(tipdata_store::today);
            let s = store.round_status(&name, &today)?;
            println!(
                "round '{}': years {}-{}, deadline {} (as of {today})",
                s.round.name, s.round.first_year, s.round.last_year, s.round.deadline
            );
            let rows: Vec<Vec<String>> = s.countries.iter().map(|(e, st)| vec![e.clone(), st.as_str().to_string()]).collect();
            print!("{}", table(&["country".into(), "state".into()], &rows));
            let responded = s.countries.iter().filter(|(_, st)| st.responded()).count();
            println!("response rate: {responded}/{} ({:.0}%)", s.countries.len(), s.response_rate * 100.0);
        }
    }
    Ok(())
}
