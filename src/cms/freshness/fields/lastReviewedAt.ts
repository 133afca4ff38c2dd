import type { DateField } from 'payload'

/**
 * When an editor last checked that the item is still correct. The covenant makes partners
 * responsible for current information; the site can show it and the coordinator can list
 * items that have not been reviewed for a long time.
 */
export function lastReviewedAtField(): DateField {
  return {
    name: 'lastReviewedAt',
    label: 'Laatst gecontroleerd op',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
      description: 'Vul de datum in waarop u hebt gecontroleerd dat alle gegevens nog kloppen.',
    },
  }
}
