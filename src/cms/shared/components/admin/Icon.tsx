import { NetworkMark } from './NetworkMark'

/** The small mark in the admin's top bar and navigation. */
export function Icon() {
  return <NetworkMark size={20} />
}
