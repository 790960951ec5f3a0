/**
 * Spanish (español). Informal "tú", as in most consumer apps. One file for Spain and Latin America:
 * words common to both ("escribe", "móvil", "pedir") where they differ.
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: 'Iniciar sesión',
  close: 'Cerrar',
  phoneInstructions: 'Escribe tu número de teléfono. Te enviaremos un código por SMS para iniciar sesión o crear una cuenta.',
  countryLabel: 'País',
  countryButton: '{country}, +{callingCode}. Cambiar país',
  countrySearchLabel: 'Buscar país',
  countrySearchPlaceholder: 'Nombre o prefijo del país',
  countryNoMatch: 'Ningún país coincide con «{query}».',
  countryBack: 'Atrás',
  phoneLabel: 'Número de teléfono',
  rememberedInstructions: 'Hola de nuevo. Te enviaremos un código por SMS a tu número:',
  rememberedNumber: 'número que termina en {last}',
  notYou: '¿No eres tú?',
  haveCode: 'Ya tengo un código',
  sendCode: 'Enviar código',
  sending: 'Enviando…',
  codeInstructions: 'Te enviamos un código al {phone}.',
  codeLabel: 'Código de verificación',
  verify: 'Verificar',
  verifying: 'Verificando…',
  changeNumber: 'Cambiar número',
  resendCode: 'Enviar un código nuevo',
  resendIn: 'Podrás pedir un código nuevo en {time}.',
  codeResent: 'Te enviamos un código nuevo al {phone}.',
  universalInstructions: 'Iniciarás sesión con un código que recibirás por SMS, en una página de inicio de sesión segura.',
  continue: 'Continuar',
  redirecting: 'Redirigiendo…',
  success: 'Sesión iniciada.',
  successDetail: 'Con el número {phone}.',

  'phone.empty': 'Escribe tu número de teléfono.',
  'phone.too-short': 'Este número es demasiado corto para {country}.',
  'phone.too-long': 'Este número es demasiado largo para {country}.',
  'phone.invalid': 'Este número de teléfono no es válido para {country}.',
  'phone.invalid-country': 'Ese prefijo de país no existe. Revisa los dígitos que van después del +.',
  'phone.not-allowed': 'Aquí no se pueden usar números de {country}.',
  'phone.non-geographic': 'Aquí no se puede usar este tipo de número. Escribe un número móvil de uno de los países de la lista.',
  'code.incomplete': 'Escribe los {length} dígitos del código.',

  'error.invalid-code': 'El código es incorrecto o ya no es válido. Revísalo o pide un código nuevo.',
  'error.too-many-attempts': 'Demasiados intentos fallidos. Por ahora, el inicio de sesión está bloqueado para este número.',
  'error.too-many-attempts-wait': 'Demasiados intentos fallidos. Vuelve a intentarlo en {wait}.',
  'error.rate-limited': 'Se pidieron demasiados códigos. Vuelve a intentarlo en {wait}.',
  'error.rate-limited-later': 'Se pidieron demasiados códigos. Vuelve a intentarlo más tarde.',
  'error.invalid-phone': 'No podemos enviar un SMS al {phone}. Revisa el número.',
  'error.sms-provider': 'No pudimos enviar el SMS. Vuelve a intentarlo en un momento.',
  'error.configuration': 'El inicio de sesión no está bien configurado en este sitio. Avisa al responsable del sitio.',
  'error.access-denied': 'Se rechazó el inicio de sesión para este número.',
  'error.network': 'Parece que no tienes conexión. Revísala y vuelve a intentarlo.',
  'error.timeout': 'El servidor tardó demasiado en responder. Vuelve a intentarlo.',
  'error.server': 'Algo salió mal en el servidor. Vuelve a intentarlo.',
};

export default dictionary;
