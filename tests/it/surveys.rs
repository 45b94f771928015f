//! Tests of the `surveys` commands (filled in by its issue).
