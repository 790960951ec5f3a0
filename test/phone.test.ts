import { expect } from '@open-wc/testing';
import {
  allowedCountries,
  countryInfo,
  checkPhone,
  defaultCountry,
  editFromInputType,
  formatPhoneInput,
  listCountries,
  maskPhone,
  normalizeDigits,
  searchCountries,
} from '../src/phone/index.js';
import type { CountryCode, PhoneEdit } from '../src/phone/index.js';
import { allCallingCodes, loadMetadata } from '../src/phone/metadata.js';

// The rules of every calling code, as the element has them once a number's slice has arrived
// (test/phone-metadata.test.ts covers the time before).
before(async () => {
  const loads = await Promise.all(allCallingCodes().map(loadMetadata));
  expect(loads.every(Boolean)).to.equal(true);
});

/** A phone field driven the way the element drives it: every edit goes through formatPhoneInput. */
class Field {
  text = '';
  caret = 0;
  constructor(public country: CountryCode) {}

  /** The text with '|' at the caret, to read expectations at a glance. */
  get view(): string {
    return `${this.text.slice(0, this.caret)}|${this.text.slice(this.caret)}`;
  }

  at(caret: number): this {
    this.caret = caret;
    return this;
  }

  type(keys: string): this {
    for (const key of keys) this.insert(key);
    return this;
  }

  /** Pasting or autofill: the whole string arrives in one input event. */
  insert(inserted: string): this {
    return this.edit(this.text.slice(0, this.caret) + inserted + this.text.slice(this.caret), this.caret + inserted.length, 'insert');
  }

  backspace(): this {
    if (this.caret === 0) return this;
    return this.edit(this.text.slice(0, this.caret - 1) + this.text.slice(this.caret), this.caret - 1, 'delete-backward');
  }

  deleteForward(): this {
    return this.edit(this.text.slice(0, this.caret) + this.text.slice(this.caret + 1), this.caret, 'delete-forward');
  }

  private edit(text: string, caret: number, edit: PhoneEdit): this {
    const result = formatPhoneInput(text, caret, this.country, edit);
    this.text = result.text;
    this.caret = result.caret;
    this.country = result.country;
    return this;
  }
}

function typedViews(country: CountryCode, keys: string): string[] {
  const field = new Field(country);
  return [...keys].map((key) => field.type(key).view);
}

describe('countryInfo and allowedCountries', () => {
  it('names one country without the list', () => {
    expect(countryInfo('GB', 'en')).to.deep.equal({ code: 'GB', callingCode: '44', name: 'United Kingdom' });
    expect(countryInfo('DE', 'fr').name).to.equal('Allemagne');
  });

  it('keeps the known codes of an allow-list', () => {
    expect(allowedCountries([' gb', 'US', 'XX', 'gb'])).to.deep.equal(['GB', 'US']);
    expect(allowedCountries(['XX'])).to.deep.equal([]);
    expect(allowedCountries(undefined)).to.deep.equal([]);
  });
});

