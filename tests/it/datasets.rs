//! Tests of the `datasets` commands (filled in by its issue).
