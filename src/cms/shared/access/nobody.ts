import type { Access } from 'payload'

/** For operations no one performs through the API (only server-side code with overrideAccess). */
export const nobody: Access = () => false
