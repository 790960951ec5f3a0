// The built demo page as a hybrid app or a phone browser shows it, in Chromium under iPhone and
// Pixel emulation (viewport, touch, mobile user agent): the modal by taps as a full-screen sheet,
// the submit button and the focused field kept clear of a simulated on-screen keyboard, the page
// behind held still while the modal is open, and the events handed to a fake iOS
// (WKScriptMessageHandler) and Android (@JavascriptInterface) bridge in their documented shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeFromOutbox, iphone, newWatchedPage, openDemo, outboxCount, pixel, waitForState } from '../scripts/harness/demo-stack.mjs';
import { assertNoProblems, assertNoTinyInputs, assertSheetFillsScreen, useDemoStack } from './support.mjs';

const stack = useDemoStack();

const DEVICES = [
  { name: 'iPhone', descriptor: iphone },
  { name: 'Pixel', descriptor: pixel },
];

/** A fresh touch context for `device`, its first page on the demo, and a problem recorder. */
async function mobilePage(device, { initScript } = {}) {
  const opened = await newWatchedPage(stack.browser, { ...device, locale: 'en-US' }, { initScript });
  try {
    await openDemo(opened.page, stack.demoUrl);
    return opened;
  } catch (error) {
    await opened.context.close();
    throw error;
  }
}

const lockOf = (page) => page.locator('#modal');
const dialogOf = (page) => lockOf(page).locator('dialog[part~="dialog"]');

/** Taps "Sign in" and waits until the sheet is open, reflected and done animating in. */
async function openModal(page) {
  await page.locator('#open-modal').tap();
  await page.locator('#modal[open]').waitFor({ state: 'attached' });
  const dialog = dialogOf(page);
  await dialog.waitFor({ state: 'visible' });
  await dialog.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
}

/** Waits until focus is on `id` inside the modal's shadow root. */
function waitForFocus(page, id) {
  return page.waitForFunction((id) => document.querySelector('#modal').shadowRoot.activeElement?.id === id, id, { timeout: 5000 });
}

/** Taps the phone field, types the national number, taps send; resolves with the texted code. */
async function sendCodeByTaps(page, national, e164) {
  const lock = lockOf(page);
  const before = await outboxCount(stack.tenant.url, e164);
  await lock.locator('[part~="phone-input"]').tap();
  await page.keyboard.type(national);
  await lock.locator('[part~="submit-button"]').tap();
  await waitForState(page, '#modal', 'code-entry');
  return codeFromOutbox(stack.tenant.url, e164, { after: before });
}

/** Taps the code field and types the code; the field submits itself once complete. */
async function enterCodeByTaps(page, code) {
  await lockOf(page).locator('[part~="code-input"]').tap();
  await page.keyboard.type(code);
}

// 1. The whole modal flow by taps, as a full-screen sheet with no input small enough to zoom into.

let number = 0;
for (const { name, descriptor } of DEVICES) {
  test(`${name}: the modal by taps is a full-screen sheet, from a number to signed in`, async () => {
    const device = descriptor();
    const { context, page, problems } = await mobilePage(device);
    try {
      assert.equal(await page.evaluate(() => navigator.maxTouchPoints > 0 && matchMedia('(pointer: coarse)').matches), true, 'touch emulation');
      assert.equal(await page.evaluate(() => navigator.userAgent), device.userAgent);

      await openModal(page);
      await assertSheetFillsScreen(dialogOf(page), device.viewport, 'phone entry');
      await assertNoTinyInputs(page, '#modal', 'phone entry');

      const national = `41555501${10 + number++}`;
      const code = await sendCodeByTaps(page, national, `+1${national}`);
      await assertSheetFillsScreen(dialogOf(page), device.viewport, 'code entry');
      await assertNoTinyInputs(page, '#modal', 'code entry');

      await enterCodeByTaps(page, code);
      await page.locator('#log li strong', { hasText: '#modal authenticated' }).waitFor();
      await waitForState(page, '#modal', 'success');
      // autoclose: the sheet goes away by itself.
      await dialogOf(page).waitFor({ state: 'hidden' });
      assert.equal(await lockOf(page).getAttribute('open'), null);
      await assertNoProblems(page, problems);
    } finally {
      await context.close();
    }
  });
}

