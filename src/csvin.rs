//! Reading real-world CSV: BOM, encoding (UTF-8, Windows-1252, UTF-16) and delimiter detected
//! (or given), any line ending, errors that name the line and column, SHA-256 and byte count of
//! what was read. Used by every import.

use crate::error::{AppError, Result};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use sha2::{Digest, Sha256};
use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum EncodingChoice {
    #[default]
    Auto,
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "windows-1252", alias = "cp1252", alias = "latin1")]
    Windows1252,
    #[value(name = "utf-16", alias = "utf16")]
    Utf16,
}

/// `auto`, `,`, `;`, `tab` (or `\t`), `|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DelimiterChoice {
    #[default]
    Auto,
    Byte(u8),
}

impl std::str::FromStr for DelimiterChoice {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        // Only the delimiters French open data uses: a letter, a digit, a quote, CR or LF
        // would load a dataset cut wrong without a word.
        Ok(match s {
            "auto" => DelimiterChoice::Auto,
            "tab" | "\\t" | "\t" => DelimiterChoice::Byte(b'\t'),
            "," | ";" | "|" => DelimiterChoice::Byte(s.as_bytes()[0]),
            _ => {
                return Err(format!(
                    "invalid delimiter `{}`: use auto, `,`, `;`, `|` or tab",
                    s.escape_debug()
                ))
            }
        })
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct CsvOptions {
    pub encoding: EncodingChoice,
    pub delimiter: DelimiterChoice,
}

/// Bytes read so far and their SHA-256, shared with the reader (for progress and the catalogue).
#[derive(Clone, Default)]
pub struct ReadStats {
    bytes: Arc<AtomicU64>,
    hasher: Arc<Mutex<Sha256>>,
}

impl ReadStats {
    pub fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::Relaxed)
    }
    /// The SHA-256 of every byte read (call after reading to the end).
    pub fn sha256_hex(&self) -> String {
        hex::encode(
            self.hasher
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone()
                .finalize(),
        )
    }
}

struct Tee<R> {
    inner: R,
    stats: ReadStats,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.stats.bytes.fetch_add(n as u64, Ordering::Relaxed);
        self.stats
            .hasher
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .update(&buf[..n]);
        Ok(n)
    }
}

/// Keeps the last bytes of the decoded text, to tell at the end whether the last field was a
/// quoted field never closed (the csv crate then silently takes the rest of the file as that
/// field's value): see `CsvInput::unclosed_quote`.
struct TailKeep<R> {
    inner: R,
    tail: Arc<Mutex<Vec<u8>>>,
}

const TAIL_BYTES: usize = 16;

impl<R: Read> Read for TailKeep<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n > 0 {
            let mut t = self
                .tail
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            t.extend_from_slice(&buf[n.saturating_sub(TAIL_BYTES)..n]);
            let excess = t.len().saturating_sub(TAIL_BYTES);
            t.drain(..excess);
        }
        Ok(n)
    }
}

/// Reads CR as LF (for files whose only line end is CR).
struct CrAsLf<R>(R);

impl<R: Read> Read for CrAsLf<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.read(buf)?;
        for b in &mut buf[..n] {
            if *b == b'\r' {
                *b = b'\n';
            }
        }
        Ok(n)
    }
}

/// An open CSV input, header read.
pub struct CsvInput {
    reader: csv::Reader<Box<dyn Read + Send>>,
    tail: Arc<Mutex<Vec<u8>>>,
    /// The buffer the next record is read into (swapped with `record` on success, so that
    /// `record` still holds the last record at the end of the file).
    spare: csv::StringRecord,
    pub name: String,
    pub encoding: &'static Encoding,
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub stats: ReadStats,
    /// Total size when known (a file, not stdin), for progress bars.
    pub size: Option<u64>,
    record: csv::StringRecord,
}

const SNIFF_BYTES: usize = 64 * 1024;

