// Phone rules for <sms-lock>: no DOM, no lit, so they can be tested and reused on their own.
export type { CountryCode } from './calling-codes.js';
export { callingCodeOf, supportedCountry } from './dialing.js';
export { hasFailed, loadSlice, missingMetadata, onMetadataLoaded, regionRulesLoading, regionsServedBy } from './metadata.js';
export { allowedCountries, builtInName, countryInfo, countryNamesReady, inEnglish, listCountries, searchCountries, defaultCountry } from './countries.js';
export type { Country } from './countries.js';
export { normalizeDigits } from './digits.js';
export { displayPhone, formatPhoneInput, editFromInputType } from './format.js';
export type { FormattedPhone, PhoneEdit } from './format.js';
export { checkPhone, isE164, maskPhone } from './validate.js';
export type { PhoneCheck } from './validate.js';
export { extractCode } from './code.js';
