import assert from 'node:assert/strict';
import path from 'node:path';
import { UsageError } from '../../server/src/cli/args';
import { ConfigError, ProjectContexts } from '../../server/src/cli/project-context';
import { decodeSource, readSource } from '../../server/src/cli/read-source';
import { excludeMatcher, walkFiles, type WalkResult } from '../../server/src/cli/walk-files';
import { TempProject } from './temp-project';

const KNOWN_RULES = ['crypto/weak-hash'];

function walk(project: TempProject, inputs: string[], cwd = project.root): WalkResult {
  return walkFiles(inputs, cwd, new ProjectContexts({ overrides: {}, knownRuleIds: KNOWN_RULES }));
}

/** Walked files as `root-relative folder: project path`, and skips as `path: reason`, sorted. */
function summarise(project: TempProject, result: WalkResult): { files: string[]; skipped: string[] } {
  return {
    files: result.files
      .map((file) => `${path.relative(project.root, file.context.root) || '.'}: ${file.projectPath} (${file.language})`)
      .sort(),
    skipped: result.skipped.map((skip) => `${path.relative(project.root, skip.absolutePath)}: ${skip.reason}`).sort(),
  };
}

describe('walkFiles', () => {
  let project: TempProject;

  before(() => {
    project = new TempProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': '*.gen.js\n!keep.gen.js\nbuild/\n',
      '.moj-secure-code.json': JSON.stringify({ exclude: ['vendor/**', '*.min.js'], maxFileSizeKb: 1 }),
      'src/a.js': 'md5(x)\n',
      'src/b.gen.js': 'generated\n',
      'src/keep.gen.js': 'kept\n',
      'build/out.js': 'built\n',
      'node_modules/lib/index.js': 'dependency\n',
      'sub/.gitignore': 'local.js\n',
      'sub/local.js': 'ignored by the nested .gitignore\n',
      'sub/other.js': 'scanned\n',
      'sub/y.min.js': 'excluded at any depth\n',
      'local.js': 'not ignored: the nested .gitignore applies only below sub/\n',
      'vendor/v.js': 'excluded\n',
      'x.min.js': 'excluded\n',
      'README.md': '# not a kind the tool reads\n',
      'tool': '#!/usr/bin/env python3\nprint(1)\n',
      'big.js': 'x'.repeat(2048),
      'nested/.moj-secure-code.json': '{}',
      'nested/app/main.py': 'pass\n',
      'nested/vendor/v.js': 'the outer exclude does not apply inside another project\n',
    });
  });
  after(() => project.remove());

  it('honours .gitignore (nested too), exclude globs, node_modules and size, with a reason for each skip', () => {
    assert.deepEqual(summarise(project, walk(project, ['.'])), {
      files: [
        '.: local.js (javascript)',
        '.: src/a.js (javascript)',
        '.: src/keep.gen.js (javascript)',
        '.: sub/other.js (javascript)',
        '.: tool (python)',
        'nested: app/main.py (python)',
        'nested: vendor/v.js (javascript)',
      ],
      skipped: ['big.js: larger than maxFileSizeKb (1 KB): 2 KB'],
    });
  });

  it('gives the same project paths when walking a subfolder from inside it', () => {
    assert.deepEqual(summarise(project, walk(project, ['.'], project.path('src'))).files, ['.: src/a.js (javascript)', '.: src/keep.gen.js (javascript)']);
  });

  it('scans a gitignored file named explicitly, but not an excluded one', () => {
    assert.deepEqual(summarise(project, walk(project, ['src/b.gen.js', 'x.min.js'])), { files: ['.: src/b.gen.js (javascript)'], skipped: [] });
  });

  it('reports an explicitly named file of a kind it cannot read', () => {
    assert.deepEqual(summarise(project, walk(project, ['README.md'])).skipped, ['README.md: not a file kind this tool reads']);
  });

  it('lists a file once when two inputs cover it', () => {
    assert.equal(walk(project, ['src', 'src/a.js', '.']).files.filter((file) => file.projectPath === 'src/a.js').length, 1);
  });

  it('refuses a path that does not exist', () => {
    assert.throws(() => walk(project, ['nope']), (error: unknown) => error instanceof UsageError && error.message === 'path not found: nope');
  });
});