// 2. The on-screen keyboard. Headless Chromium has none, so it is simulated two ways:
//  - `page.setViewportSize` to 55% of the height: the window shrinks, and with it the layout and
//    the visual viewport, as in an Android WebView whose activity uses adjustResize (and Chrome on
//    Android with interactive-widget=resizes-content). Here `100dvh` alone would already follow.
//  - pinch zoom through CDP (`Emulation.setPageScaleFactor`): only the visual viewport shrinks
//    (and can be scrolled, offsetTop > 0) while the layout viewport and `100dvh` stay put, as when
//    the iOS keyboard opens in Safari or WKWebView. Only the element's visualViewport listener can
//    keep the sheet's controls visible then. Zoom also narrows the visual viewport, so only the
//    vertical extent is checked (that is what a keyboard takes away).
// CDP's `Emulation.setVisibleSize`, the one call meant to shrink the visible area alone, has no
// effect on the visual viewport in headless Chromium, hence the zoom.

/** Waits until the element has applied the current visual viewport (its listener runs in a frame). */
async function waitForViewportApplied(page) {
  await page
    .waitForFunction(
      () => {
        const host = document.querySelector('#modal');
        const applied = parseFloat(host.style.getPropertyValue('--_vv-height'));
        const top = parseFloat(host.style.getPropertyValue('--_vv-top'));
        return Math.abs(applied - visualViewport.height) < 0.5 && Math.abs(top - visualViewport.offsetTop) < 0.5;
      },
      undefined,
      { timeout: 5000 },
    )
    .catch(async () => {
      const seen = await page.evaluate(() => ({
        visualViewport: `${visualViewport.offsetTop}+${visualViewport.height}`,
        applied: `${document.querySelector('#modal').style.getPropertyValue('--_vv-top')}+${document.querySelector('#modal').style.getPropertyValue('--_vv-height')}`,
      }));
      throw new Error(`the element did not follow the visual viewport: ${JSON.stringify(seen)}`);
    });
  // The scrolls into view happen in the same frame, after the properties; one more frame to settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The vertical extents of the visual viewport, the focused field and the submit button (layout-viewport px). */
function keyboardGeometry(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#modal').shadowRoot;
    const extent = (element) => {
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { id: element.id || element.getAttribute('part'), top: rect.top, bottom: rect.bottom };
    };
    return {
      viewport: { top: visualViewport.offsetTop, bottom: visualViewport.offsetTop + visualViewport.height, height: visualViewport.height },
      focused: extent(root.activeElement),
      submit: extent(root.querySelector('[part~="submit-button"]')),
    };
  });
}

async function assertClearOfKeyboard(page, where, focusedId) {
  await waitForViewportApplied(page);
  const { viewport, focused, submit } = await keyboardGeometry(page);
  const show = (e) => `${e.id} ${e.top.toFixed(1)}..${e.bottom.toFixed(1)}`;
  const visible = `visible viewport ${viewport.top.toFixed(1)}..${viewport.bottom.toFixed(1)}`;
  assert.ok(focused, `${where}: nothing focused in the modal`);
  assert.equal(focused.id, focusedId, `${where}: focus`);
  assert.ok(submit, `${where}: no submit button`);
  for (const element of [focused, submit]) {
    assert.ok(element.top >= viewport.top - 0.5 && element.bottom <= viewport.bottom + 0.5, `${where}: ${show(element)} is not inside the ${visible}`);
  }
  return viewport;
}

const KEYBOARDS = [
  {
    name: 'window resized to 55%',
    async open(page, { viewport }) {
      await page.setViewportSize({ width: viewport.width, height: Math.round(viewport.height * 0.55) });
    },
    async close(page, { viewport }) {
      await page.setViewportSize(viewport);
    },
  },
  {
    name: 'visual viewport only (pinch zoom 1.8)',
    async open(page) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1.8 });
      await cdp.detach();
    },
    async close(page) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
      await cdp.detach();
    },
  },
];

