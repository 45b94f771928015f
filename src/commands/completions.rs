//! `completions` and `man`: generated from the clap definition, committed under completions/ and man/.

use crate::cli::Cli;
use crate::error::{AppError, Result};
use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell;
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

pub fn completions(args: &CompletionsArgs) -> Result<()> {
    let mut cmd = Cli::command();
    if let Some(dir) = &args.dir {
        write_completions(dir)?;
        eprintln!("completions written to {}", dir.display());
        return Ok(());
    }
    let shell = args.shell.expect("clap requires shell or --dir");
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut cmd, "rgpdctl", &mut out);
    Ok(())
}

pub fn write_completions(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    for shell in Shell::value_variants() {
        let mut cmd = Cli::command();
        clap_complete::generate_to(*shell, &mut cmd, "rgpdctl", dir).map_err(|e| {
            AppError::failure(format!(
                "cannot write completions into `{}`: {e}",
                dir.display()
            ))
        })?;
    }
    Ok(())
}

pub fn man(args: &ManArgs) -> Result<()> {
    write_man(&args.dir)?;
    eprintln!("man pages written to {}", args.dir.display());
    Ok(())
}

pub fn write_man(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut cmd = Cli::command();
    cmd.build();
    render(&cmd, "rgpdctl", dir)
}

fn render(cmd: &clap::Command, name: &str, dir: &Path) -> Result<()> {
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
