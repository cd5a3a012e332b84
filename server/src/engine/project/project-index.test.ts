import assert from 'node:assert/strict';
import { buildProjectIndex, EMPTY_PROJECT_INDEX, isProjectIndexFile } from './project-index';

describe('project index', () => {
  describe('isProjectIndexFile', () => {
    const cases: ReadonlyArray<readonly [path: string, needed: boolean]> = [
      ['src/main/resources/application.properties', true],
      ['infra/main.tf', true],
      ['package-lock.json', true],
      ['web/npm-shrinkwrap.json', true],
      ['yarn.lock', true],
      ['pnpm-lock.yaml', true],
      ['api/poetry.lock', true],
      ['Pipfile.lock', true],
      ['go.sum', true],
      ['Gemfile.lock', true],
      ['composer.lock', true],
      ['src/App/packages.lock.json', true],
      ['gradle.lockfile', true],
      ['infra\\modules\\net.tf', true],
      ['package.json', false],
      ['infra/main.tf.json', false],
      ['pipfile.lock', false],
      ['src/app.ts', false],
      ['application.properties.bak', false],
    ];
    for (const [path, needed] of cases) {
      it(`${needed ? 'needs' : 'does not need'} ${path}`, () => assert.equal(isProjectIndexFile(path), needed));
    }
  });

  describe('property', () => {
    const index = buildProjectIndex([
      { path: 'z/late.properties', text: 'shared=from z\nonly.z=z' },
      { path: 'a/early.properties', text: 'shared = from a\ncipher=DES\\\n  ede' },
      { path: 'src/App.java', text: '' },
    ]);

    it('takes each key from the first file in path order that defines it', () => {
      assert.equal(index.property('shared'), 'from a');
      assert.equal(index.property('only.z'), 'z');
    });

    it('reads values the way java.util.Properties does', () => {
      assert.equal(index.property('cipher'), 'DESede');
    });

    it('answers undefined for a key no file defines', () => {
      assert.equal(index.property('missing'), undefined);
    });
  });

  describe('lockfiles', () => {
    it('keeps lockfiles by path, in path order, and nothing else', () => {
      const index = buildProjectIndex([
        { path: 'web/yarn.lock', text: 'yarn' },
        { path: 'package-lock.json', text: '{"lockfileVersion": 3}' },
        { path: 'package.json', text: '' },
        { path: 'api/poetry.lock', text: 'poetry' },
      ]);
      assert.deepEqual([...index.lockfiles()], [
        ['api/poetry.lock', 'poetry'],
        ['package-lock.json', '{"lockfileVersion": 3}'],
        ['web/yarn.lock', 'yarn'],
      ]);
    });
  });

  describe('terraformResources', () => {
    const index = buildProjectIndex([
      {
        path: 'infra/lb.tf',
        text: [
          'resource "aws_lb_listener" "http" {',
          '  port     = 80',
          '  protocol = "HTTP"',
          '  tags     = { Name = "web" }',
          '  default_action {',
          '    type = "forward"',
          '  }',
          '}',
          'module "m" {',
          '  source = "./m"',
          '}',
        ].join('\n'),
      },
      { path: 'infra/cdn.tf', text: 'resource "aws_cloudfront_distribution" "cdn" {\n  enabled = true\n}\n' },
      { path: 'infra/broken.tf', text: 'resource "aws_s3_bucket" {\n  bucket = "x"\n}' },
    ]);

    it('lists resources in path order with their top-level attributes only', () => {
      assert.deepEqual(
        index.terraformResources().map((resource) => [resource.file, resource.type, resource.name, [...resource.attributes]]),
        [
          ['infra/cdn.tf', 'aws_cloudfront_distribution', 'cdn', [['enabled', 'true']]],
          ['infra/lb.tf', 'aws_lb_listener', 'http', [['port', '80'], ['protocol', 'HTTP'], ['tags', '{ Name = "web" }']]],
        ],
      );
    });

    it('filters by type', () => {
      assert.deepEqual(index.terraformResources('aws_lb_listener').map((resource) => resource.name), ['http']);
      assert.deepEqual(index.terraformResources('aws_instance'), []);
    });
  });

  describe('hasSibling', () => {
    const index = buildProjectIndex([
      { path: 'package.json', text: '' },
      { path: 'package-lock.json', text: '{}' },
      { path: 'services/api/requirements.txt', text: '' },
      { path: 'services/api/poetry.lock', text: '' },
      { path: 'services/web/package.json', text: '' },
    ]);
    const cases: ReadonlyArray<readonly [path: string, sibling: string, exists: boolean]> = [
      ['package.json', 'package-lock.json', true],
      ['package.json', 'yarn.lock', false],
      ['services/api/requirements.txt', 'poetry.lock', true],
      ['services/web/package.json', 'package-lock.json', false],
      ['./services/api/requirements.txt', 'poetry.lock', true],
      ['services\\api\\requirements.txt', 'poetry.lock', true],
    ];
    for (const [path, sibling, exists] of cases) {
      it(`${exists ? 'finds' : 'does not find'} ${sibling} beside ${path}`, () => assert.equal(index.hasSibling(path, sibling), exists));
    }
  });

  it('has an empty index for scans without a project', () => {
    assert.equal(EMPTY_PROJECT_INDEX.property('a'), undefined);
    assert.equal(EMPTY_PROJECT_INDEX.lockfiles().size, 0);
    assert.deepEqual(EMPTY_PROJECT_INDEX.terraformResources(), []);
    assert.equal(EMPTY_PROJECT_INDEX.hasSibling('package.json', 'package-lock.json'), false);
  });
});
