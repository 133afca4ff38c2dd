import type { GroupField } from 'payload'
import { phoneField } from './validated'

interface ContactGroupOptions {
  /** Name of the person field: `contactPerson` on organisations, `name` on offerings. */
  personFieldName: 'contactPerson' | 'name'
  description?: string
}

/** Contact details shown on the site: a person, an e-mail address and a phone number. */
export function contactGroup({ personFieldName, description }: ContactGroupOptions): GroupField {
  return {
    name: 'contact',
    label: 'Contact',
    type: 'group',
    admin: { description },
    fields: [
      {
        type: 'row',
        fields: [
          { name: personFieldName, label: 'Contactpersoon', type: 'text' },
          { name: 'email', label: 'E-mailadres', type: 'email' },
          phoneField(),
        ],
      },
    ],
  }
}
