/**
 * A rules module (loaded by the CLI through its `rulesModule` option) for the redaction harness.
 * Its one rule reports every planted secret the way a careless rule might: the message, the fix
 * title and a related location all quote the value, and the fixes write it back out, on the
 * same line, on a new line and across lines. Each report declares the secret's range, and the
 * harness then checks that no output shows the value.
 */
import type { Fix, Report, Rule, RuleContext } from '../../server/src/engine/contract';
import { AWS_ACCESS_KEY_ID, BASIC_AUTH_PASSWORD, GITHUB_TOKEN, PEM_PRIVATE_KEY, PLANTED_SECRETS, type Secret } from './harness-secrets';

export const plantedSecret: Rule = {
  meta: {
    id: 'test/planted-secret',
    title: 'Planted secret',
    area: 'secrets',
    severity: 'critical',
    confidence: 'high',
    cwe: [798],
    policy: ['secrets-management#application--infrastructure-secrets'],
    basis: 'explicit',
    why: 'A rule made for the redaction harness.',
    howToFix: 'Read the value from the environment.',
    fixSafety: 'safe',
    languages: ['javascript'],
    prefilter: ['AKIA', 'ghp_', '@', 'PRIVATE KEY'],
  },
  check(context: RuleContext) {
    for (const report of plantedReports(context.document.text)) context.report(report);
  },
};

export function plantedReports(text: string): Report[] {
  const reports: Report[] = [];
  for (const secret of PLANTED_SECRETS) {
    for (let start = text.indexOf(secret.value); start >= 0; start = text.indexOf(secret.value, start + 1)) {
      const end = start + secret.value.length;
      const literal = enclosingLiteral(text, start, end);
      reports.push({
        range: literal,
        message: `Hard-coded ${secret.name} ${secret.value} found.`,
        secrets: [{ start, end }],
        related: [{ range: { start, end }, message: `The ${secret.name} ${secret.value} starts here.` }],
        fix: { ...fixFor(secret, text, literal), title: `Move ${secret.value} out of the code` },
      });
    }
  }
  return reports;
}

/** The quoted literal around a value: from the quote before it to the one after. */
function enclosingLiteral(text: string, start: number, end: number): { start: number; end: number } {
  let open = start - 1;
  while (open > 0 && !"'`".includes(text[open]!)) open--;
  const close = text.indexOf(text[open]!, end);
  return { start: open, end: close + 1 };
}

function fixFor(secret: Secret, text: string, literal: { start: number; end: number }): Omit<Fix, 'title'> {
  const quoted = text.slice(literal.start, literal.end);
  switch (secret) {
    case AWS_ACCESS_KEY_ID:
      // Re-emits the value inside an edit that covers it.
      return { edits: [{ ...literal, newText: `process.env.AWS_ACCESS_KEY_ID ?? ${quoted}` }] };
    case PEM_PRIVATE_KEY:
      // The same across several lines.
      return { edits: [{ ...literal, newText: `process.env.PRIVATE_KEY ??\n  ${quoted}` }] };
    case GITHUB_TOKEN: {
      // Writes the value on a new line, away from its own range.
      const lineStart = text.lastIndexOf('\n', literal.start) + 1;
      return { edits: [{ start: lineStart, end: lineStart, newText: `// rotate ${secret.value}\n` }] };
    }
    case BASIC_AUTH_PASSWORD:
    default: {
      // Changes the same line without touching the value.
      const scheme = text.lastIndexOf('http://', literal.end);
      return { edits: [{ start: scheme, end: scheme + 'http://'.length, newText: 'https://' }] };
    }
  }
}

export const allRules: readonly Rule[] = [plantedSecret];
