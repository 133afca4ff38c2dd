import type { Field } from 'payload'
import { currentCaseStatus, isCaseStatus, selectableCaseStatuses } from '../../../domain/caseQuestions/status'
import { caseQuestionStatuses } from '../../../domain/vocabulary'
import { isCoordinatorField } from '../../shared/access/isCoordinator'
import { toOptions } from '../../shared/fields/options'

/**
 * The status of a case question. The dropdown offers only the steps allowed from the status
 * the question has now (the last one in its history; the form's own value may already be the
 * new choice). Whether a step is allowed is judged by the workflow hook, which refuses with the
 * domain's Dutch reason: the field's own check would only say "ongeldige keuze".
 */
export const caseStatusField: Field = {
  name: 'status',
  type: 'select',
  label: 'Status',
  required: true,
  defaultValue: 'ontvangen',
  options: toOptions(caseQuestionStatuses),
  index: true,
  filterOptions: ({ data, options }) => {
    const allowed: string[] = selectableCaseStatuses(currentCaseStatus(data?.statusHistory))
    return options.filter((option) => allowed.includes(typeof option === 'string' ? option : option.value))
  },
  validate: (value: unknown) => (value === null || value === undefined || isCaseStatus(value) ? true : `Onbekende status "${String(value)}".`),
  admin: { position: 'sidebar', description: 'Alleen de stappen die vanaf de huidige status mogen.' },
  access: { create: isCoordinatorField, update: isCoordinatorField },
}
