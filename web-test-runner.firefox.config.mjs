// The component suite in Firefox (Debian's firefox-esr), driven over WebDriver BiDi by the
// puppeteer-core that @web/test-runner-chrome ships: no geckodriver download needed.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryLineReporter } from './scripts/wtr-summary-reporter.mjs';
import { sharedConfig } from './web-test-runner.config.mjs';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export default {
  ...sharedConfig,
  browsers: [chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } })],
  reporters: [defaultReporter(), summaryLineReporter({ label: 'firefox' })],
  // Firefox takes longer than Chromium to start its first page, the more so on a busy machine.
  browserStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
};
