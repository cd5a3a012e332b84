/**
 * Steps in the VS Code web workbench (Code 1.100), with selectors checked against code-server
 * 4.100.3. Each step fails with a message that names what it was waiting for.
 */
const READY_MS = 60_000;
const STEP_MS = 30_000;

/** Waits for `locator` to be visible; on time-out, says what was expected in plain words. */
export async function expectVisible(locator, what, timeout = STEP_MS) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error;
    throw new Error(`Timed out after ${timeout / 1000} s waiting for ${what} (${locator}).`, { cause: error });
  }
  return locator;
}

/** The workbench has loaded the folder: the status bar and the explorer's first row are shown. */
export async function waitForWorkbench(page) {
  await expectVisible(page.locator('.monaco-workbench .part.statusbar'), 'the workbench to load', READY_MS);
  await expectVisible(page.locator('.explorer-folders-view .monaco-list-row').first(), 'the explorer to list the workspace', READY_MS);
}

/** Opens `relativePath` with Quick Open and waits until the editor shows `expectedText`. */
export async function openFile(page, relativePath, expectedText) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
  await page.keyboard.press('Control+P');
  const input = await expectVisible(page.locator('.quick-input-widget input'), 'the Quick Open box');
  await input.fill(relativePath);
  await expectVisible(page.locator('.quick-input-list .monaco-list-row').first(), `Quick Open to list ${relativePath}`);
  await page.keyboard.press('Enter');
  const name = relativePath.split('/').pop();
  await expectVisible(page.locator('.tabs-container .tab.active', { hasText: name }), `an editor tab for ${name}`);
  const lines = page.locator('.editor-instance .monaco-editor .view-lines').first();
  await expectVisible(lines, `the editor for ${name}`);
  const deadline = Date.now() + STEP_MS;
  while (!(await editorText(lines)).includes(expectedText)) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${STEP_MS / 1000} s waiting for ${name} to show "${expectedText}".`);
    await page.waitForTimeout(100);
  }
}

/** The visible editor text. Monaco renders spaces as no-break spaces. */
async function editorText(lines) {
  return (await lines.innerText()).replaceAll('\u00a0', ' ');
}

/** Opens the Problems panel and returns its rows (file rows and marker rows). */
export async function openProblems(page) {
  await page.keyboard.press('Control+Shift+M');
  await expectVisible(page.locator('.markers-panel'), 'the Problems panel');
  return page.locator('.markers-panel .monaco-list-row');
}

/** The active editor's visible text, with spaces as spaces. */
export async function activeEditorText(page) {
  return editorText(page.locator('.editor-instance .monaco-editor .view-lines').first());
}

/** Waits until the active editor's visible text satisfies `accept`; `what` says what that means. */
export async function waitForEditorText(page, accept, what, timeout = STEP_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await activeEditorText(page);
    if (accept(text)) return text;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout / 1000} s waiting for the editor to show ${what}. It shows:\n${text}`);
    await page.waitForTimeout(100);
  }
}

/**
 * The bounding box of the squiggle (`squiggly-error`, `squiggly-warning`…) drawn on the rendered
 * line that contains `lineText`. Squiggles are drawn in a layer of their own, so the line is
 * matched by its vertical position.
 */
export async function squiggleOnLine(page, lineText, severityClass = 'squiggly-error', timeout = STEP_MS) {
  const line = page.locator('.editor-instance .monaco-editor .view-lines .view-line', { hasText: lineText }).first();
  await expectVisible(line, `a line containing "${lineText}"`, timeout);
  const deadline = Date.now() + timeout;
  for (;;) {
    const lineBox = await line.boundingBox();
    for (const squiggle of await page.locator(`.editor-instance .monaco-editor .${severityClass}`).all()) {
      const box = await squiggle.boundingBox();
      if (lineBox && box && box.width > 0 && Math.abs(box.y + box.height / 2 - (lineBox.y + lineBox.height / 2)) < lineBox.height / 2) return box;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout / 1000} s waiting for a ${severityClass} squiggle on the line containing "${lineText}".`);
    await page.waitForTimeout(200);
  }
}

/**
 * The bounding box of `token` (one syntax token, such as a string literal) on the rendered line
 * that contains `lineText`: where to point when findings on the line overlap.
 */
export async function tokenOnLine(page, lineText, token) {
  const line = page.locator('.editor-instance .monaco-editor .view-lines .view-line', { hasText: lineText }).first();
  const span = line.getByText(token, { exact: true }).first();
  await expectVisible(span, `the token ${token} on the line containing "${lineText}"`);
  return span.boundingBox();
}

/** Hovers the middle of `box` and returns the hover widget once it shows `expectedText`. */
export async function hoverOver(page, box, expectedText) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:visible', { hasText: expectedText }).first();
  await expectVisible(hover, `a hover showing "${expectedText}"`);
  // The hover fades in, and its later parts (the quick fix hint) arrive a moment after the first.
  await page.waitForTimeout(400);
  return hover;
}

/**
 * Puts the cursor in the middle of `box`, opens the light bulb menu (Ctrl+.), moves the selection
 * to the action whose title starts with `title`, and applies it with Enter: the menu's rows
 * cannot be clicked, as a pointer-blocking layer covers them. One Ctrl+. must do: the menu
 * opening late or not at all is a failure (see USER_SETTINGS in code-server.mjs for why
 * TypeScript's own code actions are kept out of the way).
 */
export async function applyCodeAction(page, box, title) {
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const rows = page.locator('.action-widget .monaco-list-row');
  // The editor answers Ctrl+. with the menu or with a message such as "No code actions available".
  const message = page.locator('.monaco-editor-overlaymessage');
  await page.keyboard.press('Control+.');
  await expectVisible(rows.first().or(message).first(), 'the quick fix menu (Ctrl+.) to open');
  if (!(await rows.first().isVisible())) {
    throw new Error(`Ctrl+. did not open the quick fix menu; the editor said "${(await message.first().innerText()).trim()}".`);
  }
  await expectVisible(rows.filter({ hasText: title }).first(), `the quick fix menu to offer "${title}"`);
  const count = await rows.count();
  for (let step = 0; step <= count; step++) {
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    const label = (await focused.count()) > 0 ? await focused.first().innerText() : '';
    if (label.includes(title)) {
      await page.keyboard.press('Enter');
      await rows.first().waitFor({ state: 'detached', timeout: STEP_MS });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  const titles = (await rows.allInnerTexts()).join(' | ');
  throw new Error(`Could not select "${title}" in the quick fix menu, which offers: ${titles}`);
}

/** Saves the active editor with Ctrl+S and waits until its tab no longer shows unsaved changes. */
export async function saveActiveEditor(page) {
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: STEP_MS }).catch((error) => {
    throw new Error(`Timed out after ${STEP_MS / 1000} s waiting for the active editor to be saved.`, { cause: error });
  });
}

/** Runs a command from the command palette (F1) by its full title, "Category: Title". */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = await expectVisible(page.locator('.quick-input-widget input'), 'the command palette');
  await input.fill(`>${title}`);
  await expectVisible(page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }), `the command palette to offer "${title}"`);
  await page.keyboard.press('Enter');
}

/** Waits for a notification whose message contains `text`; returns its message in full. */
export async function notificationText(page, text, timeout = STEP_MS) {
  const message = page.locator('.notifications-toasts .notification-list-item-message', { hasText: text }).first();
  await expectVisible(message, `a notification saying "${text}"`, timeout);
  return (await message.innerText()).replaceAll('\u00a0', ' ');
}
