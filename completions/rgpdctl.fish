# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_rgpdctl_global_optspecs
    string join \n database-url= config= format= as-of= allow-future actor= q/quiet v/verbose y/yes smtp-url= mail-from= outbox-dir= h/help V/version
end

function __fish_rgpdctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_rgpdctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_rgpdctl_using_subcommand
    set -l cmd (__fish_rgpdctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "db" -d 'Schema migrations of the platform database'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "datasets" -d 'Open-data datasets: CSV files into typed tables'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "accounts" -d 'Platform accounts: import, inactivity, warnings, deletion'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "logs" -d 'Connection logs and audience data: import, purge'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "surveys" -d 'Satisfaction surveys: import, anonymise, consent withdrawal'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "subject" -d 'One person\'s rights: export (Art. 15/20), erase (17), restrict (18), rectify (16)'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "requests" -d 'The register of rights requests and their deadlines'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "enforce" -d 'The nightly pass: every due retention job, one summary'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "report" -d 'Compliance status: what is past its limit, what is due next, overdue requests'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "audit" -d 'The journal of every run'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "completions" -d 'Shell completion script on stdout, or all of them into a folder'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "man" -d 'Man pages (one per command) into a folder'
complete -c rgpdctl -n "__fish_rgpdctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "migrate" -d 'Apply pending schema migrations (a no-op when up to date)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "status" -d 'Show applied and pending migrations'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and not __fish_seen_subcommand_from migrate status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l months-ahead -d 'Months of log partitions to create ahead of the current one' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l simulated-clock -d 'Mark this database as a test/demo one: its runs may then write under --as-of, and its reports, exports and mails say « [SIMULATION] » (only on an empty database or one already marked; never on one holding real runs)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending schema migrations (a no-op when up to date)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show applied and pending migrations'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -f -a "import" -d 'Import a CSV file as a dataset (a new typed table swapped in atomically)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -f -a "list" -d 'List imported datasets'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -f -a "drop" -d 'Drop a dataset and its table'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and not __fish_seen_subcommand_from import list drop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l slug -d 'Dataset identifier (also its table name in schema `datasets`): lowercase letters, digits, `-` and `_`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l title -d 'Human-readable title kept in the catalogue' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l producer -d 'Email of the producer\'s account (must exist)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l delimiter -d 'Field delimiter: auto, `,`, `;`, `|` or tab' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l encoding -d 'Character encoding of the file' -r -f -a "auto\t''
utf-8\t''
windows-1252\t''
utf-16\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l lock-timeout -d 'Seconds to wait for readers of the previous version when swapping it out' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l replace -d 'Replace the dataset if it exists (the previous version stays until the new one is loaded)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l dry-run -d 'Read the file, print the inferred schema and row count, write nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l dry-run -d 'Show what would be dropped, change nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a CSV file as a dataset (a new typed table swapped in atomically)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from help" -f -a "list" -d 'List imported datasets'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Drop a dataset and its table'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand datasets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -f -a "import" -d 'Import a platform accounts export (upsert by email)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -f -a "inactive" -d 'Accounts past or near the inactivity limit, with their due dates'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -f -a "warn" -d 'Send the pre-deletion warning mails, exactly once per inactivity period'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -f -a "purge" -d 'Delete accounts whose warned deadline has passed'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and not __fish_seen_subcommand_from import inactive warn purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l delimiter -d 'Field delimiter: auto, `,`, `;`, `|` or tab' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l encoding -d 'Character encoding of the file' -r -f -a "auto\t''
utf-8\t''
windows-1252\t''
utf-16\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the whole file and report what would change; write nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l status -d 'Only accounts with this status (repeatable)' -r -f -a "active\t'Before its warning date'
warning-due\t'Warning date reached, no warning delivered yet for this inactivity period'
warned\t'Warned; the announced deletion date (or the lead time since the warning) is not reached'
deletion-due\t'Warned at least the lead time ago, deletion date passed (or the warning bounced at least the bounce lead ago): `accounts purge` deletes it'
restricted\t'Restricted (Art. 18): skipped by every destructive job'
failed\t'The warning bounced (SMTP 5xx): deletable once the bounce lead has passed since the failed attempt (then `deletion due`), unless the address is corrected (then `warning due`)'
written\t'The warning was written to the outbox folder for review, not delivered: never deleted on its strength (a real send delivers it)'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l role -d 'Only accounts with this role' -r -f -a "user\t''
producer\t''
admin\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l within -d 'Also list accounts whose warning date comes within this duration (e.g. "30 days"), with status `active`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from inactive" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l limit -d 'Send at most N warnings in this run (pending ones first)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l rate -d 'At most this many mails per second (`10`, `10/s`, `600/min`, `20000/h`); default: the config\'s mail.rate, else no limit' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l connections -d 'SMTP connections used in parallel (default: the config\'s mail.connections, else 4)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l dry-run -d 'Show what would be sent; send nothing, write nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l retry-failed -d 'Also retry warnings that failed permanently (after the address was corrected)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l accept-stale-activity -d 'Act although the activity data (the newest `accounts import` / `logs import`) is older than `[accounts] activity_max_age` (default 2 days); the journal records it'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from warn" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l batch-size -d 'Accounts deleted per transaction' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l dry-run -d 'Show what would be deleted; delete nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l accept-stale-activity -d 'Act although the activity data (the newest `accounts import` / `logs import`) is older than `[accounts] activity_max_age` (default 2 days); the journal records it'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a platform accounts export (upsert by email)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "inactive" -d 'Accounts past or near the inactivity limit, with their due dates'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "warn" -d 'Send the pre-deletion warning mails, exactly once per inactivity period'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Delete accounts whose warned deadline has passed'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -f -a "import" -d 'Import a connection logs export'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -f -a "purge" -d 'Delete connection logs and audience data past their retention'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and not __fish_seen_subcommand_from import purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l delimiter -d 'Field delimiter: auto, `,`, `;`, `|` or tab' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l encoding -d 'Character encoding of the file' -r -f -a "auto\t''
utf-8\t''
windows-1252\t''
utf-16\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the whole file and report what would change; write nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l only -d 'Purge one category only (default: both)' -r -f -a "connection\t'Connection logs (IP, login times, approximate geolocation, queries): `connection_logs`'
audience\t'Audience measurement / cookie data: `audience_events`'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l older-than -d 'Delete rows older than this instead of the configured retention (3 months for connection logs, 13 for audience data), e.g. "6 months", "90 days", "P1Y"' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l batch-size -d 'Rows per DELETE batch in the boundary and default partitions; each batch is its own transaction, so an interrupted run keeps its finished batches' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l months-ahead -d 'Months of partitions to create ahead of the current one' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l dry-run -d 'Show what would be deleted (same figures); change nothing, not even the audit journal'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l exact-counts -d 'Count the rows of each partition before dropping it, instead of taking PostgreSQL\'s statistics (exact figures, but reads every dropped partition: slower than the drop)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from purge" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a connection logs export'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Delete connection logs and audience data past their retention'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand logs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -f -a "import" -d 'Import survey responses (one column per question)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -f -a "anonymise" -d 'Anonymise responses older than the retention: email gone, answers kept'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -f -a "anonymize" -d 'Anonymise responses older than the retention: email gone, answers kept'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -f -a "withdraw" -d 'Consent withdrawn: anonymise (or delete) that person\'s responses now'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -f -a "list" -d 'Surveys with counts of identifiable, anonymised and due responses'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and not __fish_seen_subcommand_from import anonymise anonymize withdraw list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l survey -d 'The survey\'s identifier (created if new)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l delimiter -d 'Field delimiter: auto, `,`, `;`, `|` or tab' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l encoding -d 'Character encoding of the file' -r -f -a "auto\t''
utf-8\t''
windows-1252\t''
utf-16\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l keep-expired -d 'Import responses already past the retention identifiable, due for `surveys anonymise` and its k-anonymity check (by default they are imported already anonymised)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the whole file and report what would change; write nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l survey -d 'Only this survey (its slug)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l k -d 'Refuse (exit 1, nothing changed) if a combination of the survey\'s quasi-identifiers would be shared by fewer than N anonymised responses' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l batch-size -d 'Responses per transaction' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l dry-run -d 'Show what would be anonymised and the k-anonymity it would reach; change nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymise" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l survey -d 'Only this survey (its slug)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l k -d 'Refuse (exit 1, nothing changed) if a combination of the survey\'s quasi-identifiers would be shared by fewer than N anonymised responses' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l batch-size -d 'Responses per transaction' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l dry-run -d 'Show what would be anonymised and the k-anonymity it would reach; change nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from anonymize" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l email -d 'The respondent\'s email (matched case-insensitively); `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l email-file -d 'Read the respondent\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l delete -d 'Delete the responses instead of anonymising them'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l dry-run -d 'Show how many responses would be anonymised or deleted; change nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from withdraw" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import survey responses (one column per question)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from help" -f -a "anonymise" -d 'Anonymise responses older than the retention: email gone, answers kept'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Consent withdrawn: anonymise (or delete) that person\'s responses now'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from help" -f -a "list" -d 'Surveys with counts of identifiable, anonymised and due responses'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand surveys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -f -a "export" -d 'Everything about one person, as a zip archive (Art. 15 and 20)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -f -a "erase" -d 'Erase one person\'s account and linked data (Art. 17)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -f -a "restrict" -d 'Restrict processing of an account: destructive jobs skip it (Art. 18)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -f -a "unrestrict" -d 'Lift a restriction'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -f -a "rectify" -d 'Correct identification fields (Art. 16)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -f -a "object" -d 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -f -a "unobject" -d 'Lift an objection (the person withdrew it)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and not __fish_seen_subcommand_from export erase restrict unrestrict rectify object unobject help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l email -d 'The person\'s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l email-file -d 'Read the person\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l account -d 'The account\'s numeric id' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l pseudonym -d 'The account\'s pseudonym' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -s o -l output -d 'Where to write: a `.zip` archive, a folder with --dir, or `-` for one JSON document on stdout' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l dir -d 'Write the files into the folder OUT instead of a zip archive'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l force -d 'Replace OUT if it exists'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l email -d 'The person\'s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l email-file -d 'Read the person\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l account -d 'The account\'s numeric id' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l pseudonym -d 'The account\'s pseudonym' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l dry-run -d 'Show what would be erased; change nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l force -d 'Erase even if processing of the account is restricted (Art. 18)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from erase" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l email -d 'The person\'s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l email-file -d 'Read the person\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l account -d 'The account\'s numeric id' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l pseudonym -d 'The account\'s pseudonym' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l reason -d 'Why processing is restricted (kept with the account; no personal data, please)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from restrict" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l email -d 'The person\'s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l email-file -d 'Read the person\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l account -d 'The account\'s numeric id' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l pseudonym -d 'The account\'s pseudonym' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unrestrict" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l email -d 'The person\'s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l email-file -d 'Read the person\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l account -d 'The account\'s numeric id' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l pseudonym -d 'The account\'s pseudonym' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l set -d 'A correction FIELD=VALUE, repeatable; fields: pseudonym, first_name, last_name, email (an empty value clears a name)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from rectify" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l email -d 'The person\'s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l email-file -d 'Read the person\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l account -d 'The account\'s numeric id' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l pseudonym -d 'The account\'s pseudonym' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l scope -d 'What the person objects to: communications (newsletters, communications about datasets: their consent is withdrawn), statistics (audience measurement: their rows are deleted), or all' -r -f -a "communications\t''
statistics\t''
all\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l dry-run -d 'Show what would change; change nothing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from object" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l email -d 'The person\'s email (case-insensitive); also finds survey responses and requests made without an account. `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l email-file -d 'Read the person\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l account -d 'The account\'s numeric id' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l pseudonym -d 'The account\'s pseudonym' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from unobject" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from help" -f -a "export" -d 'Everything about one person, as a zip archive (Art. 15 and 20)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from help" -f -a "erase" -d 'Erase one person\'s account and linked data (Art. 17)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from help" -f -a "restrict" -d 'Restrict processing of an account: destructive jobs skip it (Art. 18)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from help" -f -a "unrestrict" -d 'Lift a restriction'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from help" -f -a "rectify" -d 'Correct identification fields (Art. 16)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from help" -f -a "object" -d 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from help" -f -a "unobject" -d 'Lift an objection (the person withdrew it)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand subject; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -f -a "add" -d 'Register a rights request'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -f -a "list" -d 'List requests with their deadlines'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -f -a "extend" -d 'Extend a request\'s deadline by two months (Art. 12(3))'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -f -a "close" -d 'Close a request (fulfilled, or refused with a reason)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and not __fish_seen_subcommand_from add list extend close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l email -d 'The requester\'s email (linked to their account when one has it); `-` reads it from stdin, which keeps it out of the shell history and `ps`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l email-file -d 'Read the requester\'s email from FILE (one line), kept out of the shell history and `ps`' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l account -d 'The requester\'s account id' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l right -d 'The right exercised' -r -f -a "access\t''
rectification\t''
erasure\t''
restriction\t''
portability\t''
objection\t''
withdrawal\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l received -d 'When the request was received (date or time; default: now); the deadline runs from it' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l note -d 'A note (no more personal data than needed)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l right -d 'Only requests for this right' -r -f -a "access\t''
rectification\t''
erasure\t''
restriction\t''
portability\t''
objection\t''
withdrawal\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l open -d 'Only requests still open'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l overdue -d 'Only open requests past their (possibly extended) deadline'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l reason -d 'Why more time is needed (complexity, number of requests); tell the person' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from extend" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l reason -d 'The reason for a refusal, or a note on the answer given' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l refused -d 'The request is refused (Art. 12(4): the reason must be given)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a rights request'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "list" -d 'List requests with their deadlines'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "extend" -d 'Extend a request\'s deadline by two months (Art. 12(3))'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a request (fulfilled, or refused with a reason)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l only -d 'Run only these jobs (comma-separated)' -r -f -a "logs-purge\t''
surveys-anonymise\t''
accounts-warn\t''
accounts-purge\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l skip -d 'Skip these jobs (comma-separated)' -r -f -a "logs-purge\t''
surveys-anonymise\t''
accounts-warn\t''
accounts-purge\t''"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l dry-run -d 'Show what each job would do; change nothing, send nothing, write no audit row'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand enforce" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l horizon -d 'Days ahead for the "due next" column' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l check -d 'Exit 1 when anything is past its limit or a request is overdue (for monitoring)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand report" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "list" -d 'List the journal of runs'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "verify" -d 'Walk the hash chain and report the first broken link'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "head" -d 'Print the journal\'s head: the hash of its last row (an anchor to keep outside the database)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Only runs at or after TIME' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l job -d 'Only this job (command), e.g. `logs purge`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l expect -d 'A head hash kept outside the database (`audit head`, a run\'s summary, the head file): fail unless the chain reaches it (rows after it removed)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the journal of runs'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Walk the hash chain and report the first broken link'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the journal\'s head: the hash of its last row (an anchor to keep outside the database)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l dir -d 'Write the scripts of every shell into DIR instead' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l dir -d 'Folder to write the pages into (one per command)' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l database-url -d 'PostgreSQL connection: a URL or a libpq `key=value` string [default: the libpq PG* environment]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l config -d 'Configuration file (TOML): retention durations, mail, controller and DPO identity' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l format -d 'Output format of the data on stdout' -r -f -a "table\t'A table for people (stdout), status on stderr'
json\t'One JSON document on stdout'
csv\t'CSV with a header on stdout'"
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l as-of -d 'Behave as if the clock said TIME (RFC 3339, `YYYY-MM-DD HH:MM:SS` Paris time, or a date)' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l actor -d 'Who runs the command, for the audit journal [default: the OS user]' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l smtp-url -d 'SMTP server, lettre URL syntax: `smtp://host:25`, `smtp://host:587?tls=required`, `smtps://user@host:465`' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l mail-from -d 'Sender address of the mails' -r
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l outbox-dir -d 'Write mails as .eml files into DIR instead of sending them' -r -F
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -l allow-future -d 'Let a run that writes use an --as-of in the future (planning is what --dry-run is for)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -s q -l quiet -d 'Print only errors on stderr'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -s v -l verbose -d 'More detail on stderr (repeat for more)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations (needed for destructive commands without a terminal)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "db" -d 'Schema migrations of the platform database'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "datasets" -d 'Open-data datasets: CSV files into typed tables'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "accounts" -d 'Platform accounts: import, inactivity, warnings, deletion'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "logs" -d 'Connection logs and audience data: import, purge'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "surveys" -d 'Satisfaction surveys: import, anonymise, consent withdrawal'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "subject" -d 'One person\'s rights: export (Art. 15/20), erase (17), restrict (18), rectify (16)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "requests" -d 'The register of rights requests and their deadlines'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "enforce" -d 'The nightly pass: every due retention job, one summary'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "report" -d 'Compliance status: what is past its limit, what is due next, overdue requests'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "audit" -d 'The journal of every run'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "completions" -d 'Shell completion script on stdout, or all of them into a folder'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "man" -d 'Man pages (one per command) into a folder'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and not __fish_seen_subcommand_from db datasets accounts logs surveys subject requests enforce report audit completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending schema migrations (a no-op when up to date)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "status" -d 'Show applied and pending migrations'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from datasets" -f -a "import" -d 'Import a CSV file as a dataset (a new typed table swapped in atomically)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from datasets" -f -a "list" -d 'List imported datasets'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from datasets" -f -a "drop" -d 'Drop a dataset and its table'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "import" -d 'Import a platform accounts export (upsert by email)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "inactive" -d 'Accounts past or near the inactivity limit, with their due dates'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "warn" -d 'Send the pre-deletion warning mails, exactly once per inactivity period'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "purge" -d 'Delete accounts whose warned deadline has passed'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from logs" -f -a "import" -d 'Import a connection logs export'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from logs" -f -a "purge" -d 'Delete connection logs and audience data past their retention'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from surveys" -f -a "import" -d 'Import survey responses (one column per question)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from surveys" -f -a "anonymise" -d 'Anonymise responses older than the retention: email gone, answers kept'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from surveys" -f -a "withdraw" -d 'Consent withdrawn: anonymise (or delete) that person\'s responses now'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from surveys" -f -a "list" -d 'Surveys with counts of identifiable, anonymised and due responses'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from subject" -f -a "export" -d 'Everything about one person, as a zip archive (Art. 15 and 20)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from subject" -f -a "erase" -d 'Erase one person\'s account and linked data (Art. 17)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from subject" -f -a "restrict" -d 'Restrict processing of an account: destructive jobs skip it (Art. 18)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from subject" -f -a "unrestrict" -d 'Lift a restriction'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from subject" -f -a "rectify" -d 'Correct identification fields (Art. 16)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from subject" -f -a "object" -d 'Record an objection (Art. 21) to communications, statistics or all, and stop that processing'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from subject" -f -a "unobject" -d 'Lift an objection (the person withdrew it)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "add" -d 'Register a rights request'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "list" -d 'List requests with their deadlines'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "extend" -d 'Extend a request\'s deadline by two months (Art. 12(3))'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "close" -d 'Close a request (fulfilled, or refused with a reason)'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List the journal of runs'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Walk the hash chain and report the first broken link'
complete -c rgpdctl -n "__fish_rgpdctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'Print the journal\'s head: the hash of its last row (an anchor to keep outside the database)'
