import assert from 'node:assert/strict';
import type { Node } from 'web-tree-sitter';
import type { CodeModel, StaticValue } from '../../contract';
import { withModel } from '../../../../../test/support/model-fixture';

/** Each call as [callee, qualified, name, argument texts, receiver text]. */
function callTable(model: CodeModel): [string, string, string, string[], string | undefined][] {
  return model.calls().map((call) => [call.callee, call.qualified, call.name, call.args.map((arg) => arg.node.text), call.receiver?.text]);
}

function valueOfTarget(model: CodeModel, target: string): StaticValue | undefined {
  const assignment = model.assignments().find((candidate) => candidate.target === target);
  return assignment ? model.valueOf(assignment.value) : undefined;
}

/** The composite literal a struct field belongs to, as a rule finds it from a key/value fact. */
function compositeLiteralOf(keyValueNode: Node): Node | undefined {
  const literal = keyValueNode.parent?.parent;
  return literal?.type === 'composite_literal' ? literal : undefined;
}

describe('Go adapter', () => {
  it('resolves plain, aliased and grouped imports in qualified callee names', async () => {
    const source = [
      'package main',
      'import "crypto/md5"',
      'import (',
      '\tsha "crypto/sha1"',
      '\t_ "net/http/pprof"',
      '\t. "fmt"',
      '\t"crypto/tls"',
      '\t"gopkg.in/yaml.v3"',
      '\t"github.com/jackc/pgx/v5"',
      ')',
      'func main() {',
      '\th := md5.New()',
      '\tsum := sha.Sum([]byte("x"))',
      '\tconn, err := tls.Dial("tcp", "example.org:443", cfg)',
      '\th.Write(nil)',
      '\tPrintln(sum, conn, err)',
      '}',
    ].join('\n');
    await withModel('go', source, (model) => {
      assert.deepEqual(model.imports().map((binding) => [binding.local, binding.target]), [
        ['md5', 'crypto/md5'],
        ['sha', 'crypto/sha1'],
        ['tls', 'crypto/tls'],
        ['yaml', 'gopkg.in/yaml.v3'],
        ['pgx', 'github.com/jackc/pgx/v5'],
      ]);
      assert.deepEqual(callTable(model), [
        ['md5.New', 'crypto/md5.New', 'New', [], 'md5'],
        ['sha.Sum', 'crypto/sha1.Sum', 'Sum', ['[]byte("x")'], 'sha'],
        ['tls.Dial', 'crypto/tls.Dial', 'Dial', ['"tcp"', '"example.org:443"', 'cfg'], 'tls'],
        ['h.Write', 'h.Write', 'Write', ['nil'], 'h'],
        ['Println', 'Println', 'Println', ['sum', 'conn', 'err'], undefined],
      ]);
    });
  });

  it('gives struct literal fields as key/value pairs and reaches the literal type from them', async () => {
    const source = [
      'package main',
      'import "crypto/tls"',
      'func client() *tls.Config {',
      '\treturn &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS10}',
      '}',
    ].join('\n');
    await withModel('go', source, (model) => {
      assert.deepEqual(model.keyValues().map((pair) => [pair.key, pair.keyNode.text, pair.value.text]), [
        ['InsecureSkipVerify', 'InsecureSkipVerify', 'true'],
        ['MinVersion', 'MinVersion', 'tls.VersionTLS10'],
      ]);
      const [first, second] = model.keyValues();
      assert.ok(first && second);
      const literal = compositeLiteralOf(first.node);
      const type = literal?.childForFieldName('type');
      assert.ok(type);
      assert.equal(model.qualifiedName(type), 'crypto/tls.Config');
      assert.deepEqual(model.valueOf(first.value), { kind: 'boolean', value: true });
      assert.equal(model.qualifiedName(second.value), 'crypto/tls.VersionTLS10');
      assert.equal(model.calls().length, 0);
    });
  });

  it('gives constant string keys of map literals and skips positional elements', async () => {
    const source = 'package main\nvar headers = map[string]string{"Authorization": "Basic x", key: "y"}\nvar list = []string{"a", "b"}\n';
    await withModel('go', source, (model) => {
      assert.deepEqual(model.keyValues().map((pair) => [pair.key, pair.value.text]), [
        ['Authorization', '"Basic x"'],
        ['key', '"y"'],
      ]);
    });
  });

  it('records field assignments, short declarations, var and const specs', async () => {
    const source = [
      'package main',
      'const Alg = "md5"',
      'const (',
      '\tFirst = iota',
      '\tSecond',
      '\tName, Other = "n", `raw\\n`',
      ')',
      'var size, rounds = 2048, 10',
      'var unset int',
      'func f(cfg *tls.Config) {',
      '\tcfg.InsecureSkipVerify = true',
      '\tcount := 1',
      '\tcount += 1',
      '\tv, err := load()',
      '\t_, rest := 1, 2',
      '}',
    ].join('\n');
    await withModel('go', source, (model) => {
      assert.deepEqual(model.assignments().map((assignment) => [assignment.target, assignment.value.text]), [
        ['Alg', '"md5"'],
        ['First', 'iota'],
        ['Name', '"n"'],
        ['Other', '`raw\\n`'],
        ['size', '2048'],
        ['rounds', '10'],
        ['cfg.InsecureSkipVerify', 'true'],
        ['count', '1'],
        ['rest', '2'],
      ]);
      assert.deepEqual(valueOfTarget(model, 'First'), { kind: 'unknown' });
      assert.deepEqual(valueOfTarget(model, 'Other'), { kind: 'string', value: 'raw\\n' });
    });
  });

  it('works out constants through concatenation, conversions and module-level constants', async () => {
    const source = [
      'package main',
      'import "crypto/md5"',
      'const prefix = "ma"',
      'const Alg = prefix + "d5"',
      'const Bits = (1 << 10) * 2',
      'func f() {',
      '\tsalt := "s\\t\\x41\\u00e9\\U0001F600"',
      '\tkey := []byte("se" + "cret")',
      '\tname := string("x")',
      '\tmode := 0644',
      '\tneg := -0xFF',
      '\tok := !false',
      '\tvar nothing error = nil',
      '\tuse(Alg, Bits, salt, key, name, mode, neg, ok, nothing, md5.Size, os.Getenv("X"))',
      '}',
    ].join('\n');
    await withModel('go', source, (model) => {
      const call = model.calls().find((candidate) => candidate.callee === 'use');
      assert.ok(call);
      assert.deepEqual(call.args.map((arg) => model.valueOf(arg.node)), [
        { kind: 'string', value: 'mad5' },
        { kind: 'number', value: 2048 },
        { kind: 'string', value: 's\tAé😀' },
        { kind: 'string', value: 'secret' },
        { kind: 'string', value: 'x' },
        { kind: 'number', value: 420 },
        { kind: 'number', value: -255 },
        { kind: 'boolean', value: true },
        { kind: 'null' },
        { kind: 'unknown' },
        { kind: 'unknown' },
      ]);
    });
  });

  it('lists interpreted and raw string literals with the range inside the quotes', async () => {
    const source = 'package main\nimport "net/http"\nfunc f() {\n\t// "not code"\n\thttp.Get("http://example.org")\n\tx := `a\nb`\n}\n';
    await withModel('go', source, (model) => {
      assert.deepEqual(model.strings().map((literal) => [literal.value, source.slice(literal.valueRange.start, literal.valueRange.end)]), [
        ['net/http', 'net/http'],
        ['http://example.org', 'http://example.org'],
        ['a\nb', 'a\nb'],
      ]);
    });
  });

  it('scopes values to functions, methods and function literals', async () => {
    const source = [
      'package main',
      'func (s *Server) Run() {',
      '\talg := "sha1"',
      '\thandler := func() {',
      '\t\talg := "md5"',
      '\t\thash(alg)',
      '\t}',
      '\thash(alg)',
      '}',
    ].join('\n');
    await withModel('go', source, (model) => {
      const hashes = model.calls().filter((call) => call.callee === 'hash');
      assert.deepEqual(hashes.map((call) => model.enclosingFunction(call.node)?.type), ['func_literal', 'method_declaration']);
      assert.deepEqual(hashes.map((call) => (call.args[0] ? model.valueOf(call.args[0].node) : undefined)), [
        { kind: 'string', value: 'md5' },
        { kind: 'string', value: 'sha1' },
      ]);
    });
  });
});
