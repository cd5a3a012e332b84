import assert from 'node:assert/strict';
import { parseArguments, UsageError, type ParsedCommand } from '../../server/src/cli/args';
import { HELP_TEXT } from '../../server/src/cli/help';

function scanArgs(argv: string[]) {
  const parsed: ParsedCommand = parseArguments(argv);
  assert.equal(parsed.kind, 'scan');
  if (parsed.kind !== 'scan') throw new Error('unreachable');
  return parsed.args;
}

describe('parseArguments', () => {
  it('gives the defaults for a bare scan', () => {
    assert.deepEqual(scanArgs(['scan']), {
      command: 'scan',
      paths: ['.'],
      format: 'text',
      output: undefined,
      failOn: 'high',
      failOnSkipped: false,
      baseline: undefined,
      writeBaseline: undefined,
      configFile: undefined,
      fix: false,
      dryRun: false,
      shard: undefined,
      overrides: {},
    });
  });

  it('reads every flag of CONTRACTS §3', () => {
    const args = scanArgs([
      'scan', 'src', 'lib/a.js',
      '--format', 'sarif', '--output', 'out.sarif', '--fail-on', 'medium', '--fail-on-skipped',
      '--baseline', 'base.json', '--write-baseline', 'new.json', '--config', 'cfg.json', '--fix', '--dry-run',
      '--shard', '2/3', '--rule', 'crypto/weak-hash=off', '--rule=transport/cleartext-http=low',
      '--min-severity', 'medium', '--min-confidence', 'high', '--exclude', 'vendor/**', '--exclude=*.min.js',
      '--max-file-size-kb', '2048', '--policy-base-url', 'https://example.gov.uk/', '--advisories', 'osv1',
      '--advisories', 'osv2', '--eol-data', 'eol.json',
    ]);
    assert.deepEqual(args, {
      command: 'scan',
      paths: ['src', 'lib/a.js'],
      format: 'sarif',
      output: 'out.sarif',
      failOn: 'medium',
      failOnSkipped: true,
      baseline: 'base.json',
      writeBaseline: 'new.json',
      configFile: 'cfg.json',
      fix: true,
      dryRun: true,
      shard: { index: 2, count: 3 },
      overrides: {
        rules: { 'crypto/weak-hash': 'off', 'transport/cleartext-http': 'low' },
        minSeverity: 'medium',
        minConfidence: 'high',
        exclude: ['vendor/**', '*.min.js'],
        maxFileSizeKb: 2048,
        policyBaseUrl: 'https://example.gov.uk',
        advisories: ['osv1', 'osv2'],
        eolData: 'eol.json',
      },
    });
  });

  it('reads short flags and paths after --', () => {
    const args = scanArgs(['scan', '-f', 'json', '-o', 'r.json', '--', '--odd-file-name.js']);
    assert.deepEqual([args.format, args.output, args.paths], ['json', 'r.json', ['--odd-file-name.js']]);
  });

  it('makes report a scan with no failing threshold', () => {
    const args = scanArgs(['report', '--format', 'json', 'src']);
    assert.deepEqual([args.command, args.format, args.failOn, args.paths], ['report', 'json', 'none', ['src']]);
  });

  it('answers --help and --version wherever they stand', () => {
    assert.deepEqual(parseArguments(['--help']), { kind: 'help' });
    assert.deepEqual(parseArguments(['scan', '-h']), { kind: 'help' });
    assert.deepEqual(parseArguments(['--version']), { kind: 'version' });
    assert.deepEqual(parseArguments(['-V']), { kind: 'version' });
  });

  const errors: [string[], string][] = [
    [[], 'missing command: use "scan" or "report" (see --help)'],
    [['lint'], 'unknown command lint: use "scan" or "report" (see --help)'],
    [['scan', '--frobnicate'], 'unknown option --frobnicate'],
    [['scan', '-x'], 'unknown option -x'],
    [['scan', '--format'], '--format needs a value'],
    [['scan', '--format', '--fix'], '--format needs a value'],
    [['scan', '--format', 'xml'], '--format: "xml" is not one of text, json, sarif, md, html, gitlab-sast'],
    [['scan', '--format', 'json', '--format', 'text'], '--format was given more than once'],
    [['scan', '--fail-on', 'info'], '--fail-on: "info" is not one of critical, high, medium, low, none'],
    [['scan', '--fix=yes'], '--fix takes no value'],
    [['scan', '--dry-run'], '--dry-run needs --fix'],
    [['scan', '--shard', '0/2'], '--shard: "0/2" is not K/N with 1 <= K <= N, for example 1/4'],
    [['scan', '--shard', '3/2'], '--shard: "3/2" is not K/N with 1 <= K <= N, for example 1/4'],
    [['scan', '--shard', 'half'], '--shard: "half" is not K/N with 1 <= K <= N, for example 1/4'],
    [['scan', '--rule', 'crypto/weak-hash'], '--rule crypto/weak-hash: expected ID=off|SEVERITY, for example crypto/weak-hash=off'],
    [['scan', '--rule', 'Weak=off'], '--rule Weak=off: expected ID=off|SEVERITY, for example crypto/weak-hash=off'],
    [['scan', '--rule', 'crypto/weak-hash=loud'], '--rule crypto/weak-hash=loud: "loud" is not one of off, critical, high, medium, low, info'],
    [['scan', '--min-severity', 'severe'], '--min-severity: "severe" is not one of critical, high, medium, low, info'],
    [['scan', '--min-confidence', 'certain'], '--min-confidence: "certain" is not one of high, medium, low'],
    [['scan', '--max-file-size-kb', '0'], '--max-file-size-kb: "0" is not a whole number of kilobytes of at least 1'],
    [['scan', '--max-file-size-kb', '1.5'], '--max-file-size-kb: "1.5" is not a whole number of kilobytes of at least 1'],
    [['scan', '--policy-base-url', 'http://example.gov.uk'], '--policy-base-url: "http://example.gov.uk" must use https'],
    [['scan', '--policy-base-url', 'not a url'], '--policy-base-url: "not a url" is not a URL'],
    [['scan', '--exclude', ''], '--exclude needs a value'],
  ];
  for (const [argv, message] of errors) {
    it(`refuses ${JSON.stringify(argv)}`, () => {
      assert.throws(() => parseArguments(argv), (error: unknown) => error instanceof UsageError && error.message === message);
    });
  }
});

describe('help text', () => {
  it('names every flag the parser accepts', () => {
    const flags = [
      '--format', '--output', '--fail-on', '--fail-on-skipped', '--baseline', '--write-baseline', '--config', '--fix',
      '--dry-run', '--shard', '--rule', '--min-severity', '--min-confidence', '--exclude', '--max-file-size-kb',
      '--policy-base-url', '--advisories', '--eol-data', '--help', '--version',
    ];
    for (const flag of flags) assert.ok(HELP_TEXT.includes(`${flag} `) || HELP_TEXT.includes(`${flag}\n`), flag);
  });

  it('names every output format', () => {
    assert.match(HELP_TEXT, /text, json, sarif, md, html or gitlab-sast/);
  });
});
