//! `report`: being moved here from `src/commands/` (issue 11).
