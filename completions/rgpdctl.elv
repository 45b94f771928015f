
use builtin;
use str;

set edit:completion:arg-completer[rgpdctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'rgpdctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'rgpdctl'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand db 'Schema migrations of the platform database'
            cand datasets 'Open-data datasets: CSV files into typed tables'
            cand accounts 'Platform accounts: import, inactivity, warnings, deletion'
            cand logs 'Connection logs and audience data: import, purge'
            cand surveys 'Satisfaction surveys: import, anonymise, consent withdrawal'
            cand subject 'One person''s rights: export (Art. 15/20), erase (17), restrict (18), rectify (16)'
            cand requests 'The register of rights requests and their deadlines'
            cand enforce 'The nightly pass: every due retention job, one summary'
            cand report 'Compliance status: what is past its limit, what is due next, overdue requests'
            cand audit 'The journal of every run'
            cand completions 'Shell completion script on stdout, or all of them into a folder'
            cand man 'Man pages (one per command) into a folder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;db'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Apply pending schema migrations (a no-op when up to date)'
            cand status 'Show applied and pending migrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;db;migrate'= {
            cand --months-ahead 'Months of log partitions to create ahead of the current one'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --simulated-clock 'Mark this database as a test/demo one: its runs may then write under --as-of, and its reports, exports and mails say « [SIMULATION] » (only on an empty database or one already marked; never on one holding real runs)'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;db;status'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;db;help'= {
            cand migrate 'Apply pending schema migrations (a no-op when up to date)'
            cand status 'Show applied and pending migrations'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;db;help;migrate'= {
        }
        &'rgpdctl;db;help;status'= {
        }
        &'rgpdctl;db;help;help'= {
        }
        &'rgpdctl;datasets'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Import a CSV file as a dataset (a new typed table swapped in atomically)'
            cand list 'List imported datasets'
            cand drop 'Drop a dataset and its table'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;datasets;import'= {
            cand --slug 'Dataset identifier (also its table name in schema `datasets`): lowercase letters, digits, `-` and `_`'
            cand --title 'Human-readable title kept in the catalogue'
            cand --producer 'Email of the producer''s account (must exist)'
            cand --delimiter 'Field delimiter: auto, `,`, `;`, `|` or tab'
            cand --encoding 'Character encoding of the file'
            cand --lock-timeout 'Seconds to wait for readers of the previous version when swapping it out'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --replace 'Replace the dataset if it exists (the previous version stays until the new one is loaded)'
            cand --dry-run 'Read the file, print the inferred schema and row count, write nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;datasets;list'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;datasets;drop'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what would be dropped, change nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;datasets;help'= {
            cand import 'Import a CSV file as a dataset (a new typed table swapped in atomically)'
            cand list 'List imported datasets'
            cand drop 'Drop a dataset and its table'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;datasets;help;import'= {
        }
        &'rgpdctl;datasets;help;list'= {
        }
        &'rgpdctl;datasets;help;drop'= {
        }
        &'rgpdctl;datasets;help;help'= {
        }
        &'rgpdctl;accounts'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Import a platform accounts export (upsert by email)'
            cand inactive 'Accounts past or near the inactivity limit, with their due dates'
            cand warn 'Send the pre-deletion warning mails, exactly once per inactivity period'
            cand purge 'Delete accounts whose warned deadline has passed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;accounts;import'= {
            cand --delimiter 'Field delimiter: auto, `,`, `;`, `|` or tab'
            cand --encoding 'Character encoding of the file'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Check the whole file and report what would change; write nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;accounts;inactive'= {
            cand --status 'Only accounts with this status (repeatable)'
            cand --role 'Only accounts with this role'
            cand --within 'Also list accounts whose warning date comes within this duration (e.g. "30 days"), with status `active`'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;accounts;warn'= {
            cand --limit 'Send at most N warnings in this run (pending ones first)'
            cand --rate 'At most this many mails per second (`10`, `10/s`, `600/min`, `20000/h`); default: the config''s mail.rate, else no limit'
            cand --connections 'SMTP connections used in parallel (default: the config''s mail.connections, else 4)'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what would be sent; send nothing, write nothing'
            cand --retry-failed 'Also retry warnings that failed permanently (after the address was corrected)'
            cand --accept-stale-activity 'Act although the activity data (the newest `accounts import` / `logs import`) is older than `[accounts] activity_max_age` (default 2 days); the journal records it'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;accounts;purge'= {
            cand --batch-size 'Accounts deleted per transaction'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what would be deleted; delete nothing'
            cand --accept-stale-activity 'Act although the activity data (the newest `accounts import` / `logs import`) is older than `[accounts] activity_max_age` (default 2 days); the journal records it'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;accounts;help'= {
            cand import 'Import a platform accounts export (upsert by email)'
            cand inactive 'Accounts past or near the inactivity limit, with their due dates'
            cand warn 'Send the pre-deletion warning mails, exactly once per inactivity period'
            cand purge 'Delete accounts whose warned deadline has passed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;accounts;help;import'= {
        }
        &'rgpdctl;accounts;help;inactive'= {
        }
        &'rgpdctl;accounts;help;warn'= {
        }
        &'rgpdctl;accounts;help;purge'= {
        }
        &'rgpdctl;accounts;help;help'= {
        }
        &'rgpdctl;logs'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Import a connection logs export'
            cand purge 'Delete connection logs and audience data past their retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;logs;import'= {
            cand --delimiter 'Field delimiter: auto, `,`, `;`, `|` or tab'
            cand --encoding 'Character encoding of the file'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Check the whole file and report what would change; write nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;logs;purge'= {
            cand --only 'Purge one category only (default: both)'
            cand --older-than 'Delete rows older than this instead of the configured retention (3 months for connection logs, 13 for audience data), e.g. "6 months", "90 days", "P1Y"'
            cand --batch-size 'Rows per DELETE batch in the boundary and default partitions; each batch is its own transaction, so an interrupted run keeps its finished batches'
            cand --months-ahead 'Months of partitions to create ahead of the current one'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what would be deleted (same figures); change nothing, not even the audit journal'
            cand --exact-counts 'Count the rows of each partition before dropping it, instead of taking PostgreSQL''s statistics (exact figures, but reads every dropped partition: slower than the drop)'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;logs;help'= {
            cand import 'Import a connection logs export'
            cand purge 'Delete connection logs and audience data past their retention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;logs;help;import'= {
        }
        &'rgpdctl;logs;help;purge'= {
        }
        &'rgpdctl;logs;help;help'= {
        }
        &'rgpdctl;surveys'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand import 'Import survey responses (one column per question)'
            cand anonymise 'Anonymise responses older than the retention: email gone, answers kept'
            cand anonymize 'Anonymise responses older than the retention: email gone, answers kept'
            cand withdraw 'Consent withdrawn: anonymise (or delete) that person''s responses now'
            cand list 'Surveys with counts of identifiable, anonymised and due responses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;surveys;import'= {
            cand --survey 'The survey''s identifier (created if new)'
            cand --delimiter 'Field delimiter: auto, `,`, `;`, `|` or tab'
            cand --encoding 'Character encoding of the file'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --keep-expired 'Import responses already past the retention identifiable, due for `surveys anonymise` and its k-anonymity check (by default they are imported already anonymised)'
            cand --dry-run 'Check the whole file and report what would change; write nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;surveys;anonymise'= {
            cand --survey 'Only this survey (its slug)'
            cand --k 'Refuse (exit 1, nothing changed) if a combination of the survey''s quasi-identifiers would be shared by fewer than N anonymised responses'
            cand --batch-size 'Responses per transaction'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what would be anonymised and the k-anonymity it would reach; change nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;surveys;anonymize'= {
            cand --survey 'Only this survey (its slug)'
            cand --k 'Refuse (exit 1, nothing changed) if a combination of the survey''s quasi-identifiers would be shared by fewer than N anonymised responses'
            cand --batch-size 'Responses per transaction'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what would be anonymised and the k-anonymity it would reach; change nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;surveys;withdraw'= {
            cand --email 'The respondent''s email (matched case-insensitively); `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the respondent''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --delete 'Delete the responses instead of anonymising them'
            cand --dry-run 'Show how many responses would be anonymised or deleted; change nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;surveys;list'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;surveys;help'= {
            cand import 'Import survey responses (one column per question)'
            cand anonymise 'Anonymise responses older than the retention: email gone, answers kept'
            cand withdraw 'Consent withdrawn: anonymise (or delete) that person''s responses now'
            cand list 'Surveys with counts of identifiable, anonymised and due responses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;surveys;help;import'= {
        }
        &'rgpdctl;surveys;help;anonymise'= {
        }
        &'rgpdctl;surveys;help;withdraw'= {
        }
        &'rgpdctl;surveys;help;list'= {
        }
        &'rgpdctl;surveys;help;help'= {
        }
        &'rgpdctl;subject'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Everything about one person, as a zip archive (Art. 15 and 20)'
            cand erase 'Erase one person''s account and linked data (Art. 17)'
            cand restrict 'Restrict processing of an account: destructive jobs skip it (Art. 18)'
            cand unrestrict 'Lift a restriction'
            cand rectify 'Correct identification fields (Art. 16)'
            cand object 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing'
            cand unobject 'Lift an objection (the person withdrew it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;subject;export'= {
            cand --email 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --account 'The account''s numeric id'
            cand --pseudonym 'The account''s pseudonym'
            cand -o 'Where to write: a `.zip` archive, a folder with --dir, or `-` for one JSON document on stdout'
            cand --output 'Where to write: a `.zip` archive, a folder with --dir, or `-` for one JSON document on stdout'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dir 'Write the files into the folder OUT instead of a zip archive'
            cand --force 'Replace OUT if it exists'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;subject;erase'= {
            cand --email 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --account 'The account''s numeric id'
            cand --pseudonym 'The account''s pseudonym'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what would be erased; change nothing'
            cand --force 'Erase even if processing of the account is restricted (Art. 18)'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;subject;restrict'= {
            cand --email 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --account 'The account''s numeric id'
            cand --pseudonym 'The account''s pseudonym'
            cand --reason 'Why processing is restricted (kept with the account; no personal data, please)'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;subject;unrestrict'= {
            cand --email 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --account 'The account''s numeric id'
            cand --pseudonym 'The account''s pseudonym'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;subject;rectify'= {
            cand --email 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --account 'The account''s numeric id'
            cand --pseudonym 'The account''s pseudonym'
            cand --set 'A correction FIELD=VALUE, repeatable; fields: pseudonym, first_name, last_name, email (an empty value clears a name)'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;subject;object'= {
            cand --email 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --account 'The account''s numeric id'
            cand --pseudonym 'The account''s pseudonym'
            cand --scope 'What the person objects to: communications (newsletters, communications about datasets: their consent is withdrawn), statistics (audience measurement: their rows are deleted), or all'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what would change; change nothing'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;subject;unobject'= {
            cand --email 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --account 'The account''s numeric id'
            cand --pseudonym 'The account''s pseudonym'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;subject;help'= {
            cand export 'Everything about one person, as a zip archive (Art. 15 and 20)'
            cand erase 'Erase one person''s account and linked data (Art. 17)'
            cand restrict 'Restrict processing of an account: destructive jobs skip it (Art. 18)'
            cand unrestrict 'Lift a restriction'
            cand rectify 'Correct identification fields (Art. 16)'
            cand object 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing'
            cand unobject 'Lift an objection (the person withdrew it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;subject;help;export'= {
        }
        &'rgpdctl;subject;help;erase'= {
        }
        &'rgpdctl;subject;help;restrict'= {
        }
        &'rgpdctl;subject;help;unrestrict'= {
        }
        &'rgpdctl;subject;help;rectify'= {
        }
        &'rgpdctl;subject;help;object'= {
        }
        &'rgpdctl;subject;help;unobject'= {
        }
        &'rgpdctl;subject;help;help'= {
        }
        &'rgpdctl;requests'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a rights request'
            cand list 'List requests with their deadlines'
            cand extend 'Extend a request''s deadline by two months (Art. 12(3))'
            cand close 'Close a request (fulfilled, or refused with a reason)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;requests;add'= {
            cand --email 'The requester''s email (linked to their account when one has it); `-` reads it from stdin, which keeps it out of the shell history and `ps`'
            cand --email-file 'Read the requester''s email from FILE (one line), kept out of the shell history and `ps`'
            cand --account 'The requester''s account id'
            cand --right 'The right exercised'
            cand --received 'When the request was received (date or time; default: now); the deadline runs from it'
            cand --note 'A note (no more personal data than needed)'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;requests;list'= {
            cand --right 'Only requests for this right'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --open 'Only requests still open'
            cand --overdue 'Only open requests past their (possibly extended) deadline'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;requests;extend'= {
            cand --reason 'Why more time is needed (complexity, number of requests); tell the person'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;requests;close'= {
            cand --reason 'The reason for a refusal, or a note on the answer given'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --refused 'The request is refused (Art. 12(4): the reason must be given)'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;requests;help'= {
            cand add 'Register a rights request'
            cand list 'List requests with their deadlines'
            cand extend 'Extend a request''s deadline by two months (Art. 12(3))'
            cand close 'Close a request (fulfilled, or refused with a reason)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;requests;help;add'= {
        }
        &'rgpdctl;requests;help;list'= {
        }
        &'rgpdctl;requests;help;extend'= {
        }
        &'rgpdctl;requests;help;close'= {
        }
        &'rgpdctl;requests;help;help'= {
        }
        &'rgpdctl;enforce'= {
            cand --only 'Run only these jobs (comma-separated)'
            cand --skip 'Skip these jobs (comma-separated)'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --dry-run 'Show what each job would do; change nothing, send nothing, write no audit row'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;report'= {
            cand --horizon 'Days ahead for the "due next" column'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --check 'Exit 1 when anything is past its limit or a request is overdue (for monitoring)'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;audit'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the journal of runs'
            cand verify 'Walk the hash chain and report the first broken link'
            cand head 'Print the journal''s head: the hash of its last row (an anchor to keep outside the database)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;audit;list'= {
            cand --since 'Only runs at or after TIME'
            cand --job 'Only this job (command), e.g. `logs purge`'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;audit;verify'= {
            cand --expect 'A head hash kept outside the database (`audit head`, a run''s summary, the head file): fail unless the chain reaches it (rows after it removed)'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;audit;head'= {
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;audit;help'= {
            cand list 'List the journal of runs'
            cand verify 'Walk the hash chain and report the first broken link'
            cand head 'Print the journal''s head: the hash of its last row (an anchor to keep outside the database)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;audit;help;list'= {
        }
        &'rgpdctl;audit;help;verify'= {
        }
        &'rgpdctl;audit;help;head'= {
        }
        &'rgpdctl;audit;help;help'= {
        }
        &'rgpdctl;completions'= {
            cand --dir 'Write the scripts of every shell into DIR instead'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;man'= {
            cand --dir 'Folder to write the pages into (one per command)'
            cand --database-url 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]'
            cand --config 'Configuration file (TOML): retention durations, mail, controller and DPO identity'
            cand --format 'Output format of the data on stdout'
            cand --as-of 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)'
            cand --actor 'Who runs the command, for the audit journal [default: the OS user]'
            cand --smtp-url 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`'
            cand --mail-from 'Sender address of the mails'
            cand --outbox-dir 'Write mails as .eml files into DIR instead of sending them'
            cand --allow-future 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
            cand -q 'Print only errors on stderr'
            cand --quiet 'Print only errors on stderr'
            cand -v 'More detail on stderr (repeat for more)'
            cand --verbose 'More detail on stderr (repeat for more)'
            cand -y 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive commands without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'rgpdctl;help'= {
            cand db 'Schema migrations of the platform database'
            cand datasets 'Open-data datasets: CSV files into typed tables'
            cand accounts 'Platform accounts: import, inactivity, warnings, deletion'
            cand logs 'Connection logs and audience data: import, purge'
            cand surveys 'Satisfaction surveys: import, anonymise, consent withdrawal'
            cand subject 'One person''s rights: export (Art. 15/20), erase (17), restrict (18), rectify (16)'
            cand requests 'The register of rights requests and their deadlines'
            cand enforce 'The nightly pass: every due retention job, one summary'
            cand report 'Compliance status: what is past its limit, what is due next, overdue requests'
            cand audit 'The journal of every run'
            cand completions 'Shell completion script on stdout, or all of them into a folder'
            cand man 'Man pages (one per command) into a folder'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'rgpdctl;help;db'= {
            cand migrate 'Apply pending schema migrations (a no-op when up to date)'
            cand status 'Show applied and pending migrations'
        }
        &'rgpdctl;help;db;migrate'= {
        }
        &'rgpdctl;help;db;status'= {
        }
        &'rgpdctl;help;datasets'= {
            cand import 'Import a CSV file as a dataset (a new typed table swapped in atomically)'
            cand list 'List imported datasets'
            cand drop 'Drop a dataset and its table'
        }
        &'rgpdctl;help;datasets;import'= {
        }
        &'rgpdctl;help;datasets;list'= {
        }
        &'rgpdctl;help;datasets;drop'= {
        }
        &'rgpdctl;help;accounts'= {
            cand import 'Import a platform accounts export (upsert by email)'
            cand inactive 'Accounts past or near the inactivity limit, with their due dates'
            cand warn 'Send the pre-deletion warning mails, exactly once per inactivity period'
            cand purge 'Delete accounts whose warned deadline has passed'
        }
        &'rgpdctl;help;accounts;import'= {
        }
        &'rgpdctl;help;accounts;inactive'= {
        }
        &'rgpdctl;help;accounts;warn'= {
        }
        &'rgpdctl;help;accounts;purge'= {
        }
        &'rgpdctl;help;logs'= {
            cand import 'Import a connection logs export'
            cand purge 'Delete connection logs and audience data past their retention'
        }
        &'rgpdctl;help;logs;import'= {
        }
        &'rgpdctl;help;logs;purge'= {
        }
        &'rgpdctl;help;surveys'= {
            cand import 'Import survey responses (one column per question)'
            cand anonymise 'Anonymise responses older than the retention: email gone, answers kept'
            cand withdraw 'Consent withdrawn: anonymise (or delete) that person''s responses now'
            cand list 'Surveys with counts of identifiable, anonymised and due responses'
        }
        &'rgpdctl;help;surveys;import'= {
        }
        &'rgpdctl;help;surveys;anonymise'= {
        }
        &'rgpdctl;help;surveys;withdraw'= {
        }
        &'rgpdctl;help;surveys;list'= {
        }
        &'rgpdctl;help;subject'= {
            cand export 'Everything about one person, as a zip archive (Art. 15 and 20)'
            cand erase 'Erase one person''s account and linked data (Art. 17)'
            cand restrict 'Restrict processing of an account: destructive jobs skip it (Art. 18)'
            cand unrestrict 'Lift a restriction'
            cand rectify 'Correct identification fields (Art. 16)'
            cand object 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing'
            cand unobject 'Lift an objection (the person withdrew it)'
        }
        &'rgpdctl;help;subject;export'= {
        }
        &'rgpdctl;help;subject;erase'= {
        }
        &'rgpdctl;help;subject;restrict'= {
        }
        &'rgpdctl;help;subject;unrestrict'= {
        }
        &'rgpdctl;help;subject;rectify'= {
        }
        &'rgpdctl;help;subject;object'= {
        }
        &'rgpdctl;help;subject;unobject'= {
        }
        &'rgpdctl;help;requests'= {
            cand add 'Register a rights request'
            cand list 'List requests with their deadlines'
            cand extend 'Extend a request''s deadline by two months (Art. 12(3))'
            cand close 'Close a request (fulfilled, or refused with a reason)'
        }
        &'rgpdctl;help;requests;add'= {
        }
        &'rgpdctl;help;requests;list'= {
        }
        &'rgpdctl;help;requests;extend'= {
        }
        &'rgpdctl;help;requests;close'= {
        }
        &'rgpdctl;help;enforce'= {
        }
        &'rgpdctl;help;report'= {
        }
        &'rgpdctl;help;audit'= {
            cand list 'List the journal of runs'
            cand verify 'Walk the hash chain and report the first broken link'
            cand head 'Print the journal''s head: the hash of its last row (an anchor to keep outside the database)'
        }
        &'rgpdctl;help;audit;list'= {
        }
        &'rgpdctl;help;audit;verify'= {
        }
        &'rgpdctl;help;audit;head'= {
        }
        &'rgpdctl;help;completions'= {
        }
        &'rgpdctl;help;man'= {
        }
        &'rgpdctl;help;help'= {
        }
    ]
    $completions[$command]
}
