//! Tests of the `logs` commands (filled in by its issue).