describe('listCountries', () => {
  it('lists every region libphonenumber knows, each with its calling code and English name', () => {
    const countries = listCountries('en');
    expect(countries.length).to.be.greaterThan(240);
    expect(new Set(countries.map((country) => country.code)).size).to.equal(countries.length);
    expect(countries.find((country) => country.code === 'GB')).to.deep.equal({ code: 'GB', callingCode: '44', name: 'United Kingdom' });
    expect(countries.find((country) => country.code === 'US')).to.deep.equal({ code: 'US', callingCode: '1', name: 'United States' });
  });

  it('sorts by name with the language collation, accented names among their letter', () => {
    const names = listCountries('en').map((country) => country.name);
    const collator = new Intl.Collator('en');
    for (let index = 1; index < names.length; index += 1) {
      expect(collator.compare(names[index - 1]!, names[index]!), `${names[index - 1]} before ${names[index]}`).to.be.at.most(0);
    }
    expect(names.indexOf('Åland Islands')).to.be.lessThan(names.indexOf('Albania'));
  });

  it('localizes names in French and sorts them the French way', () => {
    const countries = listCountries('fr');
    const nameOf = (code: string) => countries.find((country) => country.code === code)?.name;
    expect(nameOf('GB')).to.equal('Royaume-Uni');
    expect(nameOf('DE')).to.equal('Allemagne');
    expect(nameOf('US')).to.equal('États-Unis');
    const names = countries.map((country) => country.name);
    // A code-point sort would put every 'É' after 'Z'.
    expect(names.indexOf('Égypte')).to.be.lessThan(names.indexOf('Espagne'));
    expect(names.indexOf('États-Unis')).to.be.lessThan(names.indexOf('Éthiopie'));
    expect(names.indexOf('Éthiopie')).to.be.lessThan(names.indexOf('Fidji'));
  });

  it('keeps only the allow-listed regions, case-insensitively, ignoring unknown codes', () => {
    expect(listCountries('en', ['gb', 'US', 'zz', ' fr ']).map((country) => country.code)).to.deep.equal(['FR', 'GB', 'US']);
  });

  it('does not empty the picker for an allow-list of unknown codes', () => {
    expect(listCountries('en', ['ZZ', 'UK']).length).to.equal(listCountries('en').length);
  });

  it('reuses the built list for a language but hands out a copy', () => {
    const first = listCountries('en');
    first.pop();
    const second = listCountries('en');
    expect(second.length).to.equal(first.length + 1);
    expect(second[0]).to.equal(first[0]);
  });

  it('survives a language tag the browser rejects', () => {
    expect(listCountries('not a language!').length).to.equal(listCountries('en').length);
  });
});

describe('searchCountries', () => {
  const english = listCountries('en');
  const codes = (query: string, list = english) => searchCountries(list, query).map((country) => country.code);

  it('returns everything for an empty query', () => {
    expect(codes('')).to.have.length(english.length);
    expect(codes('   ')).to.have.length(english.length);
  });

  it('finds names by their start, then by any word, then anywhere', () => {
    expect(codes('united')).to.deep.equal(['AE', 'GB', 'US']);
    expect(codes('kingdom')).to.deep.equal(['GB']);
    const ger = codes('ger');
    expect(ger[0]).to.equal('DE'); // Germany
    expect(ger).to.include.members(['DZ', 'NE', 'NG']); // Algeria, Niger, Nigeria contain it
  });

  it('ranks the ISO code, then name starts, then word starts, then the rest', () => {
    const found = codes('in');
    expect(found[0]).to.equal('IN');
    expect(found.indexOf('ID')).to.be.lessThan(found.indexOf('IO')); // Indonesia, British Indian Ocean Territory
    expect(found.indexOf('IO')).to.be.lessThan(found.indexOf('AR')); // … Argentina
  });

  it('ignores case and accents on both sides', () => {
    expect(codes("cote d'ivoire")).to.deep.equal(['CI']);
    expect(codes('ALAND')[0]).to.equal('AX');
    const french = listCountries('fr');
    expect(codes('etats-unis', french)[0]).to.equal('US');
    expect(codes('ÉTATS', french)).to.include('US');
    expect(codes('royaume uni', french)).to.deep.equal(['GB']);
  });

  it('finds ISO codes and a few common abbreviations', () => {
    expect(codes('gb')[0]).to.equal('GB');
    expect(codes('GB')[0]).to.equal('GB');
    expect(codes('uk')[0]).to.equal('GB');
    expect(codes('usa')[0]).to.equal('US');
  });

  it('finds calling codes with or without +, the main region first', () => {
    expect(codes('+44')).to.deep.equal(['GB', 'GG', 'IM', 'JE']);
    expect(codes('44')).to.deep.equal(['GB', 'GG', 'IM', 'JE']);
    expect(codes('0044')).to.deep.equal(['GB', 'GG', 'IM', 'JE']);
    const plusOne = codes('+1');
    expect(plusOne[0]).to.equal('US');
    expect(plusOne).to.include('CA');
    expect(searchCountries(english, '+1').every((country) => country.callingCode === '1')).to.equal(true);
    expect(codes('+٤٤')[0]).to.equal('GB');
  });

  it('lists exact calling codes before longer ones starting with the same digits', () => {
    const found = searchCountries(english, '35');
    expect(found.length).to.be.greaterThan(5);
    expect(found.every((country) => country.callingCode.startsWith('35'))).to.equal(true);
    expect(found[0]!.callingCode).to.not.equal('35'); // no region has exactly 35
    const three = searchCountries(english, '+3');
    expect(three[0]!.callingCode.length).to.be.greaterThan(1);
    expect(searchCountries(english, '+7')[0]!.code).to.equal('RU');
  });

  it('returns nothing when nothing matches', () => {
    expect(codes('xyz')).to.deep.equal([]);
    expect(codes('+999')).to.deep.equal([]);
  });
});

