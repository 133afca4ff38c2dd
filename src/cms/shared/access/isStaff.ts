import type { Access } from 'payload'
import { isStaffUser } from './roles'

/** Any staff account (every role in `users`); never a professional's site account. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
