import type { ArrayField } from 'payload'
import {
  DEFAULT_SYNONYMS,
  MAX_SYNONYM_LENGTH,
  MAX_SYNONYMS,
  validateSynonymList,
  validateSynonymText,
} from '../../domain/search/synonyms'

const side = (value: unknown, { required = true } = {}) =>
  // Payload calls field validators for the empty row the admin adds too: say what is missing.
  value === null || value === undefined || value === '' ? (required ? 'Dit veld is verplicht.' : true) : validateSynonymText(value)

/**
 * The coordinator's synonyms for the site's search (Website-instellingen › Zoeken): whoever
 * searches for the word on the left also finds the word(s) on the right. Bounded in rows and
 * length, checked by the domain's rules; the server search applies a change on the next search.
 */
export const searchSynonymsField: ArrayField = {
  name: 'searchSynonyms',
  type: 'array',
  label: 'Synoniemen bij het zoeken',
  labels: { singular: 'Synoniem', plural: 'Synoniemen' },
  maxRows: MAX_SYNONYMS,
  defaultValue: DEFAULT_SYNONYMS.map((entry) => ({ ...entry })),
  validate: (value: unknown) => validateSynonymList(value),
  admin: {
    description:
      'Wie zoekt op het woord links, vindt ook wat het woord of de woorden rechts bevat (bijvoorbeeld wachtlijst → wachttijd). Eén richting per regel; voeg de omgekeerde regel toe als beide kanten op moeten. Hoofdletters en accenten maken niet uit.',
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'term',
          type: 'text',
          label: 'Wie zoekt op',
          required: true,
          maxLength: MAX_SYNONYM_LENGTH,
          validate: (value: unknown) => side(value),
          admin: { width: '50%' },
        },
        {
          name: 'alsoSearch',
          type: 'text',
          label: 'vindt ook',
          required: true,
          maxLength: MAX_SYNONYM_LENGTH,
          validate: (value: unknown) => side(value),
          admin: { width: '50%' },
        },
      ],
    },
  ],
}
