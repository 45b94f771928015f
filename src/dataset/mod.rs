//! Dataset import: any real-world CSV into a typed table in schema `datasets`.
//!
//! Types are inferred on a sample (the first `SAMPLE_ROWS` records, `analyse` with a limit),
//! then `load` reads the file from the start, encodes each record in PostgreSQL's binary COPY
//! format on a parser thread, and streams bounded chunks into `COPY ... FROM STDIN (FORMAT
//! binary)` into a table created in the caller's transaction. Encoding a value checks that it
//! fits its column's type: when a later value does not (or a column empty in the sample gets a
//! value), `load` stops with `Loaded::Misfit`, the caller rolls back, infers the types over the
//! whole file (`analyse` without a limit) and loads again, so that no value is ever lost and
//! the types are exactly those of a full inference. Memory stays constant whatever the size.

pub mod catalogue;
pub mod columns;
pub mod types;

use crate::cancel::Cancel;
use crate::csvin::{CsvInput, CsvOptions, DelimiterChoice, EncodingChoice};
use crate::error::{AppError, Result};
use bytes::{BufMut, Bytes, BytesMut};
use encoding_rs::UTF_8;
use indicatif::ProgressBar;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use types::{Candidates, ColType};

/// One column of the dataset table.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub ty: ColType,
    /// Empty values (stored as NULL).
    pub nulls: u64,
    /// Whether a non-empty value was seen (a column empty in a sample has no type yet).
    pub seen: bool,
}

/// What pass 1 found.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub columns: Vec<Column>,
    pub rows: u64,
    pub bytes: u64,
    pub sha256: String,
    pub encoding: &'static str,
    pub delimiter: u8,
    /// Whether every record was read (else the figures are those of a sample).
    pub complete: bool,
}

/// How many records the types are first inferred from.
pub const SAMPLE_ROWS: u64 = 50_000;

impl Analysis {
    /// `[{"name": ..., "type": ...}]`, as kept in the catalogue.
    pub fn columns_json(&self) -> serde_json::Value {
        self.columns
            .iter()
            .map(|c| serde_json::json!({"name": c.name, "type": c.ty.name()}))
            .collect()
    }

    /// The options that make pass 2 read the file exactly as pass 1 did.
    fn csv_options(&self) -> CsvOptions {
        let encoding = match self.encoding {
            "UTF-8" => EncodingChoice::Utf8,
            "windows-1252" => EncodingChoice::Windows1252,
            _ => EncodingChoice::Utf16,
        };
        CsvOptions {
            encoding,
            delimiter: DelimiterChoice::Byte(self.delimiter),
        }
    }
}

/// The input, readable twice: a file by its path, or stdin saved to an unlinked 0600 file.
pub struct Source {
    pub name: String,
    path: Option<PathBuf>,
    spool: Option<File>,
    pub size: Option<u64>,
}

impl Source {
    /// Opens `path`; `-` copies stdin into a temporary file (created 0600 and unlinked at
    /// once, so that nothing is left behind even if the process is killed).
    pub fn open(path: &Path) -> Result<Source> {
        if path == Path::new("-") {
            let mut spool = spool_file()?;
            std::io::copy(&mut std::io::stdin().lock(), &mut spool).map_err(|e| {
                AppError::failure(format!("cannot buffer stdin: {e}")).with_source(e)
            })?;
            let size = spool.stream_position().ok();
            return Ok(Source {
                name: "stdin".into(),
                path: None,
                spool: Some(spool),
                size,
            });
        }
        let f = File::open(path).map_err(|e| {
            AppError::usage(format!("cannot open `{}`: {e}", path.display())).with_source(e)
        })?;
        let size = f.metadata().ok().map(|m| m.len());
        Ok(Source {
            name: path.display().to_string(),
            path: Some(path.to_path_buf()),
            spool: None,
            size,
        })
    }

    /// The file name kept in the catalogue (no directories).
    pub fn file_name(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.name.clone()),
            None => self.name.clone(),
        }
    }

    fn reader(&self) -> Result<Box<dyn Read + Send>> {
        let cannot = |e: std::io::Error| {
            AppError::failure(format!("cannot read `{}`: {e}", self.name)).with_source(e)
        };
        match (&self.path, &self.spool) {
            (Some(p), _) => Ok(Box::new(File::open(p).map_err(cannot)?)),
            (None, Some(f)) => {
                let mut f = f.try_clone().map_err(cannot)?;
                f.seek(SeekFrom::Start(0)).map_err(cannot)?;
                Ok(Box::new(f))
            }
            (None, None) => Err(AppError::failure("no input")),
        }
    }

    fn csv(&self, opts: CsvOptions) -> Result<CsvInput> {
        CsvInput::from_reader(self.reader()?, self.name.clone(), self.size, opts)
    }
}

