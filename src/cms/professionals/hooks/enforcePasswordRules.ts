import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { passwordError } from '../../../domain/professionals/personRules'

/**
 * The password rules of professional accounts (length), for every way a password is set:
 * registering (site or REST), changing it on the account and resetting it with the emailed
 * link. Payload itself only asks for three characters and runs no field validation on a reset.
 */
export const enforcePasswordRules: CollectionBeforeOperationHook<'professionals'> = ({ args, operation }) => {
  if (!['create', 'update', 'updateByID', 'resetPassword'].includes(operation)) return args
  const data = 'data' in args ? args.data : undefined
  const setsPassword = data !== undefined && data !== null && 'password' in data
  if (operation !== 'create' && !setsPassword) return args
  const message = passwordError(data?.password)
  if (message) throw new ValidationError({ collection: 'professionals', errors: [{ message, path: 'password' }] })
  return args
}