impl CsvInput {
    /// Opens `path` (`-` is stdin), detects what was not given, and reads the header.
    pub fn open(path: &Path, opts: CsvOptions) -> Result<CsvInput> {
        let (raw, name, size): (Box<dyn Read + Send>, String, Option<u64>) =
            if path == Path::new("-") {
                (Box::new(std::io::stdin()), "stdin".into(), None)
            } else {
                let f = std::fs::File::open(path).map_err(|e| {
                    AppError::usage(format!("cannot open `{}`: {e}", path.display())).with_source(e)
                })?;
                let size = f.metadata().ok().map(|m| m.len());
                (Box::new(f), path.display().to_string(), size)
            };
        Self::from_reader(raw, name, size, opts)
    }

    pub fn from_reader(
        raw: Box<dyn Read + Send>,
        name: String,
        size: Option<u64>,
        opts: CsvOptions,
    ) -> Result<CsvInput> {
        let stats = ReadStats::default();
        let mut tee = Tee {
            inner: raw,
            stats: stats.clone(),
        };
        let mut head = Vec::with_capacity(SNIFF_BYTES);
        (&mut tee)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut head)
            .map_err(|e| AppError::failure(format!("cannot read `{name}`: {e}")).with_source(e))?;
        let encoding = detect_encoding(&head, opts.encoding);
        let rest = Cursor::new(head.clone()).chain(tee);
        // UTF-8 is passed through as bytes (csv checks each record and names the line of an
        // invalid byte); other encodings are decoded to UTF-8 first.
        let decoded: Box<dyn Read + Send> = if encoding == UTF_8 {
            Box::new(rest)
        } else {
            Box::new(
                encoding_rs_io::DecodeReaderBytesBuilder::new()
                    .encoding(Some(encoding))
                    .bom_sniffing(true)
                    .build(rest),
            )
        };
        let head_text = decode_head(&head, encoding);
        // Classic Mac line ends (CR only): the csv crate splits records on them but counts
        // lines by LF, so every error would say "line 1". Read them as LF.
        let decoded: Box<dyn Read + Send> = if head_text.contains('\r') && !head_text.contains('\n')
        {
            Box::new(CrAsLf(decoded))
        } else {
            decoded
        };
        let delimiter = match opts.delimiter {
            DelimiterChoice::Byte(b) => b,
            DelimiterChoice::Auto => detect_delimiter(&head_text),
        };
        let tail = Arc::new(Mutex::new(Vec::with_capacity(2 * TAIL_BYTES)));
        let checked: Box<dyn Read + Send> = Box::new(TailKeep {
            inner: decoded,
            tail: tail.clone(),
        });
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(true)
            .flexible(false)
            .from_reader(checked);
        let headers = match reader.headers() {
            Ok(h) => h
                .iter()
                .map(|s| s.trim_start_matches('\u{feff}').to_string())
                .collect::<Vec<_>>(),
            Err(e) => return Err(record_error(&name, e)),
        };
        if headers.is_empty() || (headers.len() == 1 && headers[0].trim().is_empty()) {
            return Err(AppError::usage(format!(
                "`{name}` is empty: a header row is required"
            )));
        }
        Ok(CsvInput {
            reader,
            tail,
            spare: csv::StringRecord::new(),
            name,
            encoding,
            delimiter,
            headers,
            stats,
            size,
            record: csv::StringRecord::new(),
        })
    }

    /// The next record, or None at the end. Errors name the line (and column when known).
    pub fn next_record(&mut self) -> Result<Option<&csv::StringRecord>> {
        match self.reader.read_record(&mut self.spare) {
            Ok(false) => {
                if self.unclosed_quote() {
                    return Err(AppError::failure(format!(
                        "`{}` line {}: unclosed quote",
                        self.name,
                        self.line().max(1)
                    ))
                    .hint("a field opened with `\"` never ends: fix the quoting of that record; nothing was imported"));
                }
                Ok(None)
            }
            Ok(true) => {
                std::mem::swap(&mut self.record, &mut self.spare);
                if let Some(i) = self.record.iter().position(|f| f.contains('\0')) {
                    return Err(AppError::failure(format!(
                        "`{}` line {}, column `{}`: NUL byte",
                        self.name,
                        self.line(),
                        self.headers.get(i).map(String::as_str).unwrap_or("?")
                    ))
                    .hint("the file is binary or corrupt; nothing was imported"));
                }
                Ok(Some(&self.record))
            }
            Err(e) => Err(record_error(&self.name, e)),
        }
    }

    /// At the end of the file: whether the last record ends in a quoted field that was never
    /// closed. Such a field runs to the end of the file, so it holds a line break and the text
    /// does not end with the closing quote (a closed multi-line last field ends with `"`).
    fn unclosed_quote(&self) -> bool {
        // No record: the header itself may have swallowed the file.
        let last = match self.record.iter().next_back() {
            Some(f) => f,
            None if self.record.is_empty() => match self.headers.last() {
                Some(h) => h.as_str(),
                None => return false,
            },
            None => return false,
        };
        if !last.contains(['\n', '\r']) {
            return false;
        }
        let tail = self
            .tail
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let end = tail
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())
            .map(|i| tail[i]);
        end != Some(b'"')
    }

    /// The line where the current record starts (1-based, header = line 1).
    pub fn line(&self) -> u64 {
        self.record.position().map(|p| p.line()).unwrap_or(0)
    }

    pub fn encoding_name(&self) -> &'static str {
        self.encoding.name()
    }

    pub fn delimiter_name(&self) -> String {
        match self.delimiter {
            b'\t' => "tab".into(),
            b => (b as char).to_string(),
        }
    }
}

