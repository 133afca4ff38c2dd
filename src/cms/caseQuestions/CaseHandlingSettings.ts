import type { GlobalConfig } from 'payload'
import { isCoordinator } from '../shared/access/isCoordinator'
import { isStaff } from '../shared/access/isStaff'
import { wholeNumber } from '../shared/fields/wholeNumber'

/** Deadlines and retention for case questions: staff read them, coordinators change them. */
export const CaseHandlingSettings: GlobalConfig = {
  slug: 'caseHandling',
  label: 'Casusbehandeling',
  admin: { group: 'Instellingen' },
  access: {
    read: isStaff,
    update: isCoordinator,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'triageWorkingDays',
          type: 'number',
          label: 'Triage binnen (werkdagen)',
          required: true,
          defaultValue: 5,
          validate: wholeNumber(1, 60, { required: true }),
          admin: { step: 1, width: '50%', description: 'Werkdagen na ontvangst; weekenden en feestdagen tellen niet mee.' },
        },
        {
          name: 'adviceDays',
          type: 'number',
          label: 'Advies binnen (dagen)',
          required: true,
          defaultValue: 14,
          validate: wholeNumber(1, 120, { required: true }),
          admin: { step: 1, width: '50%', description: 'Dagen na ontvangst.' },
        },
      ],
    },
    {
      name: 'adviceDaysAreWorkingDays',
      type: 'checkbox',
      label: 'Adviestermijn telt in werkdagen',
      defaultValue: false,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'retentionMonthsAfterClosing',
          type: 'number',
          label: 'Bewaartermijn na afsluiten (maanden)',
          required: true,
          defaultValue: 24,
          validate: wholeNumber(1, 240, { required: true }),
          admin: { step: 1, width: '50%', description: 'Daarna wordt de casusvraag geanonimiseerd.' },
        },
        {
          name: 'reminderHour',
          type: 'number',
          label: 'Herinneringen versturen om (uur)',
          required: true,
          defaultValue: 9,
          validate: wholeNumber(0, 23, { required: true }),
          admin: { step: 1, width: '50%', description: 'Uur van de dag (Nederlandse tijd), 0–23.' },
        },
      ],
    },
  ],
}
