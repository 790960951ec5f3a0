// What every end-to-end file shares on top of the demo harness (scripts/harness/demo-stack.mjs):
// the stack started once per file with node:test's hooks, and the assertions the files repeat.
// Not a test file: the e2e scripts pass node --test the e2e/*.e2e.mjs files only.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { inputFontSizes, startDemoStack } from '../scripts/harness/demo-stack.mjs';

/**
 * The demo stack (tenant, demo site under the strict CSP, Chromium) for the tests of one file:
 * started before the first and closed after the last. The returned object is filled in by then.
 * `options` go to startDemoStack.
 */
export function useDemoStack(options) {
  const stack = {};
  before(async () => {
    Object.assign(stack, await startDemoStack(options));
  });
  after(async () => {
    await stack.close?.();
  });
  return stack;
}

/** No CSP violation, console error or uncaught error on the page (see watchProblems). */
export async function assertNoProblems(page, problems) {
  assert.deepEqual(await problems.cspViolations(page), [], 'CSP violations');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
}

/** Every input of the element is at least 16px, so iOS does not zoom in when one is focused. */
export async function assertNoTinyInputs(page, selector, where) {
  const sizes = await inputFontSizes(page, selector);
  assert.ok(sizes.length > 0, `${where}: no input found`);
  for (const { id, fontSize } of sizes) assert.ok(fontSize >= 16, `${where}: #${id} has font-size ${fontSize}px`);
}

/** The modal's dialog covers the whole viewport (within a pixel), as the mobile sheet does. */
export async function assertSheetFillsScreen(dialog, { width, height }, where) {
  const box = await dialog.boundingBox();
  assert.ok(box, `${where}: no dialog box`);
  assert.ok(Math.abs(box.x) <= 1 && Math.abs(box.y) <= 1, `${where}: sheet at ${box.x},${box.y}`);
  assert.ok(Math.abs(box.width - width) <= 1, `${where}: sheet width ${box.width} vs viewport ${width}`);
  assert.ok(Math.abs(box.height - height) <= 1, `${where}: sheet height ${box.height} vs viewport ${height}`);
}
