// Property-based tests (fast-check): the phone rules and the flow reducer hold for generated input,
// not just for the cases someone thought of.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import examples from 'libphonenumber-js/mobile/examples';
import { checkPhone, formatPhoneInput, type CountryCode } from '../src/phone/index.js';
import { allCallingCodes, allRegions, callingCodeOfRegion, loadMetadata } from '../src/phone/metadata.js';
import { initialFlow, transition, type FlowError, type FlowEvent, type FlowState } from '../src/flow.js';

// Seeded, so a failure is reproducible; fast-check prints the seed and the shrunk case.
const settings = { seed: 20261130, numRuns: 300 };

before(async () => {
  await Promise.all(allCallingCodes().map(loadMetadata));
});

const countries = allRegions().filter((code) => (examples as Record<string, string>)[code]);
const separators = fc.constantFrom('', ' ', '-', '.', '(', ')', '\u00a0', '/');
// The same digit in scripts people type phone numbers in: ASCII, Arabic-Indic, Persian, Devanagari, full-width.
const DIGIT_SETS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '०१२३४५६७८९', '０１２３４５６７８９'];

/** A number as someone might type or paste it: separators anywhere, one script's digits, with or without its calling code. */
const typedNumber = fc
  .record({
    country: fc.constantFrom(...countries),
    digits: fc.constantFrom(...DIGIT_SETS),
    international: fc.boolean(),
    gaps: fc.array(separators, { minLength: 20, maxLength: 20 }),
  })
  .map(({ country, digits, international, gaps }) => {
    const national = (examples as Record<string, string>)[country];
    const plain = international ? `+${callingCodeOfRegion(country)}${national}` : national;
    const typed = [...plain].map((char, index) => (/\d/.test(char) ? digits[Number(char)] : char) + (gaps[index % gaps.length] ?? '')).join('');
    return { country: country as CountryCode, typed, e164: `+${callingCodeOfRegion(country)}${national}` };
  });

describe('phone rules, for generated input', () => {
  it('formats then checks any country’s example number, however typed, back to its E.164 form', () => {
    fc.assert(
      fc.property(typedNumber, ({ country, typed, e164 }) => {
        const shown = formatPhoneInput(typed, typed.length, country).text;
        const check = checkPhone(shown, country);
        expect(check.ok, `${typed} → ${shown}`).to.equal(true);
        expect(check.ok && check.e164).to.equal(e164);
        // And as typed, before formatting.
        const raw = checkPhone(typed, country);
        expect(raw.ok && raw.e164).to.equal(e164);
      }),
      settings,
    );
  });

  it('never throws, whatever the text, caret and country', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: -5, max: 60 }),
        fc.constantFrom(...countries, 'ZZ'),
        (text, caret, country) => {
          const result = formatPhoneInput(text, caret, country as CountryCode);
          expect(result.caret).to.be.within(0, result.text.length);
          checkPhone(text, country as CountryCode);
        },
      ),
      settings,
    );
  });

  it('keeps the caret after the same digit it followed in what was typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.stringMatching(/^[2-9][0-9 ()-]{0,14}$/), fc.nat(16), (country, text, at) => {
        const caret = Math.min(at, text.length);
        const result = formatPhoneInput(text, caret, country as CountryCode, 'insert');
        const digitsBefore = (value: string) => value.replace(/\D/g, '').length;
        expect(digitsBefore(result.text.slice(0, result.caret))).to.equal(digitsBefore(text.slice(0, caret)));
      }),
      settings,
    );
  });
});

const flowError: FlowError = { kind: 'server', error: 'x', errorDescription: '' };
const flowEvent: fc.Arbitrary<FlowEvent> = fc.oneof(
  fc.constant<FlowEvent>({ type: 'send', phoneNumber: '+14155550100' }),
  fc.constant<FlowEvent>({ type: 'sent', phoneNumber: '+14155550100', at: 1 }),
  fc.constant<FlowEvent>({ type: 'send-failed', error: flowError, phoneNumber: '+14155550100' }),
  fc.constant<FlowEvent>({ type: 'verify' }),
  fc.constant<FlowEvent>({ type: 'redirect' }),
  fc.constant<FlowEvent>({ type: 'redirect-failed', error: flowError }),
  fc.constant<FlowEvent>({ type: 'cancelled' }),
  fc.constant<FlowEvent>({ type: 'verified' }),
  fc.constant<FlowEvent>({ type: 'verify-failed', error: flowError }),
  fc.constant<FlowEvent>({ type: 'rejected', error: { kind: 'code-incomplete' } }),
  fc.constant<FlowEvent>({ type: 'resume', phoneNumber: '+14155550100', sentAt: 1 }),
  fc.constant<FlowEvent>({ type: 'change-number' }),
  fc.constant<FlowEvent>({ type: 'clear-error' }),
  fc.constant<FlowEvent>({ type: 'reset' }),
);

/** What ends each kind of request. */
const ENDINGS: Record<NonNullable<FlowState['busy']>, FlowEvent[]> = {
  sending: [
    { type: 'sent', phoneNumber: '+14155550100', at: 2 },
    { type: 'send-failed', error: flowError, phoneNumber: '+14155550100' },
    { type: 'cancelled' },
  ],
  verifying: [{ type: 'verified' }, { type: 'verify-failed', error: flowError }, { type: 'cancelled' }],
  redirecting: [{ type: 'verified' }, { type: 'redirect-failed', error: flowError }, { type: 'cancelled' }],
};

describe('the flow reducer, for generated event sequences', () => {
  it('never starts a second request while one is in flight', () => {
    fc.assert(
      fc.property(fc.array(flowEvent, { maxLength: 40 }), (events) => {
        let state = initialFlow;
        for (const event of events) {
          const next = transition(state, event);
          if (state.busy && ['send', 'verify', 'redirect'].includes(event.type)) expect(next, `${event.type} while ${state.busy}`).to.equal(state);
          state = next;
        }
      }),
      settings,
    );
  });

  it('lets every request end: each outcome of the request in flight clears busy', () => {
    fc.assert(
      fc.property(fc.array(flowEvent, { maxLength: 40 }), (events) => {
        const state = events.reduce(transition, initialFlow);
        if (!state.busy) return;
        for (const ending of ENDINGS[state.busy]) expect(transition(state, ending).busy, `${ending.type} after ${state.busy}`).to.equal(null);
      }),
      settings,
    );
  });

  it('keeps success final until reset', () => {
    fc.assert(
      fc.property(fc.array(flowEvent, { maxLength: 40 }), fc.array(flowEvent, { maxLength: 20 }), (before, after) => {
        let state = before.reduce(transition, initialFlow);
        if (state.step !== 'success') return;
        for (const event of after) {
          state = transition(state, event);
          if (event.type === 'reset') return;
          expect(state.step, `after ${event.type}`).to.equal('success');
        }
      }),
      settings,
    );
  });
});