fn detect_encoding(head: &[u8], choice: EncodingChoice) -> &'static Encoding {
    match choice {
        EncodingChoice::Utf8 => return UTF_8,
        EncodingChoice::Windows1252 => return WINDOWS_1252,
        EncodingChoice::Utf16 => {
            return if head.starts_with(&[0xFE, 0xFF]) {
                UTF_16BE
            } else {
                UTF_16LE
            };
        }
        EncodingChoice::Auto => {}
    }
    if let Some((enc, _)) = Encoding::for_bom(head) {
        return enc;
    }
    // UTF-16 without BOM: every other byte NUL in ASCII text.
    if head.len() >= 4 && head.iter().skip(1).step_by(2).take(64).all(|&b| b == 0) {
        return UTF_16LE;
    }
    // Valid UTF-8 (up to a character cut at the end of the sniffed block) is UTF-8. A file with
    // more valid multi-byte characters than invalid bytes is UTF-8 with a few broken bytes: read
    // as UTF-8, so that the broken line is reported instead of every accent being garbled.
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    let mut chunks = head.utf8_chunks().peekable();
    while let Some(chunk) = chunks.next() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        let cut_at_end = chunks.peek().is_none() && chunk.invalid().len() < 4;
        if !chunk.invalid().is_empty() && !cut_at_end {
            invalid += 1;
        }
    }
    if invalid == 0 || multibyte > invalid {
        UTF_8
    } else {
        WINDOWS_1252
    }
}

fn decode_head(head: &[u8], enc: &'static Encoding) -> String {
    let (text, _, _) = enc.decode(head);
    text.into_owned()
}

