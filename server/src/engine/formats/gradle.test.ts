import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('Gradle build scripts', () => {
  describe('a build.gradle with repositories in every style', () => {
    const text = [
      '// Repositories',
      'plugins {',
      '    id \'java\'',
      '    id("org.example.plugin") version "1.0"',
      '}',
      'repositories {',
      '    mavenCentral()',
      '    maven { url "http://repo.example.org/maven" }',
      '    maven {',
      '        url = uri("http://other.example.org/")',
      '    }',
      '    maven { url uri(\'http://third.example.org/\') }',
      '    maven("https://kotlin.example.org/")',
      '}',
      'dependencies {',
      '    implementation "org.acme:lib:1.0" /* pinned */',
      '    testImplementation(\'junit:junit:4.13.2\')',
      '}',
      'android.defaultConfig.minSdk = "21"',
    ].join('\n');
    const model = parseConfigDocument(text, 'gradle');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['plugins', 'id'], 'id', 'java', [30, 32], [34, 38], 0],
        [['plugins', 'id'], 'id', 'org.example.plugin', [44, 46], [48, 66], 0],
        [['plugins', 'version'], 'version', '1.0', [69, 76], [78, 81], 0],
        [['repositories', 'maven', 'url'], 'url', 'http://repo.example.org/maven', [131, 134], [136, 165], 2],
        [['repositories', 'maven', 'url'], 'url', 'http://other.example.org/', [189, 192], [200, 225], 3],
        [['repositories', 'maven', 'url'], 'url', 'http://third.example.org/', [246, 249], [255, 280], 4],
        [['repositories', 'maven'], 'maven', 'https://kotlin.example.org/', [289, 294], [296, 323], 1],
        [['dependencies', 'implementation'], 'implementation', 'org.acme:lib:1.0', [347, 361], [363, 379], 5],
        [['dependencies', 'testImplementation'], 'testImplementation', 'junit:junit:4.13.2', [398, 416], [418, 436], 5],
        [['android', 'defaultConfig', 'minSdk'], 'minSdk', '21', [463, 469], [473, 475], undefined],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['plugins'], [16, 84]],
        [1, undefined, ['repositories'], [85, 327]],
        [2, 1, ['maven'], [123, 168]],
        [3, 1, ['maven'], [173, 233]],
        [4, 1, ['maven'], [238, 284]],
        [5, undefined, ['dependencies'], [328, 440]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['// Repositories', '/* pinned */']);
      assert.deepEqual(model.errors(), []);
    });
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], rows: ReturnType<typeof entryRows>]> = [
      ['a { url "x', ['Unclosed string (offset 8)', 'Block is never closed (offset 0)'], [[['a', 'url'], 'url', 'x', [4, 7], [9, 10], 0]]],
      ['}', ['Unexpected "}" (offset 0)'], []],
      ['/* open', ['Unclosed block comment (offset 0)'], []],
    ];
    for (const [text, errors, rows] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'gradle');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(entryRows(model), rows);
      });
    }
  });

  it('reads triple-quoted strings and strings with nested interpolations', () => {
    const text = 'url = """x"""\nname "${a["k"]}"';
    assert.deepEqual(entryRows(parseConfigDocument(text, 'gradle')), [
      [['url'], 'url', 'x', [0, 3], [9, 10], undefined],
      [['name'], 'name', '${a["k"]}', [14, 18], [20, 29], undefined],
    ]);
  });
});
