//! Prints, for each answer of a corpus (JSONL: `text`, `own`), the spans rgpdctl's scrubber
//! removes, as JSONL `{"id", "spans": [[start, end, type]]}` in character offsets: the Rust side
//! of `bench/presidio_compare.py`. Usage: cargo run --release --example scrub_spans -- FILE

use rgpdctl::anonymise;
use serde_json::{json, Value};
use std::io::{BufRead, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: scrub_spans CORPUS.jsonl")?;
    let file = std::io::BufReader::new(std::fs::File::open(path)?);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in file.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Value = serde_json::from_str(&line)?;
        let text = row["text"].as_str().unwrap_or("");
        let own = &row["own"];
        let get = |k: &str| own.get(k).and_then(Value::as_str);
        let own = anonymise::own_words([
            get("email"),
            get("pseudonym"),
            get("first_name"),
            get("last_name"),
        ]);
        // Byte offset -> character offset, in one pass (a span ends on a char boundary).
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let chars = |b: usize| starts.partition_point(|&i| i < b);
        let spans: Vec<Value> = anonymise::find(text, &own)
            .iter()
            .map(|f| json!([chars(f.start), chars(f.end), f.kind.name()]))
            .collect();
        writeln!(out, "{}", json!({"id": row["id"], "spans": spans}))?;
    }
    Ok(())
}
