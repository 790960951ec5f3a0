// The phone engine (src/phone/engine.ts, as-you-type.ts) against libphonenumber-js, whose behaviour it
// ports: both read the same metadata (the slices are cut from libphonenumber-js's metadata.min.json,
// which `npm run size` checks), so for every input they must give the same text, region and check.
// There is no list of accepted differences: every comparison below is exact.
// libphonenumber-js is a devDependency: it is here as the oracle, never in what users download.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AsYouType, parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode as Region, type PhoneNumber } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.min.json';
import examples from 'libphonenumber-js/mobile/examples';
import { checkPhone, formatPhoneInput, maskPhone, type CountryCode, type PhoneCheck } from '../src/phone/index.js';
import { regionForCallingCode, supportedCountry, toDialString } from '../src/phone/dialing.js';
import { readPhoneChars } from '../src/phone/digits.js';
import { allCallingCodes, allRegions, callingCodeAt, callingCodeOfRegion, loadMetadata } from '../src/phone/metadata.js';

before(async () => {
  const loads = await Promise.all(allCallingCodes().map(loadMetadata));
  expect(loads.every(Boolean)).to.equal(true);
});

// ——— what sms-lock did with libphonenumber-js before it had its own engine

/** The text and region formatPhoneInput showed: AsYouType on the dial string. */
function referenceTyping(text: string, country: CountryCode): { text: string; country: CountryCode } {
  const selected = supportedCountry(country);
  const dial = toDialString(readPhoneChars(text), selected);
  if (!dial.value) return { text: '', country };
  const formatter = new AsYouType(selected as Region | undefined, metadata);
  const shown = formatter.input(dial.value);
  const region =
    dial.plusFrom > 0
      ? ((formatter.getCountry() as CountryCode | undefined) ?? regionForCallingCode(formatter.getCallingCode(), selected) ?? selected)
      : selected;
  return { text: shown, country: region ?? country };
}

const LENGTH_REASONS = {
  TOO_SHORT: 'too-short',
  TOO_LONG: 'too-long',
  INVALID_COUNTRY: 'invalid-country',
  INVALID_LENGTH: 'invalid',
  NOT_A_NUMBER: 'invalid',
} as const;

/** checkPhone as it was, with every slice loaded. */
function referenceCheck(text: string, country: CountryCode): PhoneCheck {
  const selected = supportedCountry(country);
  const dial = toDialString(readPhoneChars(text), selected);
  const international = dial.value.startsWith('+');
  const guess = () => {
    const code = callingCodeAt(dial.value);
    return code && regionForCallingCode(code, undefined) ? code : undefined;
  };
  const regionOf = (number: PhoneNumber | undefined): CountryCode =>
    (international ? ((number?.country as CountryCode | undefined) ?? regionForCallingCode(number?.countryCallingCode ?? guess(), selected)) : undefined) ??
    selected ??
    country;
  const fail = (reason: Extract<PhoneCheck, { ok: false }>['reason'], number?: PhoneNumber): PhoneCheck => ({ ok: false, reason, country: regionOf(number) });
  if (!/\d/.test(dial.value)) return fail('empty');
  if (!international && !selected) return fail('invalid-country');
  const options = { defaultCountry: selected as Region | undefined };
  const number = parsePhoneNumberFromString(dial.value, options, metadata);
  const lengthProblem = validatePhoneNumberLength(dial.value, options, metadata);
  if (lengthProblem) return fail(LENGTH_REASONS[lengthProblem] ?? 'invalid', number);
  if (!number?.isValid()) return fail('invalid', number);
  const region = number.country as CountryCode | undefined;
  return { ok: true, e164: number.number, country: region ?? selected ?? country, national: number.formatNational(), ...(region && { region }) };
}

/** maskPhone as it was: the international grouping, every digit after the calling code but the last 4 hidden. */
function referenceMask(e164: string): string {
  const number = parsePhoneNumberFromString(e164, metadata)!;
  const callingCode = `+${number.countryCallingCode}`;
  const shown = number.formatInternational().slice(callingCode.length);
  const total = shown.replace(/\D/g, '').length;
  let seen = 0;
  return callingCode + shown.replace(/\d/g, (digit) => (++seen > total - 4 ? digit : '•'));
}

