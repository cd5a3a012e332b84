import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('XML', () => {
  describe('a pom.xml with repositories', () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE project [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>',
      '<project xmlns="http://maven.apache.org/POM/4.0.0">',
      '  <!-- Mirrors -->',
      '  <repositories>',
      '    <repository>',
      '      <id>internal</id>',
      '      <url>http://repo.example.org/maven2</url>',
      '    </repository>',
      '  </repositories>',
      '  <description><![CDATA[a <b>]]> &amp; &xxe;</description>',
      '  <empty></empty>',
      '  <flag enabled=\'true\'/>',
      '</project>',
    ].join('\n');
    const model = parseConfigDocument(text, 'xml');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['project'], 'project', undefined, [105, 112], undefined, undefined],
        [['project', '@xmlns'], '@xmlns', 'http://maven.apache.org/POM/4.0.0', [113, 118], [120, 153], 0],
        [['project', 'repositories'], 'repositories', undefined, [178, 190], undefined, 0],
        [['project', 'repositories', 'repository'], 'repository', undefined, [197, 207], undefined, 1],
        [['project', 'repositories', 'repository', 'id'], 'id', 'internal', [216, 218], [219, 227], 2],
        [['project', 'repositories', 'repository', 'url'], 'url', 'http://repo.example.org/maven2', [240, 243], [244, 274], 2],
        [['project', 'description'], 'description', 'a <b> & &xxe;', [320, 331], [341, 361], 0],
        [['project', 'empty'], 'empty', '', [379, 384], [385, 385], 0],
        [['project', 'flag'], 'flag', undefined, [397, 401], undefined, 0],
        [['project', 'flag', '@enabled'], '@enabled', 'true', [402, 409], [411, 415], 7],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['project'], [104, 429]],
        [1, 0, ['repositories'], [177, 316]],
        [2, 1, ['repository'], [196, 298]],
        [3, 2, ['id'], [215, 232]],
        [4, 2, ['url'], [239, 280]],
        [5, 0, ['description'], [319, 375]],
        [6, 0, ['empty'], [378, 393]],
        [7, 0, ['flag'], [396, 418]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['<!-- Mirrors -->']);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('decodes character references but leaves entities a DOCTYPE declares unexpanded', () => {
    const text = '<a x="&#x41;&#66;&lt;">&foo; &amp;amp;</a>';
    assert.deepEqual(entryRows(parseConfigDocument(text, 'xml')), [
      [['a'], 'a', '&foo; &amp;', [1, 2], [23, 38], undefined],
      [['a', '@x'], '@x', 'AB<', [3, 4], [6, 21], 0],
    ]);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], paths: readonly string[]]> = [
      ['<a><b>x</a>', ['<b> is never closed (offset 3)'], ['a', 'a.b']],
      ['<a>x</b></a>', ['</b> closes no open element (offset 4)'], ['a']],
      ['<a><!-- x', ['The comment is never closed (offset 3)', '<a> is never closed (offset 0)'], ['a']],
      ['<a b="1>', ['The value of b is never closed (offset 5)', 'Tag is never closed (offset 2)'], ['a', 'a.@b']],
      ['<a><![CDATA[x', ['CDATA section is never closed (offset 3)', '<a> is never closed (offset 0)'], ['a']],
      ['<a/><b/>', ['More than one root element (offset 4)'], ['a', 'b']],
      ['text<a/>', ['Text outside the root element (offset 0)'], ['a']],
      ['<a b c=d>x</a>', ['Attribute b has no value (offset 3)', 'The value of c is not quoted (offset 7)'], ['a', 'a.@b', 'a.@c']],
      ['<!DOCTYPE a [ <!ENTITY x "]>"> <a>', ['Declaration is never closed (offset 0)'], []],
      ['\u0000<\u0001>', ['Text outside the root element (offset 0)', '<\u0001> is never closed (offset 1)'], ['\u0001']],
    ];
    for (const [text, errors, paths] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'xml');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(model.entries().map((entry) => entry.path.join('.')), paths);
      });
    }
  });

  it('reads 5,000 nested elements', () => {
    const text = `${'<a>'.repeat(5000)}x${'</a>'.repeat(5000)}`;
    const model = parseConfigDocument(text, 'xml');
    assert.deepEqual(model.errors(), []);
    assert.equal(model.blocks().length, 5000);
    const deepest = model.entries()[4999];
    assert.equal(deepest?.path.length, 5000);
    assert.equal(deepest?.value, 'x');
  });
});
