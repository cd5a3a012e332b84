import assert from 'node:assert/strict';
import { blockRows, commentTexts, entryRows } from './entry-rows';
import { parseConfigDocument } from './parse-config';

describe('HCL (Terraform)', () => {
  describe('a Terraform aws_lb_listener with default_action', () => {
    const text = [
      '# HTTP listener that should redirect',
      'resource "aws_lb_listener" "web" {',
      '  load_balancer_arn = aws_lb.web.arn',
      '  port              = 80',
      '  protocol          = "HTTP" // no TLS',
      '',
      '  default_action {',
      '    type = "redirect"',
      '    redirect {',
      '      protocol    = "HTTPS"',
      '      status_code = "HTTP_301"',
      '    }',
      '  }',
      '  tags = {',
      '    Name = "web-${var.env}"',
      '  }',
      '}',
    ].join('\n');
    const model = parseConfigDocument(text, 'terraform');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['resource', 'aws_lb_listener', 'web', 'load_balancer_arn'], 'load_balancer_arn', 'aws_lb.web.arn', [74, 91], [94, 108], 0],
        [['resource', 'aws_lb_listener', 'web', 'port'], 'port', '80', [111, 115], [131, 133], 0],
        [['resource', 'aws_lb_listener', 'web', 'protocol'], 'protocol', 'HTTP', [136, 144], [157, 161], 0],
        [['resource', 'aws_lb_listener', 'web', 'default_action', 'type'], 'type', 'redirect', [197, 201], [205, 213], 1],
        [['resource', 'aws_lb_listener', 'web', 'default_action', 'redirect', 'protocol'], 'protocol', 'HTTPS', [236, 244], [251, 256], 2],
        [['resource', 'aws_lb_listener', 'web', 'default_action', 'redirect', 'status_code'], 'status_code', 'HTTP_301', [264, 275], [279, 287], 2],
        [['resource', 'aws_lb_listener', 'web', 'tags'], 'tags', undefined, [301, 305], [308, 341], 0],
        [['resource', 'aws_lb_listener', 'web', 'tags', 'Name'], 'Name', 'web-${var.env}', [314, 318], [322, 336], 0],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['resource', 'aws_lb_listener', 'web'], [37, 343]],
        [1, 0, ['default_action'], [176, 298]],
        [2, 1, ['redirect'], [219, 294]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), ['# HTTP listener that should redirect', '// no TLS']);
      assert.deepEqual(model.errors(), []);
    });
  });

  describe('expressions: calls, heredocs, tuples, conditionals', () => {
    const text = [
      'resource "aws_s3_bucket_policy" "b" {',
      '  policy = jsonencode({',
      '    Statement = [{ Effect = "Allow" }]',
      '  })',
      '  user_data = <<-EOT',
      '    echo "hi"',
      '  EOT',
      '  cidr_blocks = ["0.0.0.0/0", var.extra]',
      '  count = var.enabled ? 1 : 0',
      '}',
    ].join('\n');
    const model = parseConfigDocument(text, 'terraform');

    it('lists every entry with its path, value and ranges', () => {
      assert.deepEqual(entryRows(model), [
        [['resource', 'aws_s3_bucket_policy', 'b', 'policy'], 'policy', 'jsonencode({\n    Statement = [{ Effect = "Allow" }]\n  })', [40, 46], [49, 105], 0],
        [['resource', 'aws_s3_bucket_policy', 'b', 'policy', 'Statement'], 'Statement', undefined, [66, 75], [78, 100], 0],
        [['resource', 'aws_s3_bucket_policy', 'b', 'policy', 'Statement', '0'], '0', undefined, [79, 80], [79, 99], 0],
        [['resource', 'aws_s3_bucket_policy', 'b', 'policy', 'Statement', '0', 'Effect'], 'Effect', 'Allow', [81, 87], [91, 96], 0],
        [['resource', 'aws_s3_bucket_policy', 'b', 'user_data'], 'user_data', '    echo "hi"', [108, 117], [127, 140], 0],
        [['resource', 'aws_s3_bucket_policy', 'b', 'cidr_blocks'], 'cidr_blocks', undefined, [149, 160], [163, 187], 0],
        [['resource', 'aws_s3_bucket_policy', 'b', 'cidr_blocks', '0'], '0', '0.0.0.0/0', [164, 175], [165, 174], 0],
        [['resource', 'aws_s3_bucket_policy', 'b', 'cidr_blocks', '1'], '1', 'var.extra', [177, 186], [177, 186], 0],
        [['resource', 'aws_s3_bucket_policy', 'b', 'count'], 'count', 'var.enabled ? 1 : 0', [190, 195], [198, 217], 0],
      ]);
    });

    it('lists its blocks', () => {
      assert.deepEqual(blockRows(model), [
        [0, undefined, ['resource', 'aws_s3_bucket_policy', 'b'], [0, 219]],
      ]);
    });

    it('records comments and no errors', () => {
      assert.deepEqual(commentTexts(model, text), []);
      assert.deepEqual(model.errors(), []);
    });
  });

  it('reads one-line blocks, identifier labels, escapes and block comments', () => {
    const text = 'variable env { default = "a\\"b$${x}" }\n/* note */ locals { n = 1 }';
    const model = parseConfigDocument(text, 'terraform');
    assert.deepEqual(entryRows(model), [
      [['variable', 'env', 'default'], 'default', 'a"b${x}', [15, 22], [26, 35], 0],
      [['locals', 'n'], 'n', '1', [59, 60], [63, 64], 1],
    ]);
    assert.deepEqual(blockRows(model), [
      [0, undefined, ['variable', 'env'], [0, 38]],
      [1, undefined, ['locals'], [50, 66]],
    ]);
    assert.deepEqual(commentTexts(model, text), ['/* note */']);
  });

  describe('malformed input', () => {
    const cases: ReadonlyArray<readonly [text: string, errors: readonly string[], paths: readonly string[]]> = [
      ['a {\n  b = \n}', ['b has no value (offset 6)'], []],
      ['a {', ['Block is never closed (offset 0)'], []],
      ['}\nx = 1', ['Unexpected "}" (offset 0)'], ['x']],
      ['a "l" x = 1\nb = 2', ['Expected "=" or "{" after a (offset 0)'], ['b']],
      ['x = [1, 2\ny = 3', ['Unclosed bracket in an expression (offset 4)'], ['x', 'x.0', 'x.1']],
      ['x = "unterminated\ny = 2', ['Unclosed string (offset 4)'], ['x', 'y']],
      ['x = (1]\n', ['Unexpected "]" (offset 6)', 'Unclosed bracket in an expression (offset 8)'], ['x']],
      ['x = <<EOF\nabc', ['Heredoc EOF is never closed (offset 4)'], ['x']],
      ['= 3\nok = 1', ['Expected an attribute or block, found "=" (offset 0)'], ['ok']],
      ['a { b = [ }\nc = 1', ['Unclosed bracket in an expression (offset 8)'], ['a.b', 'c']],
    ];
    for (const [text, errors, paths] of cases) {
      it(`recovers from ${JSON.stringify(text)}`, () => {
        const model = parseConfigDocument(text, 'terraform');
        assert.deepEqual(model.errors(), errors);
        assert.deepEqual(model.entries().map((entry) => entry.path.join('.')), paths);
      });
    }
  });

  describe('deep nesting', () => {
    it('reads 5,000 nested blocks', () => {
      const text = `${'a {\n'.repeat(5000)}x = 1\n${'}\n'.repeat(5000)}`;
      const model = parseConfigDocument(text, 'terraform');
      assert.deepEqual(model.errors(), []);
      assert.equal(model.blocks().length, 5000);
      assert.equal(model.entries()[0]?.path.length, 5001);
    });

    it('reads 5,000 nested tuples', () => {
      const text = `x = ${'['.repeat(5000)}1${']'.repeat(5000)}`;
      const model = parseConfigDocument(text, 'terraform');
      assert.deepEqual(model.errors(), []);
      const entries = model.entries();
      assert.equal(entries.length, 5001);
      assert.equal(entries[5000]?.path.length, 5001);
      assert.equal(entries[5000]?.value, '1');
    });
  });
});
