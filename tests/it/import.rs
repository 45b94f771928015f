//! Tests of the `import` commands (filled in by its issue).
