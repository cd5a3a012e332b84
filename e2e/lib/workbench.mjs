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
