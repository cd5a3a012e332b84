import assert from 'node:assert/strict';
import type { ProjectIndex } from '../../contract';
import { NO_PROJECT, firstArgumentValue, withModel } from '../../../../../test/support/model-fixture';

/** A project whose `.properties` files define only `crypto.alg=SHA-256`. */
const WITH_PROPERTIES: ProjectIndex = {
  ...NO_PROJECT,
  property: (key) => (key === 'crypto.alg' ? 'SHA-256' : undefined),
};

/** Wraps statements in a class and method, as Java needs. */
function inMethod(...statements: string[]): string {
  return ['class A {', '  void m() {', ...statements.map((statement) => `    ${statement}`), '  }', '}'].join('\n');
}

describe('Java adapter', () => {
  it('resolves single-type and static imports, and binds nothing for a wildcard', async () => {
    const source = [
      'import java.security.MessageDigest;',
      'import static javax.crypto.Cipher.getInstance;',
      'import javax.net.ssl.*;',
      'class A {',
      '  void m() throws Exception {',
      '    MessageDigest.getInstance("MD5");',
      '    getInstance("DES");',
      '    java.security.MessageDigest.getInstance("SHA-1");',
      '    SSLContext.getInstance("TLSv1");',
      '  }',
      '}',
    ].join('\n');
    const result = await withModel('java', source, (model) => ({
      calls: model.calls().map((call) => [call.callee, call.qualified, call.name, call.receiver?.text ?? null]),
      imports: model.imports().map((binding) => [binding.local, binding.target]),
    }));
    assert.deepStrictEqual(result, {
      calls: [
        ['MessageDigest.getInstance', 'java.security.MessageDigest.getInstance', 'getInstance', 'MessageDigest'],
        ['getInstance', 'javax.crypto.Cipher.getInstance', 'getInstance', null],
        ['java.security.MessageDigest.getInstance', 'java.security.MessageDigest.getInstance', 'getInstance', 'java.security.MessageDigest'],
        ['SSLContext.getInstance', 'SSLContext.getInstance', 'getInstance', 'SSLContext'],
      ],
      imports: [
        ['MessageDigest', 'java.security.MessageDigest'],
        ['getInstance', 'javax.crypto.Cipher.getInstance'],
      ],
    });
  });

  it('names constructors by their type, including qualified, generic and anonymous classes', async () => {
    const source = [
      'import java.security.SecureRandom;',
      'class A {',
      '  void m() {',
      '    new SecureRandom();',
      '    new javax.servlet.http.Cookie("session", id);',
      '    new java.util.HashMap<String, String>();',
      '    new X509TrustManager() { };',
      '  }',
      '}',
    ].join('\n');
    const calls = await withModel('java', source, (model) =>
      model.calls().map((call) => [call.callee, call.qualified, call.name, call.isConstructor, call.calleeNode.text, call.args.length]));
    assert.deepStrictEqual(calls, [
      ['SecureRandom', 'java.security.SecureRandom', 'SecureRandom', true, 'SecureRandom', 0],
      ['javax.servlet.http.Cookie', 'javax.servlet.http.Cookie', 'Cookie', true, 'javax.servlet.http.Cookie', 2],
      ['java.util.HashMap', 'java.util.HashMap', 'HashMap', true, 'java.util.HashMap<String, String>', 0],
      ['X509TrustManager', 'X509TrustManager', 'X509TrustManager', true, 'X509TrustManager', 0],
    ]);
  });

  it('gives each call in a builder chain its receiver and arguments', async () => {
    const source = inMethod(
      'HttpClients.custom()',
      '    .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE)',
      '    .build();',
      'new SSLContextBuilder().loadTrustMaterial(null, (chain, authType) -> true);',
    );
    const calls = await withModel('java', source, (model) =>
      model.calls().map((call) => [call.callee, call.name, call.receiver?.text ?? null, call.args.map((argument) => argument.node.text)]));
    assert.deepStrictEqual(calls, [
      ['HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build', 'build',
        'HttpClients.custom()\n        .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE)', []],
      ['HttpClients.custom().setSSLHostnameVerifier', 'setSSLHostnameVerifier', 'HttpClients.custom()', ['NoopHostnameVerifier.INSTANCE']],
      ['HttpClients.custom', 'custom', 'HttpClients', []],
      ['new SSLContextBuilder().loadTrustMaterial', 'loadTrustMaterial', 'new SSLContextBuilder()', ['null', '(chain, authType) -> true']],
      ['SSLContextBuilder', 'SSLContextBuilder', null, []],
    ]);
  });

  it('propagates constants through fields, locals, concatenation, casts and literal forms', async () => {
    const cases: Array<[string, unknown]> = [
      ['class A {\n  private static final String ALG = "MD5";\n  void m() { f(ALG); }\n}', { kind: 'string', value: 'MD5' }],
      ['class A {\n  static final String P = "SHA", ALG = P + "-1";\n  void m() { f(ALG); }\n}', { kind: 'string', value: 'SHA-1' }],
      ['class C { static final String ALG = "DES"; }\nclass D { void m() { f(C.ALG); } }', { kind: 'string', value: 'DES' }],
      ['class A {\n  private String alg = "RC4";\n  void m() { f(this.alg); }\n}', { kind: 'string', value: 'RC4' }],
      ['class A {\n  static final String ALG;\n  static { ALG = "MD2"; }\n  void m() { f(ALG); }\n}', { kind: 'string', value: 'MD2' }],
      [inMethod('String a = "SHA-1";', 'a = "SHA-256";', 'f(a);'), { kind: 'string', value: 'SHA-256' }],
      [inMethod('String a = "SHA";', 'a += "-1";', 'f(a);'), { kind: 'string', value: 'SHA-1' }],
      [inMethod('f("MD" + \'5\');'), { kind: 'string', value: 'MD5' }],
      [inMethod('f((String) ("A" + "ES"));'), { kind: 'string', value: 'AES' }],
      [inMethod('f("\\u0041\\101\\t\\s\\"");'), { kind: 'string', value: 'AA\t "' }],
      [inMethod('f(\'\\u0041\');'), { kind: 'string', value: 'A' }],
      [inMethod('f(0x1FL);'), { kind: 'number', value: 31 }],
      [inMethod('f(010);'), { kind: 'number', value: 8 }],
      [inMethod('f(0b1_000);'), { kind: 'number', value: 8 }],
      [inMethod('f(1_024L * 2);'), { kind: 'number', value: 2048 }],
      [inMethod('f(1.5e3f);'), { kind: 'number', value: 1500 }],
      [inMethod('f(-512);'), { kind: 'number', value: -512 }],
      [inMethod('f(!true);'), { kind: 'boolean', value: false }],
      [inMethod('f(null);'), { kind: 'null' }],
      [inMethod('f(strong ? "SHA-256" : "MD5");'), { kind: 'unknown' }],
      [inMethod('f(String.format("%s", "MD5"));'), { kind: 'unknown' }],
      ['class A {\n  A(String alg) { this.alg = alg; }\n  void m() { f(this.alg); }\n}', { kind: 'unknown' }],
      ['class A {\n  void m(String alg) { f(alg); }\n}', { kind: 'unknown' }],
    ];
    for (const [source, expected] of cases) {
      assert.deepStrictEqual(await withModel('java', source, (model) => firstArgumentValue(model, 'f')), expected, source);
    }
  });

  it('reads text blocks with incidental indentation, trailing spaces and line continuations removed', async () => {
    const source = inMethod('f("""', '      SELECT *  ', '        FROM t \\', '      WHERE a = \'\\s\'', '      """);');
    const value = await withModel('java', source, (model) => firstArgumentValue(model, 'f'));
    assert.deepStrictEqual(value, { kind: 'string', value: "SELECT *\n  FROM t WHERE a = ' '\n" });
  });

  it('resolves getProperty through .properties files, else its default', async () => {
    const source = inMethod(
      'String alg = props.getProperty("crypto.alg", "MD5");',
      'MessageDigest.getInstance(alg);',
      'f(System.getProperty("other.alg", "SHA-1"));',
      'g(props.getProperty("missing"));',
    );
    const read = (project: ProjectIndex): Promise<unknown[]> => withModel('java', source, (model) => [
      firstArgumentValue(model, 'MessageDigest.getInstance'),
      firstArgumentValue(model, 'f'),
      firstArgumentValue(model, 'g'),
    ], project);
    assert.deepStrictEqual(await read(WITH_PROPERTIES), [
      { kind: 'string', value: 'SHA-256' },
      { kind: 'string', value: 'SHA-1' },
      { kind: 'unknown' },
    ]);
    assert.deepStrictEqual(await read(NO_PROJECT), [
      { kind: 'string', value: 'MD5' },
      { kind: 'string', value: 'SHA-1' },
      { kind: 'unknown' },
    ]);
  });

  it('collects annotation element values as key/values, a single element as `value`', async () => {
    const source = [
      '@CrossOrigin(origins = "*", maxAge = 3600)',
      '@Config(value = {"a", "b"}, nested = @B(c = 1))',
      '@SuppressWarnings("unchecked")',
      '@Override',
      'class A {}',
    ].join('\n');
    const pairs = await withModel('java', source, (model) => model.keyValues().map((pair) => [pair.key, pair.keyNode.text, pair.value.text]));
    assert.deepStrictEqual(pairs, [
      ['origins', 'origins', '"*"'],
      ['maxAge', 'maxAge', '3600'],
      ['value', 'value', '{"a", "b"}'],
      ['nested', 'nested', '@B(c = 1)'],
      ['c', 'c', '1'],
      ['value', '"unchecked"', '"unchecked"'],
    ]);
  });

  it('records declarations, fields, resources and assignments with their targets', async () => {
    const source = [
      'class A {',
      '  private static final String ALG = "MD5", MODE = "ECB";',
      '  private int rounds;',
      '  A(String s) { this.key = s; }',
      '  void m() throws Exception {',
      '    int a[] = {1}, b;',
      '    conn.timeout = 0;',
      '    rounds += 2;',
      '    try (InputStream in = open()) { }',
      '  }',
      '}',
    ].join('\n');
    const assignments = await withModel('java', source, (model) =>
      model.assignments().map((assignment) => [assignment.target, assignment.value.text, model.enclosingFunction(assignment.node)?.type ?? null]));
    assert.deepStrictEqual(assignments, [
      ['ALG', '"MD5"', null],
      ['MODE', '"ECB"', null],
      ['this.key', 's', 'constructor_declaration'],
      ['a', '{1}', 'method_declaration'],
      ['conn.timeout', '0', 'method_declaration'],
      ['rounds', 'rounds += 2', 'method_declaration'],
      ['in', 'open()', 'method_declaration'],
    ]);
  });

  it('opens function scopes at methods, constructors and lambdas, not class bodies', async () => {
    const source = [
      'class A {',
      '  String f = "field";',
      '  A() { use("constructor"); }',
      '  void m() { run(() -> use("lambda")); use("method"); }',
      '}',
    ].join('\n');
    const scopes = await withModel('java', source, (model) =>
      model.strings().map((literal) => [literal.value, model.enclosingFunction(literal.node)?.type ?? null]));
    assert.deepStrictEqual(scopes, [
      ['field', null],
      ['constructor', 'constructor_declaration'],
      ['lambda', 'lambda_expression'],
      ['method', 'method_declaration'],
    ]);
  });

  it('gives string values and ranges, never from comments or Javadoc', async () => {
    const source = [
      '/** Uses "MD5" for checksums. */',
      'class A {',
      '  // "SHA1" in a line comment',
      '  String s = "a\\tb"; /* "DES" */',
      '  String t = """',
      '      x',
      '      """;',
      '}',
    ].join('\n');
    const strings = await withModel('java', source, (model) => model.strings().map((literal) => [literal.value, literal.valueRange]));
    assert.deepStrictEqual(strings, [
      ['a\tb', { start: 87, end: 91 }],
      ['x\n', { start: 122, end: 137 }],
    ]);
  });
});
