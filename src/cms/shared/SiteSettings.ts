import type { Field, GlobalConfig } from 'payload'
import { anyone } from './access/anyone'
import { isCoordinator } from './access/isCoordinator'
import { phoneField } from './fields/validated'
import { wholeNumber } from './fields/wholeNumber'
import { searchSynonymsField } from '../search/searchSynonymsField'

/** The details of one network ("two rooms in one house"): shown in its header, contact page and footer. */
function networkGroup(name: 'jeugd' | 'volwassenen', label: string): Field {
  return {
    name,
    type: 'group',
    label,
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', label: 'Naam van het netwerk', required: true, admin: { width: '50%' } },
          { name: 'tagline', type: 'text', label: 'Ondertitel', admin: { width: '50%' } },
        ],
      },
      {
        name: 'coordinator',
        type: 'group',
        label: 'Coördinator',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', label: 'Naam', admin: { width: '33%' } },
              { name: 'email', type: 'email', label: 'E-mailadres', admin: { width: '33%' } },
              phoneField(),
            ],
          },
        ],
      },
      { name: 'postalAddress', type: 'textarea', label: 'Postadres' },
      {
        type: 'row',
        fields: [
          { name: 'contactEmail', type: 'email', label: 'Algemeen e-mailadres', admin: { width: '50%' } },
          phoneField({ name: 'contactPhone', label: 'Algemeen telefoonnummer' }),
        ],
      },
      { name: 'footerText', type: 'textarea', label: 'Tekst in de voettekst' },
    ],
  }
}

/** Site-wide settings: public (the site shows them), edited by coordinators. */
export const SiteSettings: GlobalConfig = {
  slug: 'siteSettings',
  label: 'Website-instellingen',
  admin: { group: 'Instellingen' },
  access: {
    read: anyone,
    update: isCoordinator,
  },
  fields: [
    { name: 'siteName', type: 'text', label: 'Naam van de website', required: true, defaultValue: 'Expertisenetwerk (L)VB Amsterdam' },
    {
      type: 'tabs',
      tabs: [
        { label: 'Jeugd (L)VB Amsterdam', fields: [networkGroup('jeugd', 'Netwerk Jeugd (L)VB Amsterdam')] },
        { label: 'LVB18+', fields: [networkGroup('volwassenen', 'Netwerk LVB18+')] },
        {
          label: 'Lidmaatschap',
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'membershipContribution',
                  type: 'number',
                  label: 'Jaarlijkse bijdrage (euro)',
                  required: true,
                  defaultValue: 1500,
                  min: 0,
                  validate: wholeNumber(0, 1_000_000, { required: true }),
                  admin: { step: 1, width: '50%' },
                },
                {
                  name: 'reviewPeriodMonths',
                  type: 'number',
                  label: 'Inhoud controleren na (maanden)',
                  required: true,
                  defaultValue: 6,
                  validate: wholeNumber(1, 60, { required: true }),
                  admin: {
                    step: 1,
                    width: '50%',
                    description: 'Na deze periode vragen we partners hun organisatiepagina en aanbod na te lopen.',
                  },
                },
              ],
            },
          ],
        },
        { label: 'Zoeken', fields: [searchSynonymsField] },
      ],
    },
  ],
}
