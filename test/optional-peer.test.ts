// @auth0/auth0-spa-js is an optional peer dependency: the element never imports it. A page that uses a
// redirect flow without importing sms-lock/auth0-spa (which registers it) is told what to install.
// This file deliberately imports nothing from src/auth0/auth0-spa.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { SmsLock } from '../src/index.js';
import { part } from './element-helpers.js';
import { startTestTenant, type TestTenant } from './tenant-helper.js';

describe('<sms-lock> without @auth0/auth0-spa-js loaded', () => {
  let tenant: TestTenant;
  before(async () => {
    tenant = await startTestTenant();
  });
  after(() => tenant.stop());

  it('says what to install when flow="universal" needs auth0-spa-js, accessibly', async () => {
    const el = await fixture<SmsLock>(html`<sms-lock mode="inline" flow="universal" domain=${tenant.url} client-id="sms-lock-demo"></sms-lock>`);
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const failed = oneEvent(el, 'authorization-error');
      part(el, 'continue-button').click();
      const { detail } = await failed;
      expect(detail.error).to.equal('missing_dependency');
      expect(detail.errorDescription).to.contain('npm install @auth0/auth0-spa-js');
      expect(detail.errorDescription).to.contain('import "sms-lock/auth0-spa"');
      expect(logged.join('\n')).to.contain('npm install @auth0/auth0-spa-js');
    } finally {
      console.error = consoleError;
    }
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
