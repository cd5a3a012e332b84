/**
 * "MoJ Secure Code: Write Evidence Report for the Workspace", as a user runs it: from the
 * command palette, saving where the save dialog is pointed, and told where the report went.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'mocha';
import { poll } from '../lib/deadline.mjs';
import { session } from '../lib/session.mjs';
import { expectVisible, notificationText, openFile, runCommand, squiggleOnLine, waitForWorkbench } from '../lib/workbench.mjs';

const COMMAND = 'MoJ Secure Code: Write Evidence Report for the Workspace';
const DIALOG_TITLE = 'Write the MoJ Secure Code evidence report';
const MD5_LINE = "return crypto.createHash('md5')";
// The whole samples workspace is scanned: allow for a slow, shared machine.
const REPORT_MS = 120_000;
const STEP_MS = 30_000;

/** The part of the report from the heading whose id is `id` to the next heading of that level or above. */
function section(html, id) {
  const start = html.search(new RegExp(`<h[1-6] id="${id}">`));
  assert.ok(start >= 0, `The report has no heading with id "${id}".`);
  const level = Number(html[start + 2]);
  const next = html.slice(start + 1).search(new RegExp(`<h[1-${level}] `));
  return next < 0 ? html.slice(start) : html.slice(start, start + 1 + next);
}

/** Waits until the input box holds exactly `value`. */
function inputShows(input, value, what) {
  return poll(STEP_MS, what, async () => ((await input.inputValue()) === value ? true : undefined), 100);
}

describe('the evidence report in code-server', () => {
  it('writes the report where the user saves it, by MoJ control with a coverage table, and says where it went', async () => {
    const workspace = session().freshWorkspace();
    const target = path.join(workspace, 'evidence-for-audit.html');
    const page = await session().openWorkbench({ workspace });
    await waitForWorkbench(page);
    // A finding on screen means the extension is active, so the command palette lists its commands.
    await openFile(page, 'node-api/src/accounts.js', MD5_LINE);
    await squiggleOnLine(page, MD5_LINE);

    await runCommand(page, COMMAND);
    const dialog = await expectVisible(page.locator('.quick-input-widget', { hasText: DIALOG_TITLE }), 'the dialog asking where to save the report');
    // The dialog fills in the folder first and the file name after it.
    const where = dialog.locator('.quick-input-box input');
    await inputShows(where, path.join(workspace, 'moj-secure-code-report.html'), 'the save dialog to offer moj-secure-code-report.html in the workspace folder');
    await where.fill(target);
    await inputShows(where, target, `the save dialog to hold ${target}`);
    await page.keyboard.press('Enter');

    const message = await notificationText(page, 'wrote the evidence report', REPORT_MS);
    const told = /^MoJ Secure Code: wrote the evidence report \((\d+) findings in (\d+) files\) to (.+)\.$/.exec(message);
    assert.ok(told, `Unexpected notification: ${message}`);
    const [, findings, files, writtenTo] = told;
    assert.equal(writtenTo, target, 'The notification should name the file the user chose.');
    assert.ok(Number(findings) > 0 && Number(files) > 0, message);
    assert.ok(existsSync(target), `${target} was not written.`);
    assert.ok(!existsSync(path.join(workspace, 'moj-secure-code-report.html')), 'The report went to the default name, not the chosen one.');

    const html = readFileSync(target, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<h1 id="top">MoJ Secure Code evidence report<\/h1>/);
    assert.match(section(html, 'summary'), new RegExp(`<tr><td>${files}</td>`), 'The summary should count the files the notification counts.');
    const controls = section(html, 'controls');
    assert.match(controls, /<h2 id="controls">Findings by MoJ control<\/h2>/);
    // The MD5 finding in accounts.js, filed under the MoJ hashing guidance.
    assert.match(section(html, 'control-cryptography-hashing'), /<code>node-api\/src\/accounts\.js:8:28<\/code>/);
    const coverage = section(html, 'coverage');
    assert.match(coverage, /<caption>MoJ controls this scan checked<\/caption>/);
    assert.match(coverage, /Cryptography – Hashing<\/a><\/td><td>[^\n]*<code>crypto\/weak-hash<\/code>[^\n]*<td>Yes<\/td><\/tr>/);
  });
});