describe('normalizeDigits', () => {
  it('turns Arabic-Indic, Persian and full-width digits into ASCII', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
    expect(normalizeDigits('０１２３４５６７８９')).to.equal('0123456789');
  });

  it('handles other scripts, including digits outside the BMP', () => {
    expect(normalizeDigits('०१२३४५६७८९')).to.equal('0123456789'); // Devanagari
    expect(normalizeDigits('০৭৯')).to.equal('079'); // Bengali
    expect(normalizeDigits('𝟎𝟏𝟗 𝟶𝟿')).to.equal('019 09'); // mathematical bold and monospace
  });

  it('keeps everything that is not a digit', () => {
    expect(normalizeDigits('Tel: +٤٤ (٠) ٧٤٠٠-١٢٣')).to.equal('Tel: +44 (0) 7400-123');
    expect(normalizeDigits('(415) 555-0100')).to.equal('(415) 555-0100');
  });
});

describe('formatPhoneInput', () => {
  it('formats a US number digit by digit with the caret at the end', () => {
    expect(typedViews('US', '4155550100')).to.deep.equal([
      '4|',
      '41|',
      '(415)|',
      '(415) 5|',
      '(415) 55|',
      '(415) 555|',
      '(415) 555-0|',
      '(415) 555-01|',
      '(415) 555-010|',
      '(415) 555-0100|',
    ]);
  });

  it('formats a UK mobile digit by digit', () => {
    const views = typedViews('GB', '07400123456');
    expect(views.at(-1)).to.equal('07400 123456|');
    expect(views[5]).to.equal('07400 1|');
  });

  it('reports the digits typed and keeps a national number in the selected country', () => {
    const result = formatPhoneInput('(415) 555-0100', 14, 'US');
    expect(result).to.deep.equal({ text: '(415) 555-0100', caret: 14, country: 'US', digits: '4155550100' });
  });

  it('deletes a digit in the middle and keeps the caret after the digit before it', () => {
    const field = new Field('US');
    field.type('4155550100').at('(415) 55'.length).backspace();
    expect(field.view).to.equal('(415) 5|50-100');
    field.backspace();
    // The caret follows the digit '5', which now sits before the ')'.
    expect(field.view).to.equal('(415|) 501-00');
  });

  it('inserts a digit in the middle with the caret after it', () => {
    const field = new Field('US');
    field.type('41555501').at('(415) '.length).type('2');
    expect(field.view).to.equal('(415) 2|55-501');
  });

  it('backspace over ")" deletes the digit before it', () => {
    const field = new Field('US').type('4155550100').at('(415)'.length).backspace();
    expect(field.view).to.equal('(41|5) 550-100');
  });

  it('backspace over a space deletes the digit before it', () => {
    const us = new Field('US').type('4155550100').at('(415) '.length).backspace();
    expect(us.view).to.equal('(41|5) 550-100');
    const gb = new Field('GB').type('07400123456').at('07400 '.length).backspace();
    expect(gb.view).to.equal('0740|1 23456');
  });

  it('forward delete before a "-" deletes the digit after it', () => {
    const field = new Field('US').type('4155550100').at('(415) 555'.length).deleteForward();
    expect(field.view).to.equal('(415) 555|-100');
  });

  it('backspace over the opening "(" changes nothing', () => {
    const field = new Field('US').type('4155550100').at(1).backspace();
    expect(field.text).to.equal('(415) 555-0100');
    expect(field.caret).to.equal(0);
  });

  it('treats an unspecified edit that removed only a separator as a backspace', () => {
    expect(formatPhoneInput('(415 555-0100', 4, 'US').digits).to.equal('415550100');
    // An insert never deletes digits.
    expect(formatPhoneInput('(415 555-0100', 4, 'US', 'insert').digits).to.equal('4155550100');
  });

  it('switches to the region of a pasted international number', () => {
    const field = new Field('US').insert('+44 7400 123456');
    expect(field.view).to.equal('+44 7400 123456|');
    expect(field.country).to.equal('GB');
    expect(formatPhoneInput('+44 7400 123456', 15, 'US').digits).to.equal('+447400123456');
  });

  it('reads "00" and the country\'s own international prefix as "+"', () => {
    for (const [pasted, country] of [
      ['0044 7400 123456', 'US'],
      ['011 44 7400 123456', 'US'],
      ['0011 44 7400 123456', 'AU'],
    ] as const) {
      const result = formatPhoneInput(pasted, pasted.length, country);
      expect(result.text, pasted).to.equal('+44 7400 123456');
      expect(result.country, pasted).to.equal('GB');
      expect(result.caret, pasted).to.equal(result.text.length);
    }
  });

  it('waits for the whole international prefix before reading it', () => {
    // Australia dials out with 0011: '00' alone is not yet international there.
    expect(formatPhoneInput('00', 2, 'AU').text).to.equal('00');
    expect(formatPhoneInput('00', 2, 'GB').text).to.equal('+');
    expect(formatPhoneInput('01', 2, 'US').text).to.equal('01');
  });

  it('switches country while an international number is typed digit by digit', () => {
    const field = new Field('US').type('+4');
    expect(field.country).to.equal('US');
    field.type('4');
    expect(field.country).to.equal('GB');
    field.type('7400123456');
    expect(field.view).to.equal('+44 7400 123456|');
    expect(field.country).to.equal('GB');
  });

  it('keeps a selected region that shares the calling code, and finds the exact one when it can', () => {
    expect(formatPhoneInput('+44', 3, 'JE').country).to.equal('JE');
    expect(formatPhoneInput('+1 604 555 0100', 15, 'US').country).to.equal('CA');
    expect(formatPhoneInput('+1', 2, 'GB').country).to.equal('US');
  });

  it('keeps (415) 555-0100 in the US', () => {
    const field = new Field('US').insert('(415) 555-0100');
    expect(field.view).to.equal('(415) 555-0100|');
    expect(field.country).to.equal('US');
  });

  it('ignores letters and symbols without moving the digits', () => {
    expect(new Field('US').insert('tel: 415-555-0100!').view).to.equal('(415) 555-0100|');
    const field = new Field('US').type('415555').at(3).type('x');
    expect(field.view).to.equal('(41|5) 555');
    expect(new Field('US').type('415+5').text).to.equal('(415) 5');
  });

  it('accepts digits of other scripts', () => {
    expect(new Field('US').type('٤١٥٥٥٥٠١٠٠').view).to.equal('(415) 555-0100|');
    expect(new Field('GB').insert('۰۷۴۰۰ ۱۲۳۴۵۶').view).to.equal('07400 123456|');
    expect(new Field('JP').insert('＋４４７４００１２３４５６').text).to.equal('+44 7400 123456');
    // Digits outside the BMP take two UTF-16 units each: the caret must still land right.
    expect(formatPhoneInput('𝟒𝟏𝟓𝟓', 4, 'US')).to.include({ text: '(415) 5', caret: 3 });
  });

  it('keeps the caret after the same digit when pasting in the middle', () => {
    const field = new Field('US').type('415').at('(41'.length).insert('5 55');
    expect(field.view).to.equal('(415) 55|5');
  });

  it('clamps a caret outside the text', () => {
    expect(formatPhoneInput('415', 99, 'US').caret).to.equal(5);
    expect(formatPhoneInput('415', -3, 'US').caret).to.equal(0);
    expect(formatPhoneInput('415', Number.NaN, 'US').caret).to.equal(5);
  });

  it('handles an empty field and a lone "+"', () => {
    expect(formatPhoneInput('', 0, 'US')).to.deep.equal({ text: '', caret: 0, country: 'US', digits: '' });
    expect(formatPhoneInput('+', 1, 'US')).to.deep.equal({ text: '+', caret: 1, country: 'US', digits: '+' });
  });
});

