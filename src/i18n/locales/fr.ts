/**
 * French (français). Formal "vous". Non-breaking spaces are written as escapes so they stay visible:
 * \u00a0 before a colon and inside « », \u202f (narrow) before ? and !.
 */
import type { Dictionary } from '../en.js';

const dictionary: Dictionary = {
  title: 'Connexion',
  close: 'Fermer',
  phoneInstructions: 'Saisissez votre numéro de téléphone. Nous vous enverrons un code par SMS pour vous connecter ou créer un compte.',
  countryLabel: 'Pays',
  countryButton: '{country}, +{callingCode}. Changer de pays',
  countrySearchLabel: 'Rechercher un pays',
  countrySearchPlaceholder: 'Nom du pays ou indicatif',
  countryNoMatch: 'Aucun pays ne correspond à «\u00a0{query}\u00a0».',
  countryBack: 'Retour',
  phoneLabel: 'Numéro de téléphone',
  rememberedInstructions: 'Content de vous revoir. Nous allons envoyer un code par SMS à votre numéro\u00a0:',
  rememberedNumber: 'numéro se terminant par {last}',
  notYou: 'Ce n’est pas vous\u202f?',
  haveCode: 'J’ai déjà un code',
  sendCode: 'Envoyer le code',
  sending: 'Envoi…',
  codeInstructions: 'Nous avons envoyé un code au {phone}.',
  codeLabel: 'Code de vérification',
  verify: 'Vérifier',
  verifying: 'Vérification…',
  changeNumber: 'Changer de numéro',
  resendCode: 'Envoyer un nouveau code',
  resendIn: 'Vous pourrez demander un nouveau code dans {time}.',
  codeResent: 'Nous avons envoyé un nouveau code au {phone}.',
  universalInstructions: 'Vous vous connecterez avec un code reçu par SMS, sur une page de connexion sécurisée.',
  continue: 'Continuer',
  redirecting: 'Redirection…',
  success: 'Connexion réussie.',
  successDetail: 'Connexion effectuée avec le {phone}.',

  'phone.empty': 'Saisissez votre numéro de téléphone.',
  'phone.too-short': 'Ce numéro est trop court pour le pays choisi ({country}).',
  'phone.too-long': 'Ce numéro est trop long pour le pays choisi ({country}).',
  'phone.invalid': 'Ce numéro de téléphone n’est pas valide pour le pays choisi ({country}).',
  'phone.invalid-country': 'Cet indicatif de pays n’existe pas. Vérifiez les chiffres après le +.',
  'phone.not-allowed': 'Les numéros de ce pays ({country}) ne sont pas acceptés ici.',
  'phone.non-geographic': 'Ce type de numéro n’est pas accepté ici. Saisissez un numéro de mobile de l’un des pays de la liste.',
  'code.incomplete': 'Saisissez les {length} chiffres du code.',

  'error.invalid-code': 'Ce code est incorrect ou a expiré. Vérifiez-le ou demandez un nouveau code.',
  'error.too-many-attempts': 'Trop de tentatives infructueuses. La connexion avec ce numéro est bloquée pour le moment.',
  'error.too-many-attempts-wait': 'Trop de tentatives infructueuses. Réessayez dans {wait}.',
  'error.rate-limited': 'Trop de codes ont été demandés. Réessayez dans {wait}.',
  'error.rate-limited-later': 'Trop de codes ont été demandés. Réessayez plus tard.',
  'error.invalid-phone': 'Impossible d’envoyer un SMS au {phone}. Vérifiez le numéro.',
  'error.sms-provider': 'Le SMS n’a pas pu être envoyé. Réessayez dans un instant.',
  'error.configuration': 'La connexion est mal configurée sur ce site. Veuillez prévenir le responsable du site.',
  'error.access-denied': 'La connexion a été refusée pour ce numéro.',
  'error.network': 'Vous semblez être hors ligne. Vérifiez votre connexion et réessayez.',
  'error.timeout': 'Le serveur a mis trop de temps à répondre. Réessayez.',
  'error.server': 'Une erreur s’est produite sur le serveur. Réessayez.',
};

export default dictionary;
