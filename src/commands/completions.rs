//! `completions` and `man`: generated from the clap definition, committed under completions/ and man/.
//!
//! The generators write into memory first and the bytes go out with error handling: clap's
//! writers unwrap, so `rgpdctl completions bash > /dev/full` would panic instead of saying
//! « No space left on device ».

use crate::error::{AppError, Result};
use clap::{Args, ValueEnum};
use clap_complete::Shell;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the completion script for
    #[arg(required_unless_present = "dir")]
    pub shell: Option<Shell>,
    /// Write the scripts of every shell into DIR instead
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Folder to write the pages into (one per command)
    #[arg(long, default_value = "man", value_name = "DIR")]
    pub dir: PathBuf,
}

/// `completions` for the command line `cmd` (the caller's clap definition).
pub fn completions_of(mut cmd: clap::Command, args: &CompletionsArgs) -> Result<()> {
    if let Some(dir) = &args.dir {
        write_completions_of(&cmd, dir)?;
        eprintln!("completions written to {}", dir.display());
        return Ok(());
    }
    let shell = args.shell.ok_or_else(|| {
        AppError::internal("clap let `completions` through with no shell and no --dir")
    })?;
    let script = script(shell, &mut cmd);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)
        .and_then(|()| out.flush())
        .map_err(|e| AppError::from(e).context("cannot write the completion script"))
}

/// The completion script of `shell`, in memory.
fn script(shell: Shell, cmd: &mut clap::Command) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, cmd, "rgpdctl", &mut buf);
    buf
}

/// Every shell's script into `dir`, one file each (the names `clap_complete::generate_to` uses).
pub fn write_completions_of(cmd: &clap::Command, dir: &Path) -> Result<()> {
    let cannot = |e: std::io::Error| {
        AppError::from(e).context(format!("cannot write completions into `{}`", dir.display()))
    };
    std::fs::create_dir_all(dir).map_err(cannot)?;
    for shell in Shell::value_variants() {
        let mut cmd = cmd.clone();
        let file = clap_complete::Generator::file_name(shell, "rgpdctl");
        std::fs::write(dir.join(file), script(*shell, &mut cmd)).map_err(cannot)?;
    }
    Ok(())
}

/// `man` for the command line `cmd` (the caller's clap definition).
pub fn man_of(cmd: clap::Command, args: &ManArgs) -> Result<()> {
    write_man_of(cmd, &args.dir)?;
    eprintln!("man pages written to {}", args.dir.display());
    Ok(())
}

/// One page per command of `cmd` into `dir`.
pub fn write_man_of(mut cmd: clap::Command, dir: &Path) -> Result<()> {
    let cannot = |e: std::io::Error| {
        AppError::from(e).context(format!("cannot write man pages into `{}`", dir.display()))
    };
    std::fs::create_dir_all(dir).map_err(cannot)?;
    cmd.build();
    render(&cmd, "rgpdctl", dir).map_err(cannot)
}

fn render(cmd: &clap::Command, name: &str, dir: &Path) -> std::io::Result<()> {
    let page = cmd.clone().name(name.to_string());
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).render(&mut buf)?;
    std::fs::write(dir.join(format!("{name}.1")), buf)?;
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        render(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
