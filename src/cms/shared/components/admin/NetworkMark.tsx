/** The network's mark (the same drawing as public/favicon.svg), for the admin's logo and icon. */
export function NetworkMark({ size }: { size: number }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width={size} height={size} aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#1d4f73" />
      <path d="M10.5 7v13.5h6" fill="none" stroke="#ffffff" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="22.5" cy="22" r="3.2" fill="#7fd1c4" />
      <circle cx="22.5" cy="11" r="3.2" fill="#c9b3e6" />
    </svg>
  )
}
