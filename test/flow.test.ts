import { expect } from '@open-wc/testing';
import { initialFlow, resendWait, transition, type FlowState } from '../src/flow.js';
import { extractCode } from '../src/phone/index.js';
import { fill, formatClock, formatWait, pickDictionary, registerDictionary } from '../src/i18n/index.js';

const NUMBER = '+14155550100';
const invalidCode = { kind: 'invalid-code', error: 'invalid_grant', errorDescription: 'Wrong phone number or verification code.' } as const;

function inCodeEntry(): FlowState {
  const sending = transition(initialFlow, { type: 'send', phoneNumber: NUMBER });
  return transition(sending, { type: 'sent', phoneNumber: NUMBER, at: 1_000 });
}

describe('flow', () => {
  it('goes phone entry → code entry → success', () => {
    const sending = transition(initialFlow, { type: 'send', phoneNumber: NUMBER });
    expect(sending.busy).to.equal('sending');
    const code = transition(sending, { type: 'sent', phoneNumber: NUMBER, at: 1_000 });
    expect(code).to.include({ step: 'code-entry', busy: null, phoneNumber: NUMBER, sentAt: 1_000, sendCount: 1 });
    const verifying = transition(code, { type: 'verify' });
    expect(verifying.busy).to.equal('verifying');
    expect(transition(verifying, { type: 'verified' })).to.include({ step: 'success', busy: null });
  });

  it('refuses a second request while one is in flight', () => {
    const sending = transition(initialFlow, { type: 'send', phoneNumber: NUMBER });
    expect(transition(sending, { type: 'send', phoneNumber: NUMBER })).to.equal(sending);
    const verifying = transition(inCodeEntry(), { type: 'verify' });
    expect(transition(verifying, { type: 'verify' })).to.equal(verifying);
    expect(transition(verifying, { type: 'send', phoneNumber: NUMBER })).to.equal(verifying);
    expect(transition(verifying, { type: 'change-number' })).to.equal(verifying);
  });

  it('ignores answers that arrive in the wrong state', () => {
    expect(transition(initialFlow, { type: 'sent', phoneNumber: NUMBER, at: 1 })).to.equal(initialFlow);
    expect(transition(initialFlow, { type: 'verified' })).to.equal(initialFlow);
    expect(transition(initialFlow, { type: 'verify' })).to.equal(initialFlow);
  });

  it('keeps the step and records the error when a request fails', () => {
    const failed = transition(transition(inCodeEntry(), { type: 'verify' }), { type: 'verify-failed', error: invalidCode });
    expect(failed).to.include({ step: 'code-entry', busy: null });
    expect(failed.error).to.deep.equal(invalidCode);
    // The next attempt clears it.
    expect(transition(failed, { type: 'verify' }).error).to.equal(null);
  });

  it('counts a resend to the same number', () => {
    const resent = transition(transition(inCodeEntry(), { type: 'send', phoneNumber: NUMBER }), { type: 'sent', phoneNumber: NUMBER, at: 5_000 });
    expect(resent).to.include({ sendCount: 2, sentAt: 5_000 });
  });

  it('goes back to phone entry keeping the number, and resets', () => {
    const back = transition(inCodeEntry(), { type: 'change-number' });
    expect(back).to.include({ step: 'phone-entry', phoneNumber: NUMBER });
    expect(transition(back, { type: 'reset' })).to.equal(initialFlow);
  });

  it('resumes code entry for a code already sent', () => {
    expect(transition(initialFlow, { type: 'resume', phoneNumber: NUMBER, sentAt: 7 })).to.include({ step: 'code-entry', sentAt: 7 });
  });

  it('counts down to resend', () => {
    const state = inCodeEntry();
    expect(resendWait(state, 1_000, 30)).to.equal(30);
    expect(resendWait(state, 30_500, 30)).to.equal(1);
    expect(resendWait(state, 31_000, 30)).to.equal(0);
    expect(resendWait(initialFlow, 0, 30)).to.equal(0);
  });
});

describe('extractCode', () => {
  it('takes the code out of typed, pasted or autofilled text', () => {
    expect(extractCode('123456', 6)).to.equal('123456');
    expect(extractCode('123 456', 6)).to.equal('123456');
    expect(extractCode('123-456', 6)).to.equal('123456');
    expect(extractCode('Your code is 123456. @localhost #123456', 6)).to.equal('123456');
    expect(extractCode('١٢٣٤٥٦', 6)).to.equal('123456');
    expect(extractCode('１２３４', 6)).to.equal('1234');
    expect(extractCode('12345678', 6)).to.equal('123456');
    expect(extractCode('abc', 6)).to.equal('');
  });
});

describe('i18n', () => {
  it('fills parameters as text', () => {
    expect(fill('We sent a code to {phone}.', { phone: '<b>+1</b>' })).to.equal('We sent a code to <b>+1</b>.');
    expect(fill('{missing} stays', {})).to.equal('{missing} stays');
  });

  it('picks a registered language and falls back to English for missing keys', () => {
    registerDictionary('fr', { title: 'Connexion' });
    const fr = pickDictionary(['fr-CA', 'en']);
    expect(fr.language).to.equal('fr');
    expect(fr.strings.title).to.equal('Connexion');
    expect(fr.strings.verify).to.equal('Verify');
    expect(pickDictionary(['xx']).language).to.equal('en');
  });

  it('formats waits and countdowns', () => {
    expect(formatWait(45, 'en')).to.equal('45 seconds');
    expect(formatWait(600, 'en')).to.equal('10 minutes');
    expect(formatWait(3 * 3600, 'en')).to.equal('3 hours');
    expect(formatClock(27)).to.equal('0:27');
    expect(formatClock(75)).to.equal('1:15');
  });
});
