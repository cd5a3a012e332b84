/**
 * Fix on save: with `source.fixAll.mojSecureCode` in `editor.codeActionsOnSave`, saving applies
 * the safe fixes only. The file has one finding whose fix is safe (a TLS 1.0 minimum, raised to
 * TLS 1.2) and one whose fix is only a suggestion (MD5, whose replacement changes stored hashes).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'mocha';
import { poll } from '../lib/deadline.mjs';
import { session } from '../lib/session.mjs';
import { openFile, saveActiveEditor, squiggleOnLine, waitForEditorText, waitForWorkbench } from '../lib/workbench.mjs';

const FIXTURE = 'node-api/src/transport.js';
const TLS_LINE = "const socket = tls.connect({ host: 'casework.example.justice.gov.uk', port: 443, minVersion: 'TLSv1' });";
const MD5_LINE = "  return crypto.createHash('md5').update(body).digest('hex');";
const fixture = (minVersion) =>
  [
    "'use strict';",
    "const crypto = require('crypto');",
    "const tls = require('tls');",
    '',
    TLS_LINE.replace("'TLSv1'", `'${minVersion}'`),
    '',
    'function digest(body) {',
    MD5_LINE,
    '}',
    '',
    'module.exports = { socket, digest };',
    '',
  ].join('\n');

describe('fix on save in code-server', () => {
  it('applies only the safe fixes when source.fixAll.mojSecureCode runs on save', async () => {
    const workspace = session().freshWorkspace();
    const file = path.join(workspace, FIXTURE);
    writeFileSync(file, fixture('TLSv1'));
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    writeFileSync(
      path.join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({ 'editor.codeActionsOnSave': { 'source.fixAll.mojSecureCode': 'explicit' } }, null, 2),
    );

    const page = await session().openWorkbench({ workspace });
    await waitForWorkbench(page);
    await openFile(page, FIXTURE, "minVersion: 'TLSv1'");
    // Both findings are analysed before the save, so the fix-all action has something to apply.
    await squiggleOnLine(page, "minVersion: 'TLSv1'");
    await squiggleOnLine(page, "createHash('md5')");

    // An edit at the end of the file makes the save a real one, with its save participants.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('// checked on save');
    await saveActiveEditor(page);

    await waitForEditorText(page, (text) => text.includes("minVersion: 'TLSv1.2'"), "minVersion: 'TLSv1.2' after the save");
    const saved = await poll(30_000, `${FIXTURE} on disk to hold the raised TLS minimum`, () => {
      const text = readFileSync(file, 'utf8');
      return text.includes("'TLSv1.2'") ? text : undefined;
    });
    assert.equal(saved, `${fixture('TLSv1.2')}// checked on save`);
  });
});
