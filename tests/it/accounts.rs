//! Tests of the `accounts` commands (filled in by its issue).
