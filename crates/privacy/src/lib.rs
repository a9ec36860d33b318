//! Disclosure control and synthetic microdata (to be built: issue 8).