for (const { name, descriptor } of DEVICES) {
  for (const keyboard of KEYBOARDS) {
    test(`${name}: keyboard (${keyboard.name}): the focused field and the submit button stay visible`, async () => {
      const device = descriptor();
      const { context, page, problems } = await mobilePage(device);
      try {
        await openModal(page);
        await waitForFocus(page, 'phone');
        const layoutHeight = await page.evaluate(() => innerHeight);

        await keyboard.open(page, device);
        const phoneViewport = await assertClearOfKeyboard(page, 'phone entry', 'phone');
        assert.ok(
          phoneViewport.height <= device.viewport.height * 0.56,
          `the simulated keyboard did not shrink the visual viewport (${phoneViewport.height}px)`,
        );
        if (keyboard.name.startsWith('visual')) {
          assert.equal(await page.evaluate(() => innerHeight), layoutHeight, 'layout viewport unchanged');
        }
        // The sheet follows the visual viewport rather than the layout one.
        const sheet = await dialogOf(page).evaluate((dialog) => {
          const rect = dialog.getBoundingClientRect();
          return { top: rect.top, height: rect.height };
        });
        assert.ok(
          Math.abs(sheet.top - phoneViewport.top) <= 1 && Math.abs(sheet.height - phoneViewport.height) <= 1,
          `sheet ${sheet.top}+${sheet.height} vs visual viewport ${phoneViewport.top}+${phoneViewport.height}`,
        );

        // Type and send with the keyboard up, as a user would.
        const national = `41555502${10 + number++}`;
        const before = await outboxCount(stack.tenant.url, `+1${national}`);
        await page.keyboard.type(national);
        await lockOf(page).locator('[part~="submit-button"]').tap();
        await waitForState(page, '#modal', 'code-entry');
        await waitForFocus(page, 'code');
        await assertClearOfKeyboard(page, 'code entry', 'code');

        // Keyboard down, then up again while on code entry.
        await keyboard.close(page, device);
        await waitForViewportApplied(page);
        await keyboard.open(page, device);
        await assertClearOfKeyboard(page, 'code entry, keyboard reopened', 'code');

        await page.keyboard.type(await codeFromOutbox(stack.tenant.url, `+1${national}`, { after: before }));
        await waitForState(page, '#modal', 'success');
        await assertNoProblems(page, problems);
      } finally {
        await context.close();
      }
    });
  }
}

// 3. The page behind the sheet stays where it was: wheel, touch and script scrolls do nothing
// while the modal is open, and the position comes back once it is closed.

/**
 * A finger dragged up by `distance` px (so the page would scroll down), as raw CDP touch events:
 * `Input.synthesizeScrollGesture` with `gestureSourceType: 'touch'` scrolls nothing in headless Chromium.
 */
async function touchScroll(page, distance) {
  const { width, height } = page.viewportSize();
  const x = Math.round(width / 2);
  const start = Math.round(height * 0.75);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: start }] });
    for (let moved = 10; moved <= distance; moved += 10) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: start - moved }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

const scrollY = (page) => page.evaluate(() => window.scrollY);