// ——— the comparison

interface Mismatch {
  country: string;
  typed: string;
  what: string;
  ours: unknown;
  theirs: unknown;
}

/** Every prefix of `typed` in `country`: the as-you-type text and region, and the check. */
function compareTyping(country: CountryCode, typed: string, mismatches: Mismatch[]): void {
  for (let end = 1; end <= typed.length; end += 1) {
    const text = typed.slice(0, end);
    const ours = formatPhoneInput(text, text.length, country, 'insert');
    const theirs = referenceTyping(text, country);
    if (ours.text !== theirs.text || ours.country !== theirs.country) {
      mismatches.push({ country, typed: text, what: 'typing', ours: [ours.text, ours.country], theirs: [theirs.text, theirs.country] });
    }
    const check = checkPhone(text, country);
    const expected = referenceCheck(text, country);
    if (JSON.stringify(check) !== JSON.stringify(expected)) mismatches.push({ country, typed: text, what: 'check', ours: check, theirs: expected });
  }
}

function report(mismatches: Mismatch[]): string {
  return `${mismatches.length} differences from libphonenumber-js, first ones:\n${mismatches
    .slice(0, 15)
    .map(({ country, typed, what, ours, theirs }) => `${country} '${typed}' ${what}: ours ${JSON.stringify(ours)}, libphonenumber-js ${JSON.stringify(theirs)}`)
    .join('\n')}`;
}

const EXAMPLES = examples as Record<string, string>;
const regionsWithExamples = () => allRegions().filter((region) => EXAMPLES[region]);

