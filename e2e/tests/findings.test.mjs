/**
 * What a user does with a finding in samples/node-api/src/accounts.js: reads the hover, applies
 * the quick fix, and suppresses it with a justification comment. Each test has its own copy of
 * the samples, so one test's edits never reach another.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { URL } from 'node:url';
import { describe, it } from 'mocha';
import { poll } from '../lib/deadline.mjs';
import { session } from '../lib/session.mjs';
import {
  applyCodeAction,
  expectVisible,
  hoverOver,
  openFile,
  openProblems,
  saveActiveEditor,
  squiggleOnLine,
  tokenOnLine,
  waitForEditorText,
  waitForWorkbench,
} from '../lib/workbench.mjs';

const ACCOUNTS = 'node-api/src/accounts.js';
const MD5_LINE = "return crypto.createHash('md5')";
const MD5_MESSAGE = 'MD5 is a broken hash function.';
const POLICY_HOST = 'security-guidance.service.justice.gov.uk';
const SAVE_MS = 30_000;

/** Opens accounts.js in a fresh workspace and waits for the MD5 squiggle; returns what the test needs. */
async function openAccounts() {
  const workspace = session().freshWorkspace();
  const page = await session().openWorkbench({ workspace });
  await waitForWorkbench(page);
  await openFile(page, ACCOUNTS, MD5_LINE);
  // Two findings share the line (crypto/weak-password-hash spans the whole call); the MD5
  // argument is where crypto/weak-hash, the finding these tests are about, lies.
  await squiggleOnLine(page, MD5_LINE);
  const md5 = await tokenOnLine(page, MD5_LINE, "'md5'");
  return { page, md5, file: path.join(workspace, ACCOUNTS) };
}

/** Shows the Problems panel, checks that it lists the MD5 finding, and returns its row. */
async function md5ProblemRow(page) {
  const row = (await openProblems(page)).filter({ hasText: MD5_MESSAGE });
  await expectVisible(row, 'the MD5 finding in the Problems panel');
  return row;
}

/** The file as saved on disk, once `accept` holds for it. */
function savedText(file, accept, what) {
  return poll(SAVE_MS, `${path.basename(file)} on disk to ${what}`, () => {
    const text = readFileSync(file, 'utf8');
    return accept(text) ? text : undefined;
  });
}

/** The UTC date `days` from today, as the server computes a suppression's expiry. */
function utcDateIn(days) {
  const date = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('working with a finding in code-server', () => {
  it('shows the rule id and a link to the MoJ guidance in the hover on the MD5 finding', async () => {
    const { page, md5 } = await openAccounts();
    // The diagnostic's part of the hover comes first; the rule's Markdown from the server follows it.
    const hover = await hoverOver(page, md5, 'Rule crypto/weak-hash.');

    const text = (await hover.innerText()).replaceAll('\u00a0', ' ');
    assert.match(text, /Rule crypto\/weak-hash\./, `The hover does not name the rule. It says:\n${text}`);
    assert.ok(text.includes(`(${POLICY_HOST})`), `The hover does not show the MoJ guidance host. It says:\n${text}`);
    // Markdown links from a hover provider keep their target in data-href; the diagnostic's own code link in href.
    const targets = await hover.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('data-href') || link.getAttribute('href') || ''));
    const policyLinks = targets.filter((target) => {
      try {
        const url = new URL(target);
        return url.protocol === 'https:' && url.host === POLICY_HOST;
      } catch {
        return false;
      }
    });
    assert.ok(policyLinks.length > 0, `No link to https://${POLICY_HOST} in the hover. Its links: ${targets.join(', ')}`);
  });

  it('applies "Use SHA-256 instead of MD5" and the MD5 finding leaves the Problems panel', async () => {
    const { page, md5, file } = await openAccounts();
    const row = await md5ProblemRow(page);

    await applyCodeAction(page, md5, 'Use SHA-256 instead of MD5');
    await waitForEditorText(page, (text) => !text.includes(MD5_LINE) && text.includes("return crypto.createHash('sha256')"), "createHash('sha256') in place of createHash('md5')");
    await row.waitFor({ state: 'detached', timeout: SAVE_MS }).catch((error) => {
      throw new Error(`The MD5 finding stayed in the Problems panel for ${SAVE_MS / 1000} s after the fix.`, { cause: error });
    });

    await saveActiveEditor(page);
    const saved = await savedText(file, (text) => !text.includes("'md5'"), "lose 'md5'");
    assert.match(saved, /^ {2}return crypto\.createHash\('sha256'\)\.update\(password\)\.digest\('hex'\);$/m);
  });

  it('adds a justification comment to the line with "Suppress on this line…" and the MD5 finding goes', async () => {
    const { page, md5, file } = await openAccounts();
    const row = await md5ProblemRow(page);

    await applyCodeAction(page, md5, 'Suppress crypto/weak-hash on this line');
    await waitForEditorText(page, (text) => text.includes('moj-secure-code-ignore crypto/weak-hash'), 'the suppression comment');
    await row.waitFor({ state: 'detached', timeout: SAVE_MS }).catch((error) => {
      throw new Error(`The MD5 finding stayed in the Problems panel for ${SAVE_MS / 1000} s after the suppression.`, { cause: error });
    });

    await saveActiveEditor(page);
    const saved = await savedText(file, (text) => text.includes('moj-secure-code-ignore'), 'hold the suppression comment');
    const lines = saved.split('\n');
    const original = readFileSync(path.join(session().samplesDir, ACCOUNTS), 'utf8').split('\n');
    const flagged = original.findIndex((line) => line.includes(MD5_LINE));
    // In JavaScript the comment goes at the end of the flagged line (CONTRACTS §5), with the
    // placeholder justification and an expiry 90 days on (suppressionExpiryDays' default).
    assert.equal(
      lines[flagged],
      `${original[flagged]} // moj-secure-code-ignore crypto/weak-hash -- TODO: say why this is safe until ${utcDateIn(90)}`,
    );
    assert.deepEqual(lines.toSpliced(flagged, 1), original.toSpliced(flagged, 1), 'The suppression should change the flagged line only.');
  });
});
