//! The `datasets` catalogue: what a slug may be, and the staging table's name.

use crate::error::{AppError, Result};

/// The catalogue's row and SQL are in `db::datasets`.
pub use crate::db::datasets::{Entry, SCHEMA};

/// A slug is the dataset's table name: lowercase letters, digits, `-` and `_`, at most 48
/// characters (room for the staging table's prefix within PostgreSQL's 63).
pub fn check_slug(slug: &str) -> Result<()> {
    let ok = !slug.is_empty()
        && slug.len() <= 48
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && slug.as_bytes()[0].is_ascii_alphanumeric();
    if ok {
        Ok(())
    } else {
        Err(AppError::usage(format!("invalid slug `{slug}`")).hint(
            "use lowercase letters, digits, `-` and `_` (at most 48, starting with a letter or digit), e.g. `annuaire-education`",
        ))
    }
}

/// The name of the table an import loads into before it is swapped in.
pub fn staging_name(slug: &str) -> String {
    format!("_importing_{slug}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["a", "annuaire-education_2024", "0x"] {
            assert!(check_slug(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-a", "A", "a b", "a;drop", &"a".repeat(49), "é"] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }
}