/** Waits until the page's scroll position has been still for 200 ms (smooth scrolls and flings run over frames). */
function scrollSettled(page) {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const deadline = performance.now() + 5000;
        let last = window.scrollY;
        let since = performance.now();
        const check = () => {
          const now = performance.now();
          if (window.scrollY !== last) [last, since] = [window.scrollY, now];
          if (now - since >= 200) return done(last);
          if (now > deadline) return fail(new Error(`the page kept scrolling (${last})`));
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

for (const [index, { name, descriptor }] of DEVICES.entries()) {
  // One device closes with the close button, the other with Escape.
  const closeBy = index === 0 ? 'close-button' : 'escape';
  test(`${name}: the page behind the open modal does not scroll, and is back in place after closing (${closeBy})`, async () => {
    const device = descriptor();
    const { context, page, problems } = await mobilePage(device);
    try {
      // Controls: the same gestures do scroll the page while the modal is closed.
      await touchScroll(page, 150);
      const afterTouch = await scrollSettled(page);
      assert.ok(afterTouch > 50, `a touch drag scrolled the page to ${afterTouch} only`);
      await page.mouse.move(device.viewport.width / 2, device.viewport.height / 2);
      await page.mouse.wheel(0, 60);
      await page.waitForFunction((y) => window.scrollY > y, afterTouch, { timeout: 5000 });
      await scrollSettled(page);

      // Down the page, with "Sign in" still on screen so tapping it does not scroll.
      const target = await page
        .locator('#open-modal')
        .evaluate((button) => Math.max(120, Math.round(button.getBoundingClientRect().top + window.scrollY - 100)));
      await page.evaluate((y) => window.scrollTo(0, y), target);
      const original = await scrollSettled(page);
      assert.ok(original >= 100, `page scrolled to ${original} only`);

      // Pinning the body with position: fixed turns the scroll offset into the body's top, so
      // window.scrollY reads 0 while the modal is open; what must not change is where the page's
      // content is on screen.
      const where = () => page.locator('#open-modal').evaluate((button) => button.getBoundingClientRect().top);
      const onScreen = await where();
      await openModal(page);
      assert.equal(await where(), onScreen, 'opening the modal moved the page');
      const pinned = await scrollY(page);

      await page.mouse.wheel(0, 400);
      await touchScroll(page, 300);
      await page.evaluate(() => {
        window.scrollBy(0, 500);
        document.scrollingElement.scrollTop += 500;
      });
      // Let any scroll that did start land.
      await scrollSettled(page);
      assert.equal(await scrollY(page), pinned, 'the page scrolled behind the modal');
      assert.equal(await where(), onScreen, 'the page content moved behind the modal');

      if (closeBy === 'close-button') await lockOf(page).locator('[part~="close-button"]').tap();
      else await page.keyboard.press('Escape');
      await page.locator('#modal:not([open])').waitFor({ state: 'attached' });
      await dialogOf(page).waitFor({ state: 'hidden' });
      await page.locator('#log li strong', { hasText: '#modal close' }).waitFor();
      assert.equal(await scrollY(page), original, 'scroll position not restored on close');
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).position), 'static', 'body still pinned');

      // And the page scrolls again.
      await touchScroll(page, 150);
      await page.waitForFunction((y) => window.scrollY !== y, original, { timeout: 5000 });
      await assertNoProblems(page, problems);
    } finally {
      await context.close();
    }
  });
}

// 4. The native bridge. The page gets a fake host bridge before any of its scripts run; the demo's
// modal is `closable autoclose`, so after sign-in it closes itself without a `close` event (the
// app got `authenticated` and dismisses its web view on that). A user dismissal is then tested the
// way it happens in an app: "Sign in" again, and the user closes the sheet. The element's own
// events are recorded too, and every message must carry exactly the event's detail.

const IOS_BRIDGE = () => {
  window.__native = [];
  window.webkit = {
    messageHandlers: {
      smsLock: {
        postMessage(message) {
          window.__native.push({ kind: typeof message, message });
        },
      },
    },
  };
};

const ANDROID_BRIDGE = () => {
  window.__native = [];
  window.smsLock = {
    postMessage(json) {
      window.__native.push({ kind: typeof json, message: json });
    },
  };
};

const RECORD_EVENTS = () => {
  window.__events = [];
  document.addEventListener('DOMContentLoaded', () => {
    const lock = document.querySelector('#modal');
    for (const type of ['code-sent', 'state-change', 'authenticated', 'authorization-error', 'close']) {
      lock.addEventListener(type, (event) => window.__events.push({ type, detail: JSON.parse(JSON.stringify(event.detail)) }));
    }
  });
};

const BRIDGES = [
  { name: 'iPhone, WKWebView bridge', descriptor: iphone, script: IOS_BRIDGE, kind: 'object', parse: (m) => m, closeBy: 'close-button' },
  { name: 'Pixel, Android WebView bridge', descriptor: pixel, script: ANDROID_BRIDGE, kind: 'string', parse: (m) => JSON.parse(m), closeBy: 'escape' },
];

