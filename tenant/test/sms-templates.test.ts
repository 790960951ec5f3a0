// The SMS text per language (src/sms-templates.ts): one template for English and for every language
// the element ships a dictionary for, picked from the `x-request-language` header the element sends.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { SMS_TEMPLATES, smsLanguageFor, smsTemplateFor } from '../src/sms-templates.js';

// This file runs from tenant/build/test/; the element's dictionaries are in src/i18n/locales/.
const localesDir = new URL('../../../src/i18n/locales/', import.meta.url);

describe('SMS templates', () => {
  it('exist for English and for every shipped dictionary, and for nothing else', () => {
    const shipped = readdirSync(localesDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3));
    assert.ok(shipped.length >= 26, `found ${shipped.length} dictionaries`);
    assert.deepEqual(Object.keys(SMS_TEMPLATES).sort(), ['en', ...shipped].sort());
  });

  it('each holds {code} once, no other placeholder, no WebOTP line, and differs from the others', () => {
    for (const [tag, template] of Object.entries(SMS_TEMPLATES)) {
      assert.equal(template.split('{code}').length, 2, `${tag}: one {code}`);
      assert.ok(!/[{}]/.test(template.replace('{code}', '')), `${tag}: no other braces`);
      assert.ok(!/[@#\n]/.test(template), `${tag}: the tenant appends the WebOTP line itself`);
    }
    assert.equal(new Set(Object.values(SMS_TEMPLATES)).size, Object.keys(SMS_TEMPLATES).length);
    assert.equal(SMS_TEMPLATES.en, 'Your verification code is {code}');
  });

  it('picks an exact tag whatever its case', () => {
    for (const [header, tag] of [
      ['de', 'de'],
      ['DE', 'de'],
      ['pt-pt', 'pt-PT'],
      ['PT-PT', 'pt-PT'],
      ['zh-hant', 'zh-Hant'],
      ['ZH-HANS', 'zh-Hans'],
      ['en', 'en'],
    ]) {
      assert.equal(smsLanguageFor(header), tag, header);
    }
    assert.equal(smsTemplateFor('fr'), 'Votre code de vérification est {code}');
  });

  it('falls back by script and region: Chinese, Portuguese, then the base language', () => {
    const cases: Array<[string, string]> = [
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-MO', 'zh-Hant'],
      ['zh-Hant-HK', 'zh-Hant'],
      ['zh-Hant-SG', 'zh-Hant'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-Hans-CN', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'],
      ['pt-PT', 'pt-PT'],
      ['pt-Latn-PT', 'pt-PT'],
      ['pt-BR', 'pt'],
      ['pt-AO', 'pt'],
      ['pt', 'pt'],
      ['fr-CA', 'fr'],
      ['de-AT', 'de'],
      ['es-419', 'es'],
      ['ar-EG', 'ar'],
      ['sr-Latn-RS', 'en'],
      ['en-GB', 'en'],
    ];
    for (const [header, tag] of cases) assert.equal(smsLanguageFor(header), tag, header);
    assert.equal(smsTemplateFor('zh-TW'), SMS_TEMPLATES['zh-Hant']);
    assert.equal(smsTemplateFor('pt-BR'), SMS_TEMPLATES.pt);
  });

  it('reads an Accept-Language list in order of preference, taking the first tag it has a template for', () => {
    assert.equal(smsLanguageFor('fr-CH, fr;q=0.9, en;q=0.8'), 'fr');
    assert.equal(smsLanguageFor('xx-YY, de;q=0.5'), 'de');
    assert.equal(smsLanguageFor('en;q=0.1, ja'), 'ja');
    assert.equal(smsLanguageFor('ko;q=0.5, th;q=0.7'), 'th');
    assert.equal(smsLanguageFor(' tr ; q=1 , ru'), 'tr');
    assert.equal(smsLanguageFor('*, it;q=0.5'), 'it');
    assert.equal(smsLanguageFor('de;q=0, nl;q=0.1'), 'nl', 'q=0 means "not this one"');
    assert.equal(smsLanguageFor('de_DE'), 'de', 'an underscore is read as a hyphen');
  });

  it('gives English for a missing, empty or junk header', () => {
    const junk = [
      undefined,
      '',
      '   ',
      ',,,',
      ';q=1',
      '*',
      '12345',
      'x-klingon',
      '<script>alert(1)</script>',
      'de;q=abc',
      'de;q=0',
      '日本語',
      'e',
      'deutsch-land-long-subtag',
    ];
    for (const header of junk) assert.equal(smsLanguageFor(header), 'en', String(header));
    assert.equal(smsTemplateFor(undefined), SMS_TEMPLATES.en);
  });

  it('reads only the start of an over-long header', () => {
    assert.equal(smsLanguageFor('a'.repeat(1_000_000)), 'en');
    assert.equal(smsLanguageFor(`de,${'x'.repeat(1_000_000)}`), 'de');
    assert.equal(smsLanguageFor(`${','.repeat(1_000_000)}fr`), 'en', 'a tag past the read limit is not seen');
    assert.equal(smsLanguageFor(`${'x-'.repeat(200)}ja`), 'en');
  });
});
