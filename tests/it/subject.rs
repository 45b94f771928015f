//! Tests of the `subject` commands (filled in by its issue).
