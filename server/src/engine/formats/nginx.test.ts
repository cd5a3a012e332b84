import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('nginx configuration', () => {
  describe('an nginx server block', () => {
    const text = [
      '# TLS front end',
      'server {',
      '    listen 443 ssl;',
      '    server_name example.org;',
      '    ssl_protocols TLSv1 TLSv1.1 TLSv1.2; # TLS 1.0 and 1.1 are too old',
      '    add_header Strict-Transport-Security "max-age=31536000" always;',
      '    location /api {',
      '        proxy_pass http://backend${request_uri};',
      '    }',
      '}',
    ].join('\n');
    const model = parseConfigDocument(text, 'nginx');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['server'], 'server', '', [16, 22], [22, 22], undefined],
        [['server', 'listen'], 'listen', '443 ssl', [29, 35], [36, 43], 0],
        [['server', 'server_name'], 'server_name', 'example.org', [49, 60], [61, 72], 0],
        [['server', 'ssl_protocols'], 'ssl_protocols', 'TLSv1 TLSv1.1 TLSv1.2', [78, 91], [92, 113], 0],
        [['server', 'add_header'], 'add_header', 'Strict-Transport-Security "max-age=31536000" always', [149, 159], [160, 211], 0],
        [['server', 'location'], 'location', '/api', [217, 225], [226, 230], 0],
        [['server', 'location', 'proxy_pass'], 'proxy_pass', 'http://backend${request_uri}', [241, 251], [252, 280], 1],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['server'], [16, 289]],
        [1, 0, ['location', '/api'], [217, 287]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# TLS front end', '# TLS 1.0 and 1.1 are too old']);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('keeps quoted arguments and escaped characters inside one word', () => {
    const text = `return 301 "https://$host\\"x";`;
    const model = parseConfigDocument(text, 'nginx');
    assert.deepEqual(entryRows(model), [[['return'], 'return', '301 "https://$host\\"x"', [0, 6], [7, 29], undefined]]);
  });

  it('treats # inside a word as part of it, and at a word start as a comment', () => {
    const text = 'rewrite ^/a#b /c; # note';
    const model = parseConfigDocument(text, 'nginx');
    assert.deepEqual(entryRows(model), [[['rewrite'], 'rewrite', '^/a#b /c', [0, 7], [8, 16], undefined]]);
    assert.deepEqual(commentTexts(model, text), ['# note']);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [name: string, text: string, errors: readonly string[], keys: readonly string[]]> = [
      ['a directive without ";" before "}"', 'server { listen 80 }', ['Directive without a closing ";" (offset 9)'], ['server', 'listen']],
      ['a block never closed', 'http { server {', ['Block is never closed (offset 0)', 'Block is never closed (offset 7)'], ['http', 'server']],
      ['a stray "}"', '}\nlisten 80;', ['Unexpected "}" (offset 0)'], ['listen']],
      ['a stray ";"', ';', ['Unexpected ";" (offset 0)'], []],
      ['an unclosed quote', 'add_header X "abc;', ['Unclosed quote (offset 13)', 'Directive without a closing ";" at the end of the file (offset 0)'], ['add_header']],
      ['a directive cut off by the end of the file', 'listen 80', ['Directive without a closing ";" at the end of the file (offset 0)'], ['listen']],
    ];
    for (const [name, text, errors, keys] of cases) {
      it(`recovers from ${name}`, () => {
        const model = parseConfigDocument(text, 'nginx');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(model.entries().map((entry) => entry.key), keys);
      });
    }
  });
});