fn spool_file() -> Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = std::env::temp_dir();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let path = dir.join(format!("rgpdctl-stdin-{}-{nanos}", std::process::id()));
    let f = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| {
            AppError::failure(format!(
                "cannot create a temporary file in `{}`: {e}",
                dir.display()
            ))
            .with_source(e)
            .hint("TMPDIR must name a writable directory")
        })?;
    let _ = std::fs::remove_file(&path);
    Ok(f)
}

/// How often (in records) the progress bar is updated.
const TICK: u64 = 16 * 1024;

/// Validates the records and infers the column types: of the whole file, or of the first
/// `limit` records.
pub fn analyse(
    src: &Source,
    opts: CsvOptions,
    pb: &ProgressBar,
    limit: Option<u64>,
    cancel: &Cancel,
) -> Result<Analysis> {
    let mut input = src.csv(opts)?;
    let names = columns::column_names(&input.headers);
    let mut cands = vec![Candidates::default(); names.len()];
    let mut nulls = vec![0u64; names.len()];
    let check_replacement = input.encoding != UTF_8;
    let mut rows = 0u64;
    let mut complete = true;
    loop {
        if limit.is_some_and(|l| rows >= l) {
            complete = false;
            break;
        }
        let Some(rec) = input.next_record()? else {
            break;
        };
        for (i, v) in rec.iter().enumerate() {
            if v.is_empty() {
                nulls[i] += 1;
                continue;
            }
            // UTF-16 that cannot be decoded comes out as U+FFFD.
            if check_replacement && v.contains('\u{fffd}') {
                return Err(AppError::failure(format!(
                    "`{}` line {}, column `{}`: invalid {} byte sequence",
                    src.name,
                    input.line(),
                    names[i],
                    input.encoding_name()
                ))
                .hint("the file is not in this encoding: try --encoding; nothing was imported"));
            }
            cands[i].observe(v);
        }
        rows += 1;
        if rows.is_multiple_of(TICK) {
            cancel.check()?;
            pb.set_position(input.stats.bytes());
            pb.set_message(format!("{rows} rows"));
        }
    }
    pb.set_position(input.stats.bytes());
    Ok(Analysis {
        columns: names
            .into_iter()
            .zip(cands.iter().zip(nulls))
            .map(|(name, (c, nulls))| Column {
                name,
                ty: c.best(),
                nulls,
                seen: c.seen(),
            })
            .collect(),
        rows,
        bytes: input.stats.bytes(),
        sha256: input.stats.sha256_hex(),
        encoding: input.encoding_name(),
        delimiter: input.delimiter,
        complete,
    })
}

/// `CREATE TABLE` for the analysed columns (identifiers quoted, never interpolated raw).
pub fn create_table_sql(table: &str, a: &Analysis) -> String {
    crate::db::datasets::create_table_sql(
        table,
        a.columns.iter().map(|c| (c.name.as_str(), c.ty.sql())),
    )
}

fn copy_sql(table: &str, a: &Analysis) -> String {
    crate::db::datasets::copy_sql(table, a.columns.iter().map(|c| c.name.as_str()))
}

/// Size of the chunks sent to the server, and how many may wait in the channel.
const CHUNK_BYTES: usize = 256 * 1024;
const CHANNEL_CHUNKS: usize = 8;

/// What `load` did.
#[derive(Debug)]
pub enum Loaded {
    /// Every record was sent (the caller still has to commit).
    All {
        rows: u64,
        bytes: u64,
        sha256: String,
        /// Empty values per column.
        nulls: Vec<u64>,
    },
    /// A value does not fit the type inferred from a sample: the caller must roll back, infer
    /// over the whole file and load again.
    Misfit { line: u64, column: String },
}

