import assert from 'node:assert/strict';
import { firstArgumentValue, withModel } from '../../../../../test/support/model-fixture';

/** Wraps statements in a class and method, as C# needs. */
function inMethod(...statements: string[]): string {
  return ['class A {', '  void M() {', ...statements.map((statement) => `    ${statement}`), '  }', '}'].join('\n');
}

describe('C# adapter', () => {
  it('names invocations by their member-access path, resolving only using aliases', async () => {
    const source = [
      'using System.Security.Cryptography;',
      'using Hash = System.Security.Cryptography.SHA1;',
      'using static System.Math;',
      'class A {',
      '  void M() {',
      '    MD5.Create();',
      '    HashAlgorithm.Create("MD5");',
      '    Hash.HashData(bytes);',
      '    System.Security.Cryptography.SHA1.Create();',
      '    global::System.Net.ServicePointManager.FindServicePoint(uri);',
      '    JsonSerializer.Deserialize<Settings>(json);',
      '    client?.Send(request);',
      '    string.Concat("a", "b");',
      '  }',
      '}',
    ].join('\n');
    const result = await withModel('csharp', source, (model) => ({
      calls: model.calls().map((call) => [call.callee, call.qualified, call.name, call.receiver?.text ?? null]),
      imports: model.imports().map((binding) => [binding.local, binding.target]),
    }));
    assert.deepStrictEqual(result, {
      calls: [
        ['MD5.Create', 'MD5.Create', 'Create', 'MD5'],
        ['HashAlgorithm.Create', 'HashAlgorithm.Create', 'Create', 'HashAlgorithm'],
        ['Hash.HashData', 'System.Security.Cryptography.SHA1.HashData', 'HashData', 'Hash'],
        ['System.Security.Cryptography.SHA1.Create', 'System.Security.Cryptography.SHA1.Create', 'Create', 'System.Security.Cryptography.SHA1'],
        ['System.Net.ServicePointManager.FindServicePoint', 'System.Net.ServicePointManager.FindServicePoint', 'FindServicePoint', 'global::System.Net.ServicePointManager'],
        ['JsonSerializer.Deserialize', 'JsonSerializer.Deserialize', 'Deserialize', 'JsonSerializer'],
        ['client.Send', 'client.Send', 'Send', 'client'],
        ['string.Concat', 'string.Concat', 'Concat', 'string'],
      ],
      imports: [['Hash', 'System.Security.Cryptography.SHA1']],
    });
  });

  it('names object creations by their type, and target-typed new by the declared type', async () => {
    const source = [
      'class A {',
      '  SHA256 field = new();',
      '  void M() {',
      '    var a = new SHA1CryptoServiceProvider();',
      '    var b = new System.Security.Cryptography.HMACMD5(key);',
      '    var c = new Dictionary<string, string>();',
      '    MD5 d = new();',
      '  }',
      '}',
    ].join('\n');
    const calls = await withModel('csharp', source, (model) =>
      model.calls().map((call) => [call.callee, call.name, call.isConstructor, call.args.map((argument) => argument.node.text)]));
    assert.deepStrictEqual(calls, [
      ['SHA256', 'SHA256', true, []],
      ['SHA1CryptoServiceProvider', 'SHA1CryptoServiceProvider', true, []],
      ['System.Security.Cryptography.HMACMD5', 'HMACMD5', true, ['key']],
      ['Dictionary', 'Dictionary', true, []],
      ['MD5', 'MD5', true, []],
    ]);
  });

  it('gives named arguments their names and collects them as key/values', async () => {
    const source = inMethod('var s = new SslStream(stream, false, userCertificateValidationCallback: (a, b, c, d) => true);', 'Use(ref x, out var y);');
    const result = await withModel('csharp', source, (model) => ({
      args: model.calls().map((call) => call.args.map((argument) => [argument.name ?? null, argument.node.text])),
      pairs: model.keyValues().map((pair) => [pair.key, pair.value.text]),
    }));
    assert.deepStrictEqual(result, {
      args: [
        [[null, 'stream'], [null, 'false'], ['userCertificateValidationCallback', '(a, b, c, d) => true']],
        [[null, 'x'], [null, 'var y']],
      ],
      pairs: [['userCertificateValidationCallback', '(a, b, c, d) => true']],
    });
  });

  it('collects object initialiser members as key/values and assignments', async () => {
    const source = inMethod(
      'var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true, UseProxy = false };',
      'var headers = new Dictionary<string, string> { ["X-Frame-Options"] = "DENY" };',
      'var o = new { Password = secret, Name };',
    );
    const result = await withModel('csharp', source, (model) => ({
      pairs: model.keyValues().map((pair) => [pair.key, pair.keyNode.text, pair.value.text]),
      targets: model.assignments().map((assignment) => assignment.target),
    }));
    assert.deepStrictEqual(result, {
      pairs: [
        ['ServerCertificateCustomValidationCallback', 'ServerCertificateCustomValidationCallback', '(m, c, ch, e) => true'],
        ['UseProxy', 'UseProxy', 'false'],
        ['X-Frame-Options', '"X-Frame-Options"', '"DENY"'],
        ['Password', 'Password', 'secret'],
        ['Name', 'Name', 'Name'],
      ],
      targets: ['handler', 'ServerCertificateCustomValidationCallback', 'UseProxy', 'headers', 'o'],
    });
  });

  it('collects attribute named arguments as key/values, not positional ones', async () => {
    const source = '[Route("api")]\n[EnableCors(Origins = "*", name: "p")]\nclass A {}';
    const pairs = await withModel('csharp', source, (model) => model.keyValues().map((pair) => [pair.key, pair.value.text]));
    assert.deepStrictEqual(pairs, [['Origins', '"*"'], ['name', '"p"']]);
  });

  it('records fields, constants, properties and member assignments with their scopes', async () => {
    const source = [
      'class A {',
      '  private const string Alg = "MD5";',
      '  static readonly int Size = 1024, Rounds = 2;',
      '  public string Mode { get; set; } = "ECB";',
      '  string Cipher => "DES";',
      '  void M() {',
      '    handler.ServerCertificateCustomValidationCallback = delegate { return true; };',
      '    ServicePointManager.SecurityProtocol = SecurityProtocolType.Ssl3;',
      '    this.key = null;',
      '    count += 1;',
      '  }',
      '}',
    ].join('\n');
    const assignments = await withModel('csharp', source, (model) =>
      model.assignments().map((assignment) => [assignment.target, assignment.value.text, model.enclosingFunction(assignment.node)?.type ?? null]));
    assert.deepStrictEqual(assignments, [
      ['Alg', '"MD5"', null],
      ['Size', '1024', null],
      ['Rounds', '2', null],
      ['Mode', '"ECB"', null],
      ['Cipher', '"DES"', null],
      ['handler.ServerCertificateCustomValidationCallback', 'delegate { return true; }', 'method_declaration'],
      ['ServicePointManager.SecurityProtocol', 'SecurityProtocolType.Ssl3', 'method_declaration'],
      ['this.key', 'null', 'method_declaration'],
      ['count', 'count += 1', 'method_declaration'],
    ]);
  });

  it('propagates constants through fields, locals, concatenation, interpolation and literal forms', async () => {
    const cases: Array<[string, unknown]> = [
      ['class A {\n  const string Alg = "MD5";\n  void M() { F(Alg); }\n}', { kind: 'string', value: 'MD5' }],
      ['class C { public const string Alg = "DES"; }\nclass D { void M() { F(C.Alg); } }', { kind: 'string', value: 'DES' }],
      ['class A {\n  string Cipher => "RC4";\n  void M() { F(Cipher); }\n}', { kind: 'string', value: 'RC4' }],
      [inMethod('var a = "SHA1";', 'a = "SHA256";', 'F(a);'), { kind: 'string', value: 'SHA256' }],
      [inMethod('var a = "SHA";', 'a += "1";', 'F(a);'), { kind: 'string', value: 'SHA1' }],
      [inMethod('F("MD" + \'5\');'), { kind: 'string', value: 'MD5' }],
      [inMethod('const string p = "SHA";', 'F($"{p}-{1}");'), { kind: 'string', value: 'SHA-1' }],
      [inMethod('F($"{{x}}\\t");'), { kind: 'string', value: '{x}\t' }],
      [inMethod('F($@"C:\\{{""a""}}");'), { kind: 'string', value: 'C:\\{"a"}' }],
      [inMethod('F($"{name}");'), { kind: 'unknown' }],
      [inMethod('const int n = 5;', 'F($"{n:N2}");'), { kind: 'unknown' }],
      [inMethod('F(@"C:\\temp\\""x""");'), { kind: 'string', value: 'C:\\temp\\"x"' }],
      [inMethod('F("\\x41\\u0042\\U00000043\\0");'), { kind: 'string', value: 'ABC\0' }],
      [inMethod('F((string)("A" + "ES"));'), { kind: 'string', value: 'AES' }],
      [inMethod('F(0xFFUL);'), { kind: 'number', value: 255 }],
      [inMethod('F(0b1_0000u);'), { kind: 'number', value: 16 }],
      [inMethod('F(1024L * 2);'), { kind: 'number', value: 2048 }],
      [inMethod('F(1.5m);'), { kind: 'number', value: 1.5 }],
      [inMethod('F(-1);'), { kind: 'number', value: -1 }],
      [inMethod('F(!false);'), { kind: 'boolean', value: true }],
      [inMethod('F(null);'), { kind: 'null' }],
      [inMethod('F(nameof(HashAlgorithmName.MD5));'), { kind: 'string', value: 'MD5' }],
      [inMethod('F(strong ? "SHA256" : "MD5");'), { kind: 'unknown' }],
      [inMethod('F(configured ?? "MD5");'), { kind: 'unknown' }],
      [inMethod('F(string.Format("{0}", "MD5"));'), { kind: 'unknown' }],
      ['class A {\n  void M(string alg) { F(alg); }\n}', { kind: 'unknown' }],
    ];
    for (const [source, expected] of cases) {
      assert.deepStrictEqual(await withModel('csharp', source, (model) => firstArgumentValue(model, 'F')), expected, source);
    }
  });

  it('recovers raw string literals, which the grammar does not know, without facts from their content', async () => {
    const source = inMethod(
      'F("""MD5""");',
      'H($"""{alg}-1""");',
      'var json = """',
      '    {"alg": "none", "x": Foo(1)}',
      '      indented',
      '    """;',
      'G(json);',
    );
    const result = await withModel('csharp', source, (model) => ({
      calls: model.calls().map((call) => call.callee),
      f: firstArgumentValue(model, 'F'),
      g: firstArgumentValue(model, 'G'),
      h: firstArgumentValue(model, 'H'),
      strings: model.strings().map((literal) => [literal.value, model.root.text.slice(literal.valueRange.start, literal.valueRange.end)]),
    }));
    assert.deepStrictEqual(result, {
      calls: ['F', 'H', 'G'],
      f: { kind: 'string', value: 'MD5' },
      g: { kind: 'string', value: '{"alg": "none", "x": Foo(1)}\n  indented' },
      h: { kind: 'unknown' },
      strings: [
        ['MD5', 'MD5'],
        ['{"alg": "none", "x": Foo(1)}\n  indented', '\n        {"alg": "none", "x": Foo(1)}\n          indented\n        '],
      ],
    });
  });

  it('opens function scopes at methods, accessors, local functions, lambdas and anonymous methods', async () => {
    const source = [
      'class A {',
      '  string f = "field";',
      '  string P { get { return "accessor"; } }',
      '  void M() {',
      '    Run(() => "lambda");',
      '    Run(delegate { return "anonymous"; });',
      '    string Local() => "local";',
      '  }',
      '}',
    ].join('\n');
    const scopes = await withModel('csharp', source, (model) =>
      model.strings().map((literal) => [literal.value, model.enclosingFunction(literal.node)?.type ?? null]));
    assert.deepStrictEqual(scopes, [
      ['field', null],
      ['accessor', 'accessor_declaration'],
      ['lambda', 'lambda_expression'],
      ['anonymous', 'anonymous_method_expression'],
      ['local', 'local_function_statement'],
    ]);
  });

  it('gives string values and ranges, never from comments or XML documentation', async () => {
    const source = [
      '/// <summary>Uses "MD5".</summary>',
      'class A {',
      '  // "SHA1"',
      '  string s = "a\\tb"; /* "DES" */',
      '  string v = @"c:\\x";',
      '  string i = $"k";',
      '}',
    ].join('\n');
    const strings = await withModel('csharp', source, (model) =>
      model.strings().map((literal) => [literal.value, model.root.text.slice(literal.valueRange.start, literal.valueRange.end)]));
    assert.deepStrictEqual(strings, [['a\tb', 'a\\tb'], ['c:\\x', 'c:\\x'], ['k', 'k']]);
  });
});
