/**
 * Our own wording where Payload's Dutch is missing, English or stiff (config `i18n.translations`).
 * Only keys Payload has: a key it does not know is ignored.
 */
export const dutchTranslations = {
  nl: {
    general: {
      // The account page's heading: the staff do not know "Payload".
      payloadSettings: 'Instellingen',
    },
    authentication: {
      // The button on a locked-out account (too many failed logins).
      forceUnlock: 'Account ontgrendelen',
    },
  },
}