/// Streams the file into `COPY ... FROM STDIN (FORMAT binary)` on `tx` (the table must exist).
/// With a complete analysis, also checks that the file still reads as it did then. The parser
/// thread checks `cancel` at every chunk: a signal ends the load with `Interrupted`.
pub async fn load(
    tx: &tokio_postgres::Transaction<'_>,
    src: Source,
    table: &str,
    a: &Analysis,
    pb: &ProgressBar,
    cancel: &Cancel,
) -> Result<(Source, Loaded)> {
    use futures_util::SinkExt;
    let sink = tx.copy_in::<_, Bytes>(&copy_sql(table, a)).await?;
    let mut sink = std::pin::pin!(sink);
    let (chunks_tx, mut chunks_rx) = tokio::sync::mpsc::channel::<Bytes>(CHANNEL_CHUNKS);
    let (bytes_read_tx, bytes_read) = tokio::sync::watch::channel((0u64, 0u64));
    let analysis = a.clone();
    let cancel = cancel.clone();
    let parser = std::thread::spawn(move || {
        let r = encode_all(&src, &analysis, &chunks_tx, &bytes_read_tx, &cancel);
        (src, r)
    });
    let mut send_err = None;
    while let Some(chunk) = chunks_rx.recv().await {
        if let Err(e) = sink.send(chunk).await {
            send_err = Some(e);
            break;
        }
        let (bytes, rows) = *bytes_read.borrow();
        pb.set_position(bytes);
        pb.set_message(format!("{rows} rows"));
    }
    // Dropping the receiver stops the parser if the server refused the data.
    drop(chunks_rx);
    let (src, parsed) = tokio::task::spawn_blocking(move || parser.join())
        .await
        .map_err(|e| AppError::internal("the parser thread could not be joined").with_source(e))?
        .map_err(|_| AppError::internal("the parser thread panicked"))?;
    if let Some(e) = send_err {
        return Err(e.into());
    }
    // A misfit leaves the COPY unfinished: dropping the sink aborts it.
    let loaded = parsed?;
    if let Loaded::All { rows, .. } = &loaded {
        let sent = sink.as_mut().finish().await?;
        if sent != *rows {
            return Err(AppError::failure(format!(
                "the server received {sent} rows, {rows} were sent"
            )));
        }
        pb.set_position(pb.length().unwrap_or(0));
    }
    Ok((src, loaded))
}

/// The parser thread: CSV records -> binary COPY rows, in chunks.
fn encode_all(
    src: &Source,
    a: &Analysis,
    out: &tokio::sync::mpsc::Sender<Bytes>,
    bytes_read: &tokio::sync::watch::Sender<(u64, u64)>,
    cancel: &Cancel,
) -> Result<Loaded> {
    let mut input = src.csv(a.csv_options())?;
    let changed = || {
        AppError::failure(format!(
            "`{}` changed while it was being imported",
            src.name
        ))
        .hint("import a file that nothing writes to; nothing was imported")
    };
    if input.headers.len() != a.columns.len() {
        return Err(changed());
    }
    // Columns without a type yet (empty in the sample) take no value.
    let typed: Vec<Option<ColType>> = a
        .columns
        .iter()
        .map(|c| (a.complete || c.seen).then_some(c.ty))
        .collect();
    let mut nulls = vec![0u64; typed.len()];
    let ncols = typed.len() as i16;
    let mut buf = BytesMut::with_capacity(CHUNK_BYTES + 64 * 1024);
    // Binary COPY header: signature, flags, header extension length.
    buf.put_slice(b"PGCOPY\n\xff\r\n\0");
    buf.put_i32(0);
    buf.put_i32(0);
    let mut rows = 0u64;
    let stopped = || AppError::failure("the database stopped reading the data");
    while let Some(rec) = input.next_record()? {
        buf.put_i16(ncols);
        for (i, (v, ty)) in rec.iter().zip(&typed).enumerate() {
            if v.is_empty() {
                buf.put_i32(-1);
                nulls[i] += 1;
                continue;
            }
            if !ty.is_some_and(|t| t.encode(v, &mut buf)) {
                if a.complete {
                    return Err(changed());
                }
                return Ok(Loaded::Misfit {
                    line: input.line(),
                    column: a.columns[i].name.clone(),
                });
            }
        }
        rows += 1;
        if buf.len() >= CHUNK_BYTES {
            // A signal stops the load here: the COPY is left unfinished (aborted when its
            // sink is dropped) and the caller's transaction rolls back with the staging table.
            cancel.check()?;
            let full =
                std::mem::replace(&mut buf, BytesMut::with_capacity(CHUNK_BYTES + 64 * 1024));
            out.blocking_send(full.freeze()).map_err(|_| stopped())?;
            let _ = bytes_read.send((input.stats.bytes(), rows));
        }
    }
    buf.put_i16(-1);
    out.blocking_send(buf.split().freeze())
        .map_err(|_| stopped())?;
    let sha256 = input.stats.sha256_hex();
    if a.complete && (rows != a.rows || sha256 != a.sha256) {
        return Err(changed());
    }
    Ok(Loaded::All {
        rows,
        bytes: input.stats.bytes(),
        sha256,
        nulls,
    })
}