describe('editFromInputType', () => {
  it('maps InputEvent input types to edits', () => {
    expect(editFromInputType('insertText')).to.equal('insert');
    expect(editFromInputType('insertFromPaste')).to.equal('insert');
    expect(editFromInputType('deleteContentBackward')).to.equal('delete-backward');
    expect(editFromInputType('deleteWordBackward')).to.equal('delete-backward');
    expect(editFromInputType('deleteContentForward')).to.equal('delete-forward');
    expect(editFromInputType(undefined)).to.equal('insert');
  });
});

describe('checkPhone', () => {
  it('says empty for nothing, spaces or letters', () => {
    for (const text of ['', '   ', 'abc', '+']) expect(checkPhone(text, 'US'), text).to.deep.equal({ ok: false, reason: 'empty', country: 'US' });
  });

  it('says too short and too long with the country', () => {
    expect(checkPhone('415', 'US')).to.deep.equal({ ok: false, reason: 'too-short', country: 'US' });
    expect(checkPhone('07400 1234567', 'GB')).to.deep.equal({ ok: false, reason: 'too-long', country: 'GB' });
    expect(checkPhone('(415) 555-01000', 'US')).to.deep.equal({ ok: false, reason: 'too-long', country: 'US' });
    expect(checkPhone('+44 1', 'US')).to.deep.equal({ ok: false, reason: 'too-short', country: 'GB' });
  });

  it('says invalid for a number of the right length that the country does not have', () => {
    expect(checkPhone('(555) 555-0100', 'US')).to.deep.equal({ ok: false, reason: 'invalid', country: 'US' });
    expect(checkPhone('04000 000000', 'GB')).to.deep.equal({ ok: false, reason: 'invalid', country: 'GB' });
  });

  it('names the country of an international number that is invalid', () => {
    expect(checkPhone('+44 4000 000000', 'FR')).to.deep.equal({ ok: false, reason: 'invalid', country: 'GB' });
    expect(checkPhone('+1 555 555 0100', 'GB')).to.deep.equal({ ok: false, reason: 'invalid', country: 'US' });
  });

  it('says invalid-country for an unknown calling code or an unknown selected country', () => {
    expect(checkPhone('+999 1234 5678', 'US')).to.deep.equal({ ok: false, reason: 'invalid-country', country: 'US' });
    expect(checkPhone('4155550100', 'XX' as CountryCode)).to.include({ ok: false, reason: 'invalid-country' });
  });

  it('accepts a valid national number and gives E.164', () => {
    expect(checkPhone('(415) 555-0100', 'US')).to.deep.equal({ ok: true, e164: '+14155550100', country: 'US', national: '(415) 555-0100', region: 'US' });
    expect(checkPhone('07400 123456', 'GB')).to.deep.equal({ ok: true, e164: '+447400123456', country: 'GB', national: '07400 123456', region: 'GB' });
    expect(checkPhone('1 415 555 0100', 'US')).to.include({ ok: true, e164: '+14155550100' });
  });

  it('accepts international input whatever the selected country', () => {
    for (const [text, country] of [
      ['+44 7400 123456', 'US'],
      ['0044 7400 123456', 'FR'],
      ['011 44 7400 123456', 'US'],
      ['+44 (0) 7400 123456', 'DE'],
    ] as const) {
      expect(checkPhone(text, country), text).to.deep.equal({ ok: true, e164: '+447400123456', country: 'GB', national: '07400 123456', region: 'GB' });
    }
    expect(checkPhone('+1 604 555 0100', 'US')).to.include({ ok: true, e164: '+16045550100', country: 'CA' });
  });

  it('gives no region for a non-geographic number', () => {
    const satellite = checkPhone('+881 6 1234 5678', 'GB');
    expect(satellite).to.include({ ok: true, e164: '+881612345678' });
    expect(satellite).not.to.have.property('region');
  });

  it('accepts the calling code typed without "+" when the number is not valid without it', () => {
    expect(checkPhone('44 7400 123456', 'GB')).to.include({ ok: true, e164: '+447400123456' });
    expect(checkPhone('33 6 12 34 56 78', 'FR')).to.include({ ok: true, e164: '+33612345678' });
  });

  it('accepts digits of other scripts and the country in any case', () => {
    expect(checkPhone('٠٧٤٠٠ ١٢٣٤٥٦', 'GB')).to.include({ ok: true, e164: '+447400123456' });
    expect(checkPhone('07400 123456', 'gb' as CountryCode)).to.include({ ok: true, e164: '+447400123456' });
  });

  it('agrees with the digits formatPhoneInput reports', () => {
    const typed = formatPhoneInput('0044 7400 123456', 16, 'US');
    expect(checkPhone(typed.digits, 'US')).to.include({ ok: true, e164: '+447400123456' });
  });
});

