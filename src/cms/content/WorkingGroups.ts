import type { CollectionConfig, DateFieldValidation } from 'payload'
import { date } from 'payload/shared'
import { validateDateOrder } from '../../domain/validation'
import { workingGroupRoles, workingGroupStatuses } from '../../domain/vocabulary'
import { isStaffField } from '../shared/access/isStaffField'
import { networksField } from '../shared/fields/networks'
import { toOptions, vocabularySelect } from '../shared/fields/options'
import { slugField } from '../shared/fields/slug'
import { richTextField } from '../shared/fields/richText'
import { networkContentAccess } from '../shared/access/networkContent'

const endNotBeforeStart: DateFieldValidation = (value, args) => {
  const { startDate } = args.siblingData as { startDate?: string | null }
  const result = validateDateOrder(startDate, value)
  return result === true ? date(value, args) : result
}

/**
 * Working groups (werkgroepen): set up by the platform around a theme with a concrete,
 * time-bound assignment; they deliver an advice or an analysis of gaps to the platform.
 */
export const WorkingGroups: CollectionConfig = {
  slug: 'workingGroups',
  labels: { singular: 'Werkgroep', plural: 'Werkgroepen' },
  admin: {
    group: 'Netwerk',
    useAsTitle: 'name',
    defaultColumns: ['name', 'theme', 'status', 'startDate', 'endDate', '_status'],
    listSearchableFields: ['name', 'theme'],
    description: 'Werkgroepen van het platform, met hun opdracht, leden en uitkomst.',
  },
  defaultSort: '-startDate',
  access: networkContentAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  fields: [
    { name: 'name', label: 'Naam', type: 'text', required: true, index: true },
    slugField('name'),
    { name: 'theme', label: 'Thema', type: 'text', index: true },
    networksField(),
    vocabularySelect({
      name: 'status',
      label: 'Status',
      list: workingGroupStatuses,
      required: true,
      sidebar: true,
      defaultValue: 'in-oprichting',
    }),
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          label: 'Startdatum',
          type: 'date',
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'endDate',
          label: 'Einddatum',
          type: 'date',
          validate: endNotBeforeStart,
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly' }, description: 'De opdracht is tijdgebonden.' },
        },
      ],
    },
    richTextField({
      name: 'assignment',
      label: 'Opdracht',
      admin: { description: 'De concrete opdracht van het platform aan de werkgroep.' },
    }),
    {
      name: 'members',
      label: 'Leden',
      labels: { singular: 'Lid', plural: 'Leden' },
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'organisation', label: 'Organisatie', type: 'relationship', relationTo: 'organisations' },
            {
              name: 'personName',
              label: 'Naam',
              type: 'text',
              // Data minimisation: the site names the organisations, not the people.
              access: { read: isStaffField },
            },
            {
              name: 'role',
              label: 'Rol',
              type: 'select',
              defaultValue: 'lid',
              options: toOptions(workingGroupRoles),
            },
          ],
        },
      ],
    },
    richTextField({
      name: 'outcome',
      label: 'Uitkomst',
      admin: { description: 'Het advies of de analyse die de werkgroep aan het platform oplevert.' },
    }),
    {
      name: 'documents',
      label: 'Documenten',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
    },
  ],
}
