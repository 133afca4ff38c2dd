import type { ArrayField, TextareaField } from 'payload'
import type { Option } from '../../../domain/vocabulary'
import { toOptions } from '../fields/options'

interface StatusHistoryFieldOptions {
  /** The statuses of the workflow, with their Dutch labels (for the rows and their labels). */
  statuses: readonly Option[]
  /** What the workflow asks of a note beyond a textarea (a length, the privacy guard). */
  note?: Partial<Pick<TextareaField, 'maxLength' | 'validate'>>
  access?: ArrayField['access']
  /** A copy of the document starts its own history. */
  disableDuplicate?: boolean
}

/**
 * The status history of a workflow: one row per step with the status, the moment, who took it
 * and a note. Read-only in the admin; only the workflow's hook writes it, rebuilt from the stored
 * rows each time (src/domain/workflow/statusHistory.ts). Its rows are labelled "Doorgezet –
 * 15-12-2026 14:00" rather than "Statuswijziging 04".
 */
export function statusHistoryField({ statuses, note = {}, access, disableDuplicate }: StatusHistoryFieldOptions): ArrayField {
  const options = toOptions(statuses)
  return {
    name: 'statusHistory',
    type: 'array',
    label: 'Statusgeschiedenis',
    labels: { singular: 'Statuswijziging', plural: 'Statuswijzigingen' },
    ...(access ? { access } : {}),
    ...(disableDuplicate ? { disableDuplicate } : {}),
    admin: {
      readOnly: true,
      initCollapsed: true,
      components: { RowLabel: { path: '/src/cms/shared/workflow/StatusHistoryRowLabel#StatusHistoryRowLabel', clientProps: { statuses: options } } },
    },
    fields: [
      { name: 'status', type: 'select', label: 'Status', required: true, options },
      { name: 'at', type: 'date', label: 'Moment', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'by', type: 'relationship', relationTo: 'users', label: 'Door' },
      { name: 'note', type: 'textarea', label: 'Toelichting', ...note } as TextareaField,
    ],
  }
}