describe('phone engine against libphonenumber-js', () => {
  it('has an example number for most regions, so the comparisons below cover them', () => {
    expect(regionsWithExamples().length).to.be.greaterThan(230);
  });

  it('types every region’s example number nationally as libphonenumber-js does, prefix by prefix', () => {
    const mismatches: Mismatch[] = [];
    for (const region of regionsWithExamples()) {
      const national = EXAMPLES[region];
      // As people there dial it (with the national prefix where there is one), and as the bare national number.
      const dialled = parsePhoneNumberFromString(`+${callingCodeOfRegion(region)}${national}`, metadata)?.formatNational() ?? national;
      compareTyping(region, dialled, mismatches);
      compareTyping(region, dialled.replace(/\D/g, ''), mismatches);
      if (dialled.replace(/\D/g, '') !== national) compareTyping(region, national, mismatches);
    }
    expect(mismatches, report(mismatches)).to.deep.equal([]);
  });

  it('types every region’s example number internationally, with + and with 00, as libphonenumber-js does', () => {
    const mismatches: Mismatch[] = [];
    for (const region of regionsWithExamples()) {
      const number = `${callingCodeOfRegion(region)}${EXAMPLES[region]}`;
      compareTyping(region, `+${number}`, mismatches);
      compareTyping(region, `00${number}`, mismatches);
      // From somewhere else: the selected country only matters for national input.
      compareTyping(region === 'US' ? 'GB' : 'US', `+${number}`, mismatches);
    }
    expect(mismatches, report(mismatches)).to.deep.equal([]);
  });

  it('groups every example number internationally as libphonenumber-js does (the masked display)', () => {
    const differences = regionsWithExamples()
      .map((region) => `+${callingCodeOfRegion(region)}${EXAMPLES[region]}`)
      .filter((e164) => maskPhone(e164) !== referenceMask(e164))
      .map((e164) => `${e164}: ${maskPhone(e164)}, libphonenumber-js ${referenceMask(e164)}`);
    expect(differences).to.deep.equal([]);
  });

  it('agrees on hand-picked hard cases, prefix by prefix', () => {
    const cases: [CountryCode, string][] = [
      // National prefix transform rules: Argentina's 15 and 9, Mexico's old mobile token, Brazil's carrier codes.
      ['AR', '011 15 2345-6789'],
      ['AR', '0343 15-555-1212'],
      ['AR', '+54 9 11 2345 6789'],
      ['AR', '+54 11 2345 6789'],
      ['AR', '91123456789'],
      ['MX', '+52 1 55 1234 5678'],
      ['MX', '+52 55 1234 5678'],
      ['MX', '044 55 1234 5678'],
      ['MX', '01 55 1234 5678'],
      ['BR', '0 15 21 5555 5555'],
      ['BR', '(11) 91234-5678'],
      ['BR', '+55 11 91234 5678'],
      // Regions sharing a calling code, told apart by leading digits or number types.
      ['US', '613 555 0123'],
      ['US', '+1 613 555 0123'],
      ['CA', '415 555 0100'],
      ['AG', '464 1234'],
      ['AG', '+1 268 464 1234'],
      ['VI', '642 1234'],
      ['RU', '8 (912) 345-67-89'],
      ['RU', '+7 701 123 4567'],
      ['KZ', '8 701 123 4567'],
      ['KZ', '+7 912 345 6789'],
      ['GB', '+44 1481 234567'],
      ['GB', '+44 7624 123456'],
      ['JE', '07797 712345'],
      ['JE', '+44 7797 712345'],
      ['GG', '01481 256789'],
      ['IM', '+44 1624 756789'],
      // Italy keeps its leading 0 after the calling code; the Vatican shares it.
      ['IT', '06 1234 5678'],
      ['IT', '+39 06 1234 5678'],
      ['IT', '+39 312 345 6789'],
      ['VA', '06 698 12345'],
      // Non-geographic calling codes.
      ['US', '+800 1234 5678'],
      ['US', '+808 1234 5678'],
      ['US', '+870 301 234 567'],
      ['US', '+878 1012 3456 7890'],
      ['US', '+881 6 1234 5678'],
      ['US', '+882 1234 5678 90'],
      ['US', '+883 5100 1234 5678'],
      ['US', '+888 123 456 789'],
      ['US', '+979 1 234 5678'],
      // International prefixes, a national prefix typed after the calling code, a calling code without its '+'.
      ['US', '011 44 7400 123456'],
      ['US', '0044 7400 123456'],
      ['AU', '0011 44 7400 123456'],
      ['AU', '1831 2 1234 5678'],
      ['GB', '+44 0 7400 123456'],
      ['GB', '447400123456'],
      ['US', '14155550100'],
      ['US', '1 415 555 0100'],
      ['DE', '4915123456789'],
      ['FR', '33612345678'],
      // Too long, too short, nonsense.
      ['US', '+1 415 555 01001'],
      ['US', '415 555 01001 2'],
      ['GB', '+44 7400 1234567'],
      ['GB', '07400 1234567'],
      ['US', '415 555'],
      ['DE', '+49 30 1'],
      ['US', '+0123 456'],
      ['US', '+999 123 456'],
      ['US', '0000000'],
      ['US', '99999999999999999999'],
      ['GB', '1234567890123456789012345'],
      ['ZZ' as CountryCode, '4155550100'],
      ['ZZ' as CountryCode, '+4155550100'],
    ];
    const mismatches: Mismatch[] = [];
    for (const [country, typed] of cases) compareTyping(country, typed, mismatches);
    expect(mismatches, report(mismatches)).to.deep.equal([]);
  });

  it('agrees on random digits in random countries, national and international', () => {
    const mismatches: Mismatch[] = [];
    const input = fc.record({
      country: fc.constantFrom(...allRegions()),
      start: fc.constantFrom('', '', '+', '00', '0', '1', '8'),
      digits: fc.stringMatching(/^[0-9]{1,18}$/),
    });
    for (const { country, start, digits } of fc.sample(input, { seed: 20261130, numRuns: 3000 })) {
      compareTyping(country, start + digits, mismatches);
    }
    expect(mismatches, report(mismatches)).to.deep.equal([]);
  });

  it('would notice a difference: the oracle is not the engine', () => {
    // libphonenumber-js itself, not a copy of the engine: a broken expectation shows up.
    expect(referenceTyping('4155550100', 'US').text).to.equal('(415) 555-0100');
    expect(referenceTyping('+4474001', 'US')).to.deep.equal({ text: '+44 7400 1', country: 'GB' });
    expect(referenceCheck('+447400123456', 'US')).to.deep.equal({ ok: true, e164: '+447400123456', country: 'GB', national: '07400 123456', region: 'GB' });
  });
});
