//! Tests of the `enforce` commands (filled in by its issue).
