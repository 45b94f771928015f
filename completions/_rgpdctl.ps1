
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'rgpdctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'rgpdctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'rgpdctl' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Schema migrations of the platform database')
            [CompletionResult]::new('datasets', 'datasets', [CompletionResultType]::ParameterValue, 'Open-data datasets: CSV files into typed tables')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Platform accounts: import, inactivity, warnings, deletion')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Connection logs and audience data: import, purge')
            [CompletionResult]::new('surveys', 'surveys', [CompletionResultType]::ParameterValue, 'Satisfaction surveys: import, anonymise, consent withdrawal')
            [CompletionResult]::new('subject', 'subject', [CompletionResultType]::ParameterValue, 'One person''s rights: export (Art. 15/20), erase (17), restrict (18), rectify (16)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'The register of rights requests and their deadlines')
            [CompletionResult]::new('enforce', 'enforce', [CompletionResultType]::ParameterValue, 'The nightly pass: every due retention job, one summary')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Compliance status: what is past its limit, what is due next, overdue requests')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The journal of every run')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completion script on stdout, or all of them into a folder')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Man pages (one per command) into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;db' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (a no-op when up to date)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show applied and pending migrations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;db;migrate' {
            [CompletionResult]::new('--months-ahead', '--months-ahead', [CompletionResultType]::ParameterName, 'Months of log partitions to create ahead of the current one')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--simulated-clock', '--simulated-clock', [CompletionResultType]::ParameterName, 'Mark this database as a test/demo one: its runs may then write under --as-of, and its reports, exports and mails say « [SIMULATION] » (only on an empty database or one already marked; never on one holding real runs)')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;db;status' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;db;help' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (a no-op when up to date)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show applied and pending migrations')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;db;help;migrate' {
            break
        }
        'rgpdctl;db;help;status' {
            break
        }
        'rgpdctl;db;help;help' {
            break
        }
        'rgpdctl;datasets' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a CSV file as a dataset (a new typed table swapped in atomically)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List imported datasets')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a dataset and its table')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;datasets;import' {
            [CompletionResult]::new('--slug', '--slug', [CompletionResultType]::ParameterName, 'Dataset identifier (also its table name in schema `datasets`): lowercase letters, digits, `-` and `_`')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Human-readable title kept in the catalogue')
            [CompletionResult]::new('--producer', '--producer', [CompletionResultType]::ParameterName, 'Email of the producer''s account (must exist)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field delimiter: auto, `,`, `;`, `|` or tab')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Character encoding of the file')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for readers of the previous version when swapping it out')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the dataset if it exists (the previous version stays until the new one is loaded)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read the file, print the inferred schema and row count, write nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;datasets;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;datasets;drop' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be dropped, change nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;datasets;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a CSV file as a dataset (a new typed table swapped in atomically)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List imported datasets')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a dataset and its table')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;datasets;help;import' {
            break
        }
        'rgpdctl;datasets;help;list' {
            break
        }
        'rgpdctl;datasets;help;drop' {
            break
        }
        'rgpdctl;datasets;help;help' {
            break
        }
        'rgpdctl;accounts' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a platform accounts export (upsert by email)')
            [CompletionResult]::new('inactive', 'inactive', [CompletionResultType]::ParameterValue, 'Accounts past or near the inactivity limit, with their due dates')
            [CompletionResult]::new('warn', 'warn', [CompletionResultType]::ParameterValue, 'Send the pre-deletion warning mails, exactly once per inactivity period')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete accounts whose warned deadline has passed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;accounts;import' {
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field delimiter: auto, `,`, `;`, `|` or tab')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Character encoding of the file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the whole file and report what would change; write nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;accounts;inactive' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only accounts with this status (repeatable)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only accounts with this role')
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Also list accounts whose warning date comes within this duration (e.g. "30 days"), with status `active`')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;accounts;warn' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Send at most N warnings in this run (pending ones first)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'At most this many mails per second (`10`, `10/s`, `600/min`, `20000/h`); default: the config''s mail.rate, else no limit')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'SMTP connections used in parallel (default: the config''s mail.connections, else 4)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be sent; send nothing, write nothing')
            [CompletionResult]::new('--retry-failed', '--retry-failed', [CompletionResultType]::ParameterName, 'Also retry warnings that failed permanently (after the address was corrected)')
            [CompletionResult]::new('--accept-stale-activity', '--accept-stale-activity', [CompletionResultType]::ParameterName, 'Act although the activity data (the newest `accounts import` / `logs import`) is older than `[accounts] activity_max_age` (default 2 days); the journal records it')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;accounts;purge' {
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Accounts deleted per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be deleted; delete nothing')
            [CompletionResult]::new('--accept-stale-activity', '--accept-stale-activity', [CompletionResultType]::ParameterName, 'Act although the activity data (the newest `accounts import` / `logs import`) is older than `[accounts] activity_max_age` (default 2 days); the journal records it')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;accounts;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a platform accounts export (upsert by email)')
            [CompletionResult]::new('inactive', 'inactive', [CompletionResultType]::ParameterValue, 'Accounts past or near the inactivity limit, with their due dates')
            [CompletionResult]::new('warn', 'warn', [CompletionResultType]::ParameterValue, 'Send the pre-deletion warning mails, exactly once per inactivity period')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete accounts whose warned deadline has passed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;accounts;help;import' {
            break
        }
        'rgpdctl;accounts;help;inactive' {
            break
        }
        'rgpdctl;accounts;help;warn' {
            break
        }
        'rgpdctl;accounts;help;purge' {
            break
        }
        'rgpdctl;accounts;help;help' {
            break
        }
        'rgpdctl;logs' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a connection logs export')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete connection logs and audience data past their retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;logs;import' {
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field delimiter: auto, `,`, `;`, `|` or tab')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Character encoding of the file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the whole file and report what would change; write nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;logs;purge' {
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Purge one category only (default: both)')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Delete rows older than this instead of the configured retention (3 months for connection logs, 13 for audience data), e.g. "6 months", "90 days", "P1Y"')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows per DELETE batch in the boundary and default partitions; each batch is its own transaction, so an interrupted run keeps its finished batches')
            [CompletionResult]::new('--months-ahead', '--months-ahead', [CompletionResultType]::ParameterName, 'Months of partitions to create ahead of the current one')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be deleted (same figures); change nothing, not even the audit journal')
            [CompletionResult]::new('--exact-counts', '--exact-counts', [CompletionResultType]::ParameterName, 'Count the rows of each partition before dropping it, instead of taking PostgreSQL''s statistics (exact figures, but reads every dropped partition: slower than the drop)')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;logs;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a connection logs export')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete connection logs and audience data past their retention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;logs;help;import' {
            break
        }
        'rgpdctl;logs;help;purge' {
            break
        }
        'rgpdctl;logs;help;help' {
            break
        }
        'rgpdctl;surveys' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import survey responses (one column per question)')
            [CompletionResult]::new('anonymise', 'anonymise', [CompletionResultType]::ParameterValue, 'Anonymise responses older than the retention: email gone, answers kept')
            [CompletionResult]::new('anonymize', 'anonymize', [CompletionResultType]::ParameterValue, 'Anonymise responses older than the retention: email gone, answers kept')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Consent withdrawn: anonymise (or delete) that person''s responses now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Surveys with counts of identifiable, anonymised and due responses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;surveys;import' {
            [CompletionResult]::new('--survey', '--survey', [CompletionResultType]::ParameterName, 'The survey''s identifier (created if new)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field delimiter: auto, `,`, `;`, `|` or tab')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Character encoding of the file')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--keep-expired', '--keep-expired', [CompletionResultType]::ParameterName, 'Import responses already past the retention identifiable, due for `surveys anonymise` and its k-anonymity check (by default they are imported already anonymised)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the whole file and report what would change; write nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;surveys;anonymise' {
            [CompletionResult]::new('--survey', '--survey', [CompletionResultType]::ParameterName, 'Only this survey (its slug)')
            [CompletionResult]::new('--k', '--k', [CompletionResultType]::ParameterName, 'Refuse (exit 1, nothing changed) if a combination of the survey''s quasi-identifiers would be shared by fewer than N anonymised responses')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Responses per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be anonymised and the k-anonymity it would reach; change nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;surveys;anonymize' {
            [CompletionResult]::new('--survey', '--survey', [CompletionResultType]::ParameterName, 'Only this survey (its slug)')
            [CompletionResult]::new('--k', '--k', [CompletionResultType]::ParameterName, 'Refuse (exit 1, nothing changed) if a combination of the survey''s quasi-identifiers would be shared by fewer than N anonymised responses')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Responses per transaction')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be anonymised and the k-anonymity it would reach; change nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;surveys;withdraw' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The respondent''s email (matched case-insensitively); `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the respondent''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Delete the responses instead of anonymising them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show how many responses would be anonymised or deleted; change nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;surveys;list' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;surveys;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import survey responses (one column per question)')
            [CompletionResult]::new('anonymise', 'anonymise', [CompletionResultType]::ParameterValue, 'Anonymise responses older than the retention: email gone, answers kept')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Consent withdrawn: anonymise (or delete) that person''s responses now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Surveys with counts of identifiable, anonymised and due responses')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;surveys;help;import' {
            break
        }
        'rgpdctl;surveys;help;anonymise' {
            break
        }
        'rgpdctl;surveys;help;withdraw' {
            break
        }
        'rgpdctl;surveys;help;list' {
            break
        }
        'rgpdctl;surveys;help;help' {
            break
        }
        'rgpdctl;subject' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Everything about one person, as a zip archive (Art. 15 and 20)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase one person''s account and linked data (Art. 17)')
            [CompletionResult]::new('restrict', 'restrict', [CompletionResultType]::ParameterValue, 'Restrict processing of an account: destructive jobs skip it (Art. 18)')
            [CompletionResult]::new('unrestrict', 'unrestrict', [CompletionResultType]::ParameterValue, 'Lift a restriction')
            [CompletionResult]::new('rectify', 'rectify', [CompletionResultType]::ParameterValue, 'Correct identification fields (Art. 16)')
            [CompletionResult]::new('object', 'object', [CompletionResultType]::ParameterValue, 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing')
            [CompletionResult]::new('unobject', 'unobject', [CompletionResultType]::ParameterValue, 'Lift an objection (the person withdrew it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;subject;export' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account''s numeric id')
            [CompletionResult]::new('--pseudonym', '--pseudonym', [CompletionResultType]::ParameterName, 'The account''s pseudonym')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write: a `.zip` archive, a folder with --dir, or `-` for one JSON document on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write: a `.zip` archive, a folder with --dir, or `-` for one JSON document on stdout')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write the files into the folder OUT instead of a zip archive')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace OUT if it exists')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;subject;erase' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account''s numeric id')
            [CompletionResult]::new('--pseudonym', '--pseudonym', [CompletionResultType]::ParameterName, 'The account''s pseudonym')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be erased; change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Erase even if processing of the account is restricted (Art. 18)')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;subject;restrict' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account''s numeric id')
            [CompletionResult]::new('--pseudonym', '--pseudonym', [CompletionResultType]::ParameterName, 'The account''s pseudonym')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why processing is restricted (kept with the account; no personal data, please)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;subject;unrestrict' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account''s numeric id')
            [CompletionResult]::new('--pseudonym', '--pseudonym', [CompletionResultType]::ParameterName, 'The account''s pseudonym')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;subject;rectify' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account''s numeric id')
            [CompletionResult]::new('--pseudonym', '--pseudonym', [CompletionResultType]::ParameterName, 'The account''s pseudonym')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'A correction FIELD=VALUE, repeatable; fields: pseudonym, first_name, last_name, email (an empty value clears a name)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;subject;object' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account''s numeric id')
            [CompletionResult]::new('--pseudonym', '--pseudonym', [CompletionResultType]::ParameterName, 'The account''s pseudonym')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'What the person objects to: communications (newsletters, communications about datasets: their consent is withdrawn), statistics (audience measurement: their rows are deleted), or all')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change; change nothing')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;subject;unobject' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The person''s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the person''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The account''s numeric id')
            [CompletionResult]::new('--pseudonym', '--pseudonym', [CompletionResultType]::ParameterName, 'The account''s pseudonym')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;subject;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Everything about one person, as a zip archive (Art. 15 and 20)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase one person''s account and linked data (Art. 17)')
            [CompletionResult]::new('restrict', 'restrict', [CompletionResultType]::ParameterValue, 'Restrict processing of an account: destructive jobs skip it (Art. 18)')
            [CompletionResult]::new('unrestrict', 'unrestrict', [CompletionResultType]::ParameterValue, 'Lift a restriction')
            [CompletionResult]::new('rectify', 'rectify', [CompletionResultType]::ParameterValue, 'Correct identification fields (Art. 16)')
            [CompletionResult]::new('object', 'object', [CompletionResultType]::ParameterValue, 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing')
            [CompletionResult]::new('unobject', 'unobject', [CompletionResultType]::ParameterValue, 'Lift an objection (the person withdrew it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;subject;help;export' {
            break
        }
        'rgpdctl;subject;help;erase' {
            break
        }
        'rgpdctl;subject;help;restrict' {
            break
        }
        'rgpdctl;subject;help;unrestrict' {
            break
        }
        'rgpdctl;subject;help;rectify' {
            break
        }
        'rgpdctl;subject;help;object' {
            break
        }
        'rgpdctl;subject;help;unobject' {
            break
        }
        'rgpdctl;subject;help;help' {
            break
        }
        'rgpdctl;requests' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a rights request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests with their deadlines')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a request''s deadline by two months (Art. 12(3))')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request (fulfilled, or refused with a reason)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;requests;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The requester''s email (linked to their account when one has it); `-` reads it from stdin, which keeps it out of the shell history and `ps`')
            [CompletionResult]::new('--email-file', '--email-file', [CompletionResultType]::ParameterName, 'Read the requester''s email from FILE (one line), kept out of the shell history and `ps`')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The requester''s account id')
            [CompletionResult]::new('--right', '--right', [CompletionResultType]::ParameterName, 'The right exercised')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'When the request was received (date or time; default: now); the deadline runs from it')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (no more personal data than needed)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;requests;list' {
            [CompletionResult]::new('--right', '--right', [CompletionResultType]::ParameterName, 'Only requests for this right')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only requests still open')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only open requests past their (possibly extended) deadline')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;requests;extend' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why more time is needed (complexity, number of requests); tell the person')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;requests;close' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'The reason for a refusal, or a note on the answer given')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--refused', '--refused', [CompletionResultType]::ParameterName, 'The request is refused (Art. 12(4): the reason must be given)')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;requests;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a rights request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests with their deadlines')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a request''s deadline by two months (Art. 12(3))')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request (fulfilled, or refused with a reason)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;requests;help;add' {
            break
        }
        'rgpdctl;requests;help;list' {
            break
        }
        'rgpdctl;requests;help;extend' {
            break
        }
        'rgpdctl;requests;help;close' {
            break
        }
        'rgpdctl;requests;help;help' {
            break
        }
        'rgpdctl;enforce' {
            [CompletionResult]::new('--only', '--only', [CompletionResultType]::ParameterName, 'Run only these jobs (comma-separated)')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Skip these jobs (comma-separated)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what each job would do; change nothing, send nothing, write no audit row')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;report' {
            [CompletionResult]::new('--horizon', '--horizon', [CompletionResultType]::ParameterName, 'Days ahead for the "due next" column')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Exit 1 when anything is past its limit or a request is overdue (for monitoring)')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;audit' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the journal of runs')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Walk the hash chain and report the first broken link')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the journal''s head: the hash of its last row (an anchor to keep outside the database)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only runs at or after TIME')
            [CompletionResult]::new('--job', '--job', [CompletionResultType]::ParameterName, 'Only this job (command), e.g. `logs purge`')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;audit;verify' {
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'A head hash kept outside the database (`audit head`, a run''s summary, the head file): fail unless the chain reaches it (rows after it removed)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;audit;head' {
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the journal of runs')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Walk the hash chain and report the first broken link')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the journal''s head: the hash of its last row (an anchor to keep outside the database)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;audit;help;list' {
            break
        }
        'rgpdctl;audit;help;verify' {
            break
        }
        'rgpdctl;audit;help;head' {
            break
        }
        'rgpdctl;audit;help;help' {
            break
        }
        'rgpdctl;completions' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write the scripts of every shell into DIR instead')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Folder to write the pages into (one per command)')
            [CompletionResult]::new('--database-url', '--database-url', [CompletionResultType]::ParameterName, 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Configuration file (TOML): retention durations, mail, controller and DPO identity')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of the data on stdout')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who runs the command, for the audit journal [default: the OS user]')
            [CompletionResult]::new('--smtp-url', '--smtp-url', [CompletionResultType]::ParameterName, 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`')
            [CompletionResult]::new('--mail-from', '--mail-from', [CompletionResultType]::ParameterName, 'Sender address of the mails')
            [CompletionResult]::new('--outbox-dir', '--outbox-dir', [CompletionResultType]::ParameterName, 'Write mails as .eml files into DIR instead of sending them')
            [CompletionResult]::new('--allow-future', '--allow-future', [CompletionResultType]::ParameterName, 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors on stderr')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr (repeat for more)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive commands without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'rgpdctl;help' {
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Schema migrations of the platform database')
            [CompletionResult]::new('datasets', 'datasets', [CompletionResultType]::ParameterValue, 'Open-data datasets: CSV files into typed tables')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Platform accounts: import, inactivity, warnings, deletion')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Connection logs and audience data: import, purge')
            [CompletionResult]::new('surveys', 'surveys', [CompletionResultType]::ParameterValue, 'Satisfaction surveys: import, anonymise, consent withdrawal')
            [CompletionResult]::new('subject', 'subject', [CompletionResultType]::ParameterValue, 'One person''s rights: export (Art. 15/20), erase (17), restrict (18), rectify (16)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'The register of rights requests and their deadlines')
            [CompletionResult]::new('enforce', 'enforce', [CompletionResultType]::ParameterValue, 'The nightly pass: every due retention job, one summary')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Compliance status: what is past its limit, what is due next, overdue requests')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The journal of every run')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completion script on stdout, or all of them into a folder')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Man pages (one per command) into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'rgpdctl;help;db' {
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (a no-op when up to date)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show applied and pending migrations')
            break
        }
        'rgpdctl;help;db;migrate' {
            break
        }
        'rgpdctl;help;db;status' {
            break
        }
        'rgpdctl;help;datasets' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a CSV file as a dataset (a new typed table swapped in atomically)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List imported datasets')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a dataset and its table')
            break
        }
        'rgpdctl;help;datasets;import' {
            break
        }
        'rgpdctl;help;datasets;list' {
            break
        }
        'rgpdctl;help;datasets;drop' {
            break
        }
        'rgpdctl;help;accounts' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a platform accounts export (upsert by email)')
            [CompletionResult]::new('inactive', 'inactive', [CompletionResultType]::ParameterValue, 'Accounts past or near the inactivity limit, with their due dates')
            [CompletionResult]::new('warn', 'warn', [CompletionResultType]::ParameterValue, 'Send the pre-deletion warning mails, exactly once per inactivity period')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete accounts whose warned deadline has passed')
            break
        }
        'rgpdctl;help;accounts;import' {
            break
        }
        'rgpdctl;help;accounts;inactive' {
            break
        }
        'rgpdctl;help;accounts;warn' {
            break
        }
        'rgpdctl;help;accounts;purge' {
            break
        }
        'rgpdctl;help;logs' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a connection logs export')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Delete connection logs and audience data past their retention')
            break
        }
        'rgpdctl;help;logs;import' {
            break
        }
        'rgpdctl;help;logs;purge' {
            break
        }
        'rgpdctl;help;surveys' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import survey responses (one column per question)')
            [CompletionResult]::new('anonymise', 'anonymise', [CompletionResultType]::ParameterValue, 'Anonymise responses older than the retention: email gone, answers kept')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Consent withdrawn: anonymise (or delete) that person''s responses now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Surveys with counts of identifiable, anonymised and due responses')
            break
        }
        'rgpdctl;help;surveys;import' {
            break
        }
        'rgpdctl;help;surveys;anonymise' {
            break
        }
        'rgpdctl;help;surveys;withdraw' {
            break
        }
        'rgpdctl;help;surveys;list' {
            break
        }
        'rgpdctl;help;subject' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Everything about one person, as a zip archive (Art. 15 and 20)')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase one person''s account and linked data (Art. 17)')
            [CompletionResult]::new('restrict', 'restrict', [CompletionResultType]::ParameterValue, 'Restrict processing of an account: destructive jobs skip it (Art. 18)')
            [CompletionResult]::new('unrestrict', 'unrestrict', [CompletionResultType]::ParameterValue, 'Lift a restriction')
            [CompletionResult]::new('rectify', 'rectify', [CompletionResultType]::ParameterValue, 'Correct identification fields (Art. 16)')
            [CompletionResult]::new('object', 'object', [CompletionResultType]::ParameterValue, 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing')
            [CompletionResult]::new('unobject', 'unobject', [CompletionResultType]::ParameterValue, 'Lift an objection (the person withdrew it)')
            break
        }
        'rgpdctl;help;subject;export' {
            break
        }
        'rgpdctl;help;subject;erase' {
            break
        }
        'rgpdctl;help;subject;restrict' {
            break
        }
        'rgpdctl;help;subject;unrestrict' {
            break
        }
        'rgpdctl;help;subject;rectify' {
            break
        }
        'rgpdctl;help;subject;object' {
            break
        }
        'rgpdctl;help;subject;unobject' {
            break
        }
        'rgpdctl;help;requests' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a rights request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List requests with their deadlines')
            [CompletionResult]::new('extend', 'extend', [CompletionResultType]::ParameterValue, 'Extend a request''s deadline by two months (Art. 12(3))')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a request (fulfilled, or refused with a reason)')
            break
        }
        'rgpdctl;help;requests;add' {
            break
        }
        'rgpdctl;help;requests;list' {
            break
        }
        'rgpdctl;help;requests;extend' {
            break
        }
        'rgpdctl;help;requests;close' {
            break
        }
        'rgpdctl;help;enforce' {
            break
        }
        'rgpdctl;help;report' {
            break
        }
        'rgpdctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the journal of runs')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Walk the hash chain and report the first broken link')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the journal''s head: the hash of its last row (an anchor to keep outside the database)')
            break
        }
        'rgpdctl;help;audit;list' {
            break
        }
        'rgpdctl;help;audit;verify' {
            break
        }
        'rgpdctl;help;audit;head' {
            break
        }
        'rgpdctl;help;completions' {
            break
        }
        'rgpdctl;help;man' {
            break
        }
        'rgpdctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
