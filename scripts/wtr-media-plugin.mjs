// Emulates CSS media features that @web/test-runner-commands' emulateMedia can't reach through
// puppeteer, forced-colors above all (Windows high contrast): one DevTools session per test page
// sends Emulation.setEmulatedMedia, so Chromium both matches the media query and paints in forced colours.
export function mediaFeaturesPlugin() {
  const sessions = new Map();
  return {
    name: 'sms-lock-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs Chromium, not ${session.browser.type}`);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      // payload: { 'forced-colors': 'active', 'prefers-color-scheme': 'dark', … }; {} clears them.
      await cdp.send('Emulation.setEmulatedMedia', { features: Object.entries(payload ?? {}).map(([name, value]) => ({ name, value })) });
      return true;
    },
  };
}
