import { NetworkMark } from './NetworkMark'

/** Shown above the login form: the staff should know at once whose admin this is. */
export function Logo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.9rem' }}>
      <NetworkMark size={56} />
      <div>
        <div style={{ fontSize: '1.35rem', fontWeight: 700, lineHeight: 1.2 }}>Expertisenetwerk (L)VB Amsterdam</div>
        <div style={{ fontSize: '1rem', opacity: 0.8 }}>Beheer voor Jeugd (L)VB en LVB18+</div>
      </div>
    </div>
  )
}
