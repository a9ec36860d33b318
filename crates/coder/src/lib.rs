//! Automatic coding of court-case summaries (to be built: issue 4).