describe('project configuration discovery', () => {
  it('names the file, key and value of a malformed project file', () => {
    const project = new TempProject({ '.moj-secure-code.json': '{\n  "maxFileSizeKb": 0\n}\n', 'a.js': '' });
    try {
      assert.throws(
        () => walk(project, ['.']),
        (error: unknown) =>
          error instanceof ConfigError &&
          error.message === `${project.path('.moj-secure-code.json')}:2:3: maxFileSizeKb: 0 is out of range (1 to 102400)`,
      );
    } finally {
      project.remove();
    }
  });

  it('lets a CLI flag win over the project file, which wins over the defaults', () => {
    const project = new TempProject({ '.moj-secure-code.json': '{ "minSeverity": "high", "maxFileSizeKb": 5 }', 'a.js': '' });
    try {
      const contexts = new ProjectContexts({ overrides: { minSeverity: 'low' }, knownRuleIds: KNOWN_RULES });
      const { config, root, projectFile } = contexts.forDirectory(project.root, project.root);
      assert.deepEqual(
        [config.minSeverity, config.maxFileSizeKb, config.minConfidence, root, projectFile],
        ['low', 5, 'low', project.root, project.path('.moj-secure-code.json')],
      );
    } finally {
      project.remove();
    }
  });

  it('uses --config instead of the nearest project file, keeping the project root', () => {
    const project = new TempProject({
      '.git/HEAD': '',
      'app/.moj-secure-code.json': '{ "maxFileSizeKb": 5 }',
      'ci.json': '{ "maxFileSizeKb": 7 }',
    });
    try {
      const contexts = new ProjectContexts({ overrides: {}, knownRuleIds: KNOWN_RULES, configFile: project.path('ci.json') });
      const context = contexts.forDirectory(project.path('app'), project.root);
      assert.deepEqual([context.config.maxFileSizeKb, context.root], [7, project.path('app')]);
    } finally {
      project.remove();
    }
  });
});

describe('readSource', () => {
  let project: TempProject;
  before(() => {
    project = new TempProject({
      'binary.js': new Uint8Array([0x63, 0x6f, 0x6e, 0x00, 0x73, 0x74]),
      'latin1.js': new Uint8Array([0x61, 0x3d, 0x22, 0xe9, 0x22, 0x0a]),
      'bom.js': new Uint8Array([0xef, 0xbb, 0xbf, 0x78, 0x0a]),
      'big.js': 'y'.repeat(3000),
    });
  });
  after(() => project.remove());

  it('skips a binary file', () => {
    assert.deepEqual(readSource(project.path('binary.js'), 1024), { kind: 'skipped', reason: 'binary file (contains a NUL byte)' });
  });

  it('looks for NUL bytes only in the first 8 KB', () => {
    const bytes = new Uint8Array(9000).fill(0x61);
    bytes[8500] = 0;
    assert.equal(decodeSource(bytes).kind, 'text');
  });

  it('reads invalid UTF-8 with replacement characters and says so', () => {
    assert.deepEqual(readSource(project.path('latin1.js'), 1024), { kind: 'text', text: 'a="\uFFFD"\n', bom: false, invalidUtf8: true });
  });

  it('strips a byte order mark and remembers it', () => {
    assert.deepEqual(readSource(project.path('bom.js'), 1024), { kind: 'text', text: 'x\n', bom: true, invalidUtf8: false });
  });

  it('skips a file over the size limit without reading it', () => {
    assert.deepEqual(readSource(project.path('big.js'), 2), { kind: 'skipped', reason: 'larger than maxFileSizeKb (2 KB): 3 KB' });
  });
});

describe('excludeMatcher', () => {
  const cases: [string[], string, boolean][] = [
    [['samples/**'], 'samples/python-service/app.py', true],
    [['samples/**'], 'src/samples/app.py', false],
    [['test/support/harness-*'], 'test/support/harness-secrets.ts', true],
    [['test/support/harness-*'], 'test/support/rule-tester.ts', false],
    [['./dist/**'], 'dist/cli.js', true],
    [['*.min.js'], 'deep/inside/lib.min.js', true],
    [['*.min.js'], 'lib.js', false],
    [['**/*.test.ts'], 'server/src/rules/crypto/weak-hash.test.ts', true],
  ];
  for (const [globs, relativePath, expected] of cases) {
    it(`${JSON.stringify(globs)} ${expected ? 'matches' : 'does not match'} ${relativePath}`, () => {
      assert.equal(excludeMatcher(globs)(relativePath), expected);
    });
  }
});
