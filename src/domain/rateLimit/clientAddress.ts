/**
 * Which address a request comes from, for rate limits only (never for anything that grants
 * access). The server works it out once per request and hands it to the site and to Payload
 * in one header that it first removes from the incoming request, so a client cannot choose it.
 */

export const CLIENT_ADDRESS_HEADER = 'x-portal-client-address'

/** Loopback and private networks: where a reverse proxy in front of the portal lives. */
function isProxyAddress(address: string): boolean {
  return (
    address === '::1' ||
    /^127\./.test(address) ||
    /^10\./.test(address) ||
    /^192\.168\./.test(address) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(address) ||
    /^f[cd][0-9a-f]{2}:/i.test(address)
  )
}

function unmapIpv4(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  return mapped ? mapped[1] : address
}

/**
 * One key per client: an IPv4 address as is; an IPv6 address by its /64 network, because one
 * subscriber usually gets a whole /64 and could otherwise take a fresh address per request.
 */
export function addressKey(address: string): string {
  const plain = unmapIpv4(address.trim()).toLowerCase()
  if (!plain.includes(':')) return plain
  const [head, tail = ''] = plain.split('::')
  const headParts = head ? head.split(':') : []
  const tailParts = tail ? tail.split(':') : []
  const missing = Math.max(0, 8 - headParts.length - tailParts.length)
  const groups = [...headParts, ...Array<string>(missing).fill('0'), ...tailParts]
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`
}

const ADDRESS = /^[0-9a-f.:]{2,45}$/i

/**
 * The client's address: the socket's peer, unless that peer is a proxy on this machine or a
 * private network, in which case the last address that proxy appended to X-Forwarded-For.
 * A client connecting directly cannot pose as another address this way.
 */
export function clientAddressOf(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined): string {
  const peer = unmapIpv4(remoteAddress ?? '')
  if (!peer) return 'onbekend'
  if (isProxyAddress(peer) && forwardedFor) {
    const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).slice(0, 1000).split(',')
    const last = chain[chain.length - 1]?.trim() ?? ''
    if (ADDRESS.test(last)) return addressKey(last)
  }
  return addressKey(peer)
}

/** The address the server stamped on the request; undefined outside the server (scripts, tests). */
export function clientAddressFrom(headers: Pick<Headers, 'get'> | undefined): string | undefined {
  const value = headers?.get(CLIENT_ADDRESS_HEADER)
  return value ? value : undefined
}