/// Picks the delimiter that splits the first records into the same number (> 1) of fields,
/// the most fields winning; `;` before `,` before tab before `|` on ties.
fn detect_delimiter(head: &str) -> u8 {
    let mut best = (b',', 0usize, false);
    for cand in [b';', b',', b'\t', b'|'] {
        let mut r = csv::ReaderBuilder::new()
            .delimiter(cand)
            .has_headers(false)
            .flexible(true)
            .from_reader(head.as_bytes());
        let mut counts = Vec::new();
        for rec in r.records().take(20) {
            match rec {
                Ok(rec) => counts.push(rec.len()),
                Err(_) => break,
            }
        }
        // The last record of the sniffed block may be cut short.
        if counts.len() > 2 {
            counts.pop();
        }
        let Some(&first) = counts.first() else {
            continue;
        };
        let consistent = counts.iter().all(|&c| c == first);
        if first > 1 && (consistent && !best.2 || consistent == best.2 && first > best.1) {
            best = (cand, first, consistent);
        }
    }
    best.0
}

fn record_error(name: &str, e: csv::Error) -> AppError {
    let line = e.position().map(|p| p.line()).unwrap_or(0);
    match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => AppError::failure(format!(
            "`{name}` line {line}: expected {expected_len} fields, found {len}"
        ))
        .hint("a ragged row, an unclosed quote or a wrong delimiter (try --delimiter); nothing was imported"),
        csv::ErrorKind::Utf8 { err, .. } => AppError::failure(format!(
            "`{name}` line {line}, field {}: invalid UTF-8",
            err.field() + 1
        ))
        .hint("the file is probably Windows-1252: pass --encoding windows-1252; nothing was imported"),
        csv::ErrorKind::Io(io) => AppError::failure(format!("cannot read `{name}`: {io}")).with_source(e),
        _ => AppError::failure(format!("`{name}` line {line}: {e}")).with_source(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(bytes: &[u8]) -> Result<CsvInput> {
        CsvInput::from_reader(
            Box::new(Cursor::new(bytes.to_vec())),
            "t.csv".into(),
            None,
            CsvOptions::default(),
        )
    }

    fn all(mut c: CsvInput) -> Result<Vec<Vec<String>>> {
        let mut out = Vec::new();
        while let Some(r) = c.next_record()? {
            out.push(r.iter().map(String::from).collect());
        }
        Ok(out)
    }

    #[test]
    fn detects_delimiters() {
        for (text, d) in [
            ("a;b;c\n1;2;3\n", b';'),
            ("a,b,c\n1,2,3\n", b','),
            ("a\tb\tc\n1\t2\t3\n", b'\t'),
            ("a|b\n1|2\n", b'|'),
            // A `,` inside a `;` file's values must not win.
            ("nom;geo\nx;\"43.6, 1.44\"\ny;\"43.1, 2.3\"\n", b';'),
        ] {
            let c = open(text.as_bytes()).unwrap();
            assert_eq!(c.delimiter, d, "{text:?}");
        }
    }

    #[test]
    fn bom_and_encodings() {
        let c = open(b"\xEF\xBB\xBFnom;ville\n\xC3\xA9t\xC3\xA9;N\xC3\xAEmes\n").unwrap();
        assert_eq!(c.headers, ["nom", "ville"]);
        assert_eq!(all(c).unwrap(), [["été", "Nîmes"]]);
        let c = open(b"nom,ville\n\xE9t\xE9,N\xEEmes\n").unwrap();
        assert_eq!(c.encoding_name(), "windows-1252");
        assert_eq!(all(c).unwrap(), [["été", "Nîmes"]]);
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("a;b\n1;é\n".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let c = open(&utf16).unwrap();
        assert_eq!(c.headers, ["a", "b"]);
        assert_eq!(all(c).unwrap(), [["1", "é"]]);
    }

    #[test]
    fn utf8_with_a_stray_byte_is_reported_not_garbled() {
        let mut bytes = "nom;ville\nété;Nîmes\nx;Béziers\n".as_bytes().to_vec();
        bytes.extend_from_slice(b"y;\xE9\n");
        let Err(e) = all(open(&bytes).unwrap()) else {
            panic!("a stray byte in a UTF-8 file must be an error")
        };
        assert!(e.message.contains("line 4"), "{}", e.message);
    }

    #[test]
    fn cr_only_files_report_the_right_line() {
        let Err(e) = all(open(b"a;b\r1;2\r3\r").unwrap()) else {
            panic!("a ragged row must fail")
        };
        assert!(e.message.contains("line 3"), "{}", e.message);
    }

    #[test]
    fn line_endings() {
        for text in [
            "a;b\r\n1;2\r\n3;4\r\n",
            "a;b\r1;2\r3;4\r",
            "a;b\r\r\n1;2\r\r\n3;4\r\r\n",
            "a;b\n1;2\n3;4",
        ] {
            let c = open(text.as_bytes()).unwrap();
            assert_eq!(all(c).unwrap(), [["1", "2"], ["3", "4"]], "{text:?}");
        }
    }

    #[test]
    fn errors_name_the_line() {
        let e = all(open(b"a;b\n1;2\n3\n").unwrap()).unwrap_err();
        assert!(
            e.message.contains("line 3: expected 2 fields, found 1"),
            "{}",
            e.message
        );
        // Valid UTF-8 in the sniffed head, an invalid byte later.
        let mut text = b"a;b\n".to_vec();
        for _ in 0..8000 {
            text.extend_from_slice("ligne;été\n".as_bytes());
        }
        text.extend_from_slice(b"x;\xE9t\xE9\n");
        let Err(e) = all(open(&text).unwrap()) else {
            panic!("an invalid byte after the sniffed block must fail")
        };
        assert!(
            e.message.contains("line 8002, field 2: invalid UTF-8"),
            "{}",
            e.message
        );
        // An unclosed quote in the last field would swallow the rest of the file silently.
        let e = all(open(b"a;b\n1;2\n3;\"4\n5;6\n7;8\n").unwrap()).unwrap_err();
        assert!(
            e.message.contains("line 3: unclosed quote"),
            "{}",
            e.message
        );
        assert!(all(open(b"a;b\n1;\"x\"\"\"\n").unwrap()).is_ok());
        // Unclosed on the last line, or in the header of a file without records.
        let e = all(open(b"a;b\n1;2\n3;\"4\n").unwrap()).unwrap_err();
        assert!(
            e.message.contains("line 3: unclosed quote"),
            "{}",
            e.message
        );
        let e = all(open(b"a;\"b\n1;2\n").unwrap()).unwrap_err();
        assert!(
            e.message.contains("line 1: unclosed quote"),
            "{}",
            e.message
        );
        // Closed multi-line fields, last or not, with CRLF: fine.
        assert_eq!(
            all(open(b"a;b\r\n1;\"x\r\ny\"\r\n").unwrap()).unwrap(),
            [["1", "x\r\ny"]]
        );
        assert_eq!(
            all(open(b"a;b\n\"x\ny\";2\n").unwrap()).unwrap(),
            [["x\ny", "2"]]
        );
        assert!(all(open(b"\xEF\xBB\xBF\"a\nb\";\"c\"\"\"\n1;2\n").unwrap()).is_ok());
        let e = all(open(b"a;b\n1;x\x00y\n").unwrap()).unwrap_err();
        assert!(
            e.message.contains("line 2, column `b`: NUL byte"),
            "{}",
            e.message
        );
        assert!(open(b"").is_err());
    }

    #[test]
    fn quoted_newlines_and_quotes() {
        let c = open(b"a;b\n\"x\ny\";\"il a dit \"\"oui\"\"\"\n").unwrap();
        assert_eq!(all(c).unwrap(), [["x\ny", "il a dit \"oui\""]]);
    }

    #[test]
    fn hashes_what_was_read() {
        let mut c = open(b"a;b\n1;2\n").unwrap();
        while c.next_record().unwrap().is_some() {}
        assert_eq!(c.stats.bytes(), 8);
        assert_eq!(
            c.stats.sha256_hex(),
            hex::encode(Sha256::digest(b"a;b\n1;2\n"))
        );
    }
}