const AUTH_KEYS = ['accessToken', 'expiresIn', 'idToken', 'profile', 'refreshToken', 'scope', 'tokenType'];

for (const bridge of BRIDGES) {
  test(`${bridge.name}: code-sent, authenticated and close reach native code in the documented shapes`, async () => {
    const national = `41555503${10 + number++}`;
    const e164 = `+1${national}`;
    const { context, page, problems } = await mobilePage(bridge.descriptor(), {
      initScript: `(${RECORD_EVENTS})(); (${bridge.script})();`,
    });
    const native = async () => {
      const raw = await page.evaluate(() => window.__native);
      for (const { kind } of raw) assert.equal(kind, bridge.kind, `messages are posted as ${bridge.kind}s`);
      return raw.map(({ message }) => bridge.parse(message));
    };
    try {
      await openModal(page);
      const code = await sendCodeByTaps(page, national, e164);
      await enterCodeByTaps(page, code);
      await waitForState(page, '#modal', 'success');
      await page.locator('#modal:not([open])').waitFor({ state: 'attached' });

      let messages = await native();
      for (const message of messages) assert.deepEqual(Object.keys(message).sort(), ['detail', 'type'], `message ${JSON.stringify(message)}`);
      // Everything the page heard, native code heard, in the same order and with the same detail.
      assert.deepEqual(messages, await page.evaluate(() => window.__events));

      const codeSent = messages.filter((m) => m.type === 'code-sent');
      assert.deepEqual(codeSent, [{ type: 'code-sent', detail: { phoneNumber: e164 } }]);

      const authenticated = messages.filter((m) => m.type === 'authenticated');
      assert.equal(authenticated.length, 1, 'one authenticated message');
      const detail = authenticated[0].detail;
      assert.deepEqual(Object.keys(detail).sort(), AUTH_KEYS);
      for (const key of ['accessToken', 'idToken', 'refreshToken']) {
        assert.equal(typeof detail[key], 'string', key);
        assert.ok(detail[key].length > 10, `${key} present`);
      }
      assert.equal(detail.idToken.split('.').length, 3, 'the ID token is a JWT');
      assert.equal(detail.tokenType, 'Bearer');
      assert.ok(Number.isInteger(detail.expiresIn) && detail.expiresIn > 0, `expiresIn ${detail.expiresIn}`);
      assert.equal(typeof detail.scope, 'string');
      assert.equal(detail.profile.phone_number, e164);
      assert.equal(typeof detail.profile.sub, 'string');

      const states = messages.filter((m) => m.type === 'state-change').map((m) => m.detail);
      for (const state of states) assert.deepEqual(Object.keys(state), ['state']);
      assert.deepEqual(states.at(-1), { state: 'success' });
      // autoclose is not a user dismissal: no close message.
      assert.deepEqual(
        messages.filter((m) => m.type === 'close'),
        [],
      );
      assert.deepEqual(
        messages.filter((m) => m.type === 'authorization-error'),
        [],
      );

      // The user opens the sheet again and dismisses it. A close the page cancels first is not posted.
      await openModal(page);
      const dismiss = async () => {
        if (bridge.closeBy === 'close-button') await lockOf(page).locator('[part~="close-button"]').tap();
        else await page.keyboard.press('Escape');
      };
      await page.evaluate(() => document.querySelector('#modal').addEventListener('close', (event) => event.preventDefault(), { once: true }));
      const count = messages.length;
      await dismiss();
      await page.waitForFunction((n) => window.__events.length > n, count, { timeout: 5000 });
      assert.equal(await lockOf(page).getAttribute('open'), '', 'a cancelled close keeps the modal open');
      assert.equal((await native()).length, count, 'a cancelled close reached native code');

      await dismiss();
      await page.locator('#modal:not([open])').waitFor({ state: 'attached' });
      messages = await native();
      assert.deepEqual(messages.slice(count), [{ type: 'close', detail: { source: bridge.closeBy } }]);
      await assertNoProblems(page, problems);
    } finally {
      await context.close();
    }
  });
}
