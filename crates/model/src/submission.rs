//! The loop with national authorities as pure state machines: a submission moves
//! draft -> submitted -> under review -> validated (reopened with a reason), and each query
//! raised on it moves open -> answered -> resolved. Only a draft's cells can change.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionState {
    Draft,
    Submitted,
    UnderReview,
    Validated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubmissionAction {
    /// The country sends its draft.
    Submit,
    /// The research team starts reviewing.
    Review,
    /// The research team accepts the figures: they become the stored data and are locked.
    Validate,
    /// Back to the country for corrections (from submitted or under review); needs a reason.
    Return,
    /// A validated submission goes back under review; needs a reason. Its cells stay locked.
    Reopen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QueryState {
    Open,
    Answered,
    Resolved,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QueryAction {
    /// The country answers.
    Answer,
    /// The research team accepts the answer.
    Resolve,
    /// The answer does not settle it, or a resolved query comes back; needs a comment.
    Reopen,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("cannot {action} a submission that is {from}")]
    Submission { from: SubmissionState, action: &'static str },
    #[error("cannot {action} a query that is {from}")]
    Query { from: QueryState, action: &'static str },
    #[error("to {0} you must give a reason")]
    ReasonRequired(&'static str),
}

impl SubmissionState {
    pub const ALL: [SubmissionState; 4] =
        [SubmissionState::Draft, SubmissionState::Submitted, SubmissionState::UnderReview, SubmissionState::Validated];

    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionState::Draft => "draft",
            SubmissionState::Submitted => "submitted",
            SubmissionState::UnderReview => "under_review",
            SubmissionState::Validated => "validated",
        }
    }

    /// Whether the cells may change: only a draft's.
    pub fn editable(self) -> bool {
        self == SubmissionState::Draft
    }

    /// The next state, or why the action is not allowed here.
    pub fn apply(self, action: SubmissionAction, reason: &str) -> Result<SubmissionState, TransitionError> {
        use SubmissionAction as A;
        use SubmissionState as S;
        let to = match (self, action) {
            (S::Draft, A::Submit) => S::Submitted,
            (S::Submitted, A::Review) => S::UnderReview,
            (S::UnderReview, A::Validate) => S::Validated,
            (S::Submitted | S::UnderReview, A::Return) => S::Draft,
            (S::Validated, A::Reopen) => S::UnderReview,
            _ => return Err(TransitionError::Submission { from: self, action: action.as_str() }),
        };
        if matches!(action, A::Return | A::Reopen) && reason.trim().is_empty() {
            return Err(TransitionError::ReasonRequired(action.as_str()));
        }
        Ok(to)
    }
}

impl SubmissionAction {
    pub const ALL: [SubmissionAction; 5] = [
        SubmissionAction::Submit,
        SubmissionAction::Review,
        SubmissionAction::Validate,
        SubmissionAction::Return,
        SubmissionAction::Reopen,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionAction::Submit => "submit",
            SubmissionAction::Review => "review",
            SubmissionAction::Validate => "validate",
            SubmissionAction::Return => "return",
            SubmissionAction::Reopen => "reopen",
        }
    }
}

impl QueryState {
    pub const ALL: [QueryState; 3] = [QueryState::Open, QueryState::Answered, QueryState::Resolved];

    pub fn as_str(self) -> &'static str {
        match self {
            QueryState::Open => "open",
            QueryState::Answered => "answered",
            QueryState::Resolved => "resolved",
        }
    }

    pub fn apply(self, action: QueryAction, comment: &str) -> Result<QueryState, TransitionError> {
        use QueryAction as A;
        use QueryState as S;
        let to = match (self, action) {
            (S::Open, A::Answer) => S::Answered,
            (S::Answered, A::Resolve) => S::Resolved,
            (S::Answered | S::Resolved, A::Reopen) => S::Open,
            _ => return Err(TransitionError::Query { from: self, action: action.as_str() }),
        };
        if matches!(action, A::Answer | A::Reopen) && comment.trim().is_empty() {
            return Err(TransitionError::ReasonRequired(action.as_str()));
        }
        Ok(to)
    }
}

impl QueryAction {
    pub const ALL: [QueryAction; 3] = [QueryAction::Answer, QueryAction::Resolve, QueryAction::Reopen];

    pub fn as_str(self) -> &'static str {
        match self {
            QueryAction::Answer => "answer",
            QueryAction::Resolve => "resolve",
            QueryAction::Reopen => "reopen",
        }
    }
}

macro_rules! text_enum {
    ($t:ty) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                <$t>::ALL
                    .into_iter()
                    .find(|x| x.as_str() == s)
                    .ok_or_else(|| format!("'{s}' is not one of: {}", <$t>::ALL.map(|x| x.as_str()).join(", ")))
            }
        }
    };
}
text_enum!(SubmissionState);
text_enum!(SubmissionAction);
text_enum!(QueryState);
text_enum!(QueryAction);

/// Where a country stands in a collection round, as the research team chases it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundCountryState {
    Invited,
    QuestionnaireSent,
    Received,
    UnderValidation,
    Validated,
    NoResponse,
}