describe('defaultCountry', () => {
  it('takes the region of the first tag that has one', () => {
    expect(defaultCountry(['en-GB'])).to.equal('GB');
    expect(defaultCountry(['pt-BR', 'en-US'])).to.equal('BR');
    expect(defaultCountry(['fr', 'en-CA'])).to.equal('CA');
    expect(defaultCountry(['en_AU'])).to.equal('AU');
    expect(defaultCountry(['de-DE-u-co-phonebk'])).to.equal('DE');
  });

  it('falls back to the likely region of the language', () => {
    expect(defaultCountry(['fr'])).to.equal('FR');
    expect(defaultCountry(['ja'])).to.equal('JP');
    expect(defaultCountry(['zh-Hant'])).to.equal('TW');
    expect(defaultCountry(['es-419', 'es'])).to.equal('ES'); // 419 (Latin America) is no phone region
  });

  it('falls back to US', () => {
    expect(defaultCountry([])).to.equal('US');
    expect(defaultCountry(['not a tag!'])).to.equal('US');
  });
});

describe('maskPhone', () => {
  it('keeps the calling code and the last four digits', () => {
    expect(maskPhone('+14155550100')).to.equal('+1 ••• ••• 0100');
    expect(maskPhone('+447400123456')).to.equal('+44 •••• ••3456');
  });

  it('masks what it cannot parse but still keeps the last four digits', () => {
    expect(maskPhone('+999123456789')).to.equal('••••••••6789');
  });
});

describe('country search in the widget’s language and in English', () => {
  it('finds a country by its English name in another language, after the matches of that language', () => {
    const french = listCountries('fr');
    expect(searchCountries(french, 'germany')[0].code).to.equal('DE');
    expect(searchCountries(french, 'allem')[0].code).to.equal('DE');
    // "Spain" in French: Espagne; an English query still finds it.
    expect(searchCountries(french, 'spain').map((c) => c.code)).to.include('ES');
  });

  it('ignores accents: Mexico finds México, and Perú is found as peru', () => {
    const spanish = listCountries('es');
    expect(searchCountries(spanish, 'mexico')[0].code).to.equal('MX');
    expect(searchCountries(spanish, 'peru')[0].code).to.equal('PE');
  });
});
