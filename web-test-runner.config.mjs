import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { summaryLineReporter } from './scripts/wtr-summary-reporter.mjs';
import { tenantPlugin } from './scripts/wtr-tenant-plugin.mjs';
import { mediaFeaturesPlugin } from './scripts/wtr-media-plugin.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const sharedConfig = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    tenantPlugin(),
    mediaFeaturesPlugin(),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: { include: ['src/**/*.ts'], report: true, reportDir: 'coverage' },
};

export default {
  ...sharedConfig,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  reporters: [defaultReporter(), summaryLineReporter({ label: 'chromium' })],
};
