// The component suite in WebKitGTK (Safari's engine) through WebDriver: Playwright can't drive
// Debian's WebKit, WebKitWebDriver can. scripts/with-webkit.sh starts Xvfb and the driver.
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { summaryLineReporter } from './scripts/wtr-summary-reporter.mjs';
import { sharedConfig } from './web-test-runner.config.mjs';

export default {
  ...sharedConfig,
  // WebKitWebDriver runs one session at a time.
  concurrency: 1,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  ],
  reporters: [defaultReporter(), summaryLineReporter({ label: 'webkit' })],
};
