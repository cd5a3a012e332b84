/** The `--help` text. Keep it in step with args.ts: a test checks every flag appears here. */
export const HELP_TEXT = `Usage: moj-secure-code scan [paths...] [options]
       moj-secure-code report [paths...] [options]

Checks code and configuration against the UK Ministry of Justice technical security controls.
Paths default to the current folder. Folders are walked honouring .gitignore files and the
"exclude" globs; node_modules and .git are never entered.

Commands:
  scan                       Scan and report findings (text by default).
  report                     The evidence report: scan with --format html --fail-on none.

Output:
  -f, --format FORMAT        text, json, sarif, md, html or gitlab-sast (default text).
                             md and html are the evidence report, grouped by MoJ control;
                             gitlab-sast is GitLab's SAST report for artifacts:reports:sast.
  -o, --output FILE          Write the report to FILE instead of standard output.

Exit status:
  --fail-on LEVEL            critical, high, medium, low or none (default high): exit 1 when a
                             finding at or above LEVEL is not in the baseline.
  --fail-on-skipped          Also exit 1 when a file could not be analysed.
  --baseline FILE            Findings recorded in FILE do not count towards --fail-on.
  --write-baseline FILE      Record the current findings in FILE.

Configuration (a flag wins over the nearest .moj-secure-code.json, which wins over defaults):
  --config FILE              Use FILE instead of the nearest .moj-secure-code.json.
  --rule ID=SETTING          Turn a rule off or set its severity: off, critical, high,
                             medium, low or info. Repeatable.
  --min-severity LEVEL       Hide findings below LEVEL (critical, high, medium, low, info).
  --min-confidence LEVEL     Hide findings below LEVEL (high, medium, low).
  --exclude GLOB             Skip matching paths (relative to the project root). Repeatable.
  --max-file-size-kb N       Skip files larger than N KB (default 1024).
  --policy-base-url URL      Base https URL of the MoJ security guidance links.
  --advisories DIR           A folder of OSV advisories. Repeatable.
  --eol-data FILE            An end-of-life data file overriding the built-in one.

Fixes:
  --fix                      Apply safe fixes and write the files.
  --dry-run                  With --fix: print a unified diff and write nothing.

Other:
  --shard K/N                Scan only the K-th of N equal parts of the files (1 <= K <= N).
  -h, --help                 Show this help.
  -V, --version              Show the version.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or
configuration error.
`;