impl RoundCountryState {
    pub fn as_str(self) -> &'static str {
        match self {
            RoundCountryState::Invited => "invited",
            RoundCountryState::QuestionnaireSent => "questionnaire_sent",
            RoundCountryState::Received => "received",
            RoundCountryState::UnderValidation => "under_validation",
            RoundCountryState::Validated => "validated",
            RoundCountryState::NoResponse => "no_response",
        }
    }

    /// A country's state from its most advanced submission for the round's years, whether a
    /// questionnaire went out, and whether the deadline (`YYYY-MM-DD`) has passed `today`.
    pub fn derive(best: Option<SubmissionState>, questionnaire_sent: bool, deadline: &str, today: &str) -> RoundCountryState {
        match best {
            Some(SubmissionState::Validated) => RoundCountryState::Validated,
            Some(SubmissionState::UnderReview) => RoundCountryState::UnderValidation,
            Some(SubmissionState::Submitted | SubmissionState::Draft) => RoundCountryState::Received,
            None if today > deadline => RoundCountryState::NoResponse,
            None if questionnaire_sent => RoundCountryState::QuestionnaireSent,
            None => RoundCountryState::Invited,
        }
    }

    /// Whether the country has answered (anything received counts).
    pub fn responded(self) -> bool {
        matches!(self, RoundCountryState::Received | RoundCountryState::UnderValidation | RoundCountryState::Validated)
    }
}

/// How far a submission has come, to pick a country's most advanced one.
pub fn progress(s: SubmissionState) -> u8 {
    match s {
        SubmissionState::Draft => 0,
        SubmissionState::Submitted => 1,
        SubmissionState::UnderReview => 2,
        SubmissionState::Validated => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_illegal_submission_transition_is_rejected_and_every_legal_one_accepted() {
        use SubmissionAction as A;
        use SubmissionState as S;
        let legal = [
            (S::Draft, A::Submit, S::Submitted),
            (S::Submitted, A::Review, S::UnderReview),
            (S::UnderReview, A::Validate, S::Validated),
            (S::Submitted, A::Return, S::Draft),
            (S::UnderReview, A::Return, S::Draft),
            (S::Validated, A::Reopen, S::UnderReview),
        ];
        let mut rejected = 0;
        for from in S::ALL {
            for action in A::ALL {
                let got = from.apply(action, "a reason");
                match legal.iter().find(|(f, a, _)| *f == from && *a == action) {
                    Some((_, _, to)) => assert_eq!(got, Ok(*to), "{from} --{action}->"),
                    None => {
                        assert_eq!(
                            got,
                            Err(TransitionError::Submission { from, action: action.as_str() }),
                            "{from} --{action}->"
                        );
                        rejected += 1;
                    }
                }
            }
        }
        assert_eq!(rejected, 4 * 5 - legal.len());
    }

    #[test]
    fn reopening_or_returning_without_a_reason_is_rejected() {
        assert_eq!(
            SubmissionState::Validated.apply(SubmissionAction::Reopen, " "),
            Err(TransitionError::ReasonRequired("reopen"))
        );
        assert_eq!(
            SubmissionState::Submitted.apply(SubmissionAction::Return, ""),
            Err(TransitionError::ReasonRequired("return"))
        );
    }

    #[test]
    fn only_a_draft_is_editable() {
        let editable: Vec<SubmissionState> = SubmissionState::ALL.into_iter().filter(|s| s.editable()).collect();
        assert_eq!(editable, [SubmissionState::Draft]);
    }

    #[test]
    fn every_illegal_query_transition_is_rejected() {
        use QueryAction as A;
        use QueryState as S;
        let legal = [
            (S::Open, A::Answer, S::Answered),
            (S::Answered, A::Resolve, S::Resolved),
            (S::Answered, A::Reopen, S::Open),
            (S::Resolved, A::Reopen, S::Open),
        ];
        for from in S::ALL {
            for action in A::ALL {
                let got = from.apply(action, "a comment");
                match legal.iter().find(|(f, a, _)| *f == from && *a == action) {
                    Some((_, _, to)) => assert_eq!(got, Ok(*to)),
                    None => assert_eq!(got, Err(TransitionError::Query { from, action: action.as_str() })),
                }
            }
        }
        assert_eq!(QueryState::Open.apply(QueryAction::Answer, ""), Err(TransitionError::ReasonRequired("answer")));
    }

    #[test]
    fn a_round_country_state_follows_its_best_submission_and_the_deadline() {
        use RoundCountryState as R;
        assert_eq!(R::derive(None, false, "2027-01-31", "2026-11-28"), R::Invited);
        assert_eq!(R::derive(None, true, "2027-01-31", "2026-11-28"), R::QuestionnaireSent);
        assert_eq!(R::derive(None, true, "2026-01-31", "2026-11-28"), R::NoResponse);
        assert_eq!(R::derive(Some(SubmissionState::Draft), true, "2026-01-31", "2026-11-28"), R::Received);
        assert_eq!(R::derive(Some(SubmissionState::UnderReview), true, "x", "y"), R::UnderValidation);
        assert_eq!(R::derive(Some(SubmissionState::Validated), true, "x", "y"), R::Validated);
    }
}
