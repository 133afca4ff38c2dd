import { describe, expect, it } from 'vitest'
import { parseServerUrl, publicOriginFromEnv } from '../../src/domain/security/serverUrl'
import { dropUntrustedForwardedHeaders, isForwardedForPublicHost } from '../../src/server/forwardedHeaders'

describe('parseServerUrl', () => {
  const demo = { production: false, port: 3000 }
  it('defaults to localhost on the port outside production', () => {
    expect(parseServerUrl(undefined, demo)).toEqual({ origin: 'http://localhost:3000', hostname: 'localhost', port: '3000', https: false })
    expect(parseServerUrl('  ', demo).origin).toBe('http://localhost:3000')
  })
  it('is required in production, with a Dutch message', () => {
    expect(() => parseServerUrl(undefined, { production: true, port: 3000 })).toThrow(/SERVER_URL ontbreekt/)
    expect(() => parseServerUrl('', { production: true, port: 3000 })).toThrow(/productiemodus/)
  })
  it('keeps only the origin and knows https', () => {
    expect(parseServerUrl('https://www.lvbinamsterdam.nl/', demo)).toEqual({ origin: 'https://www.lvbinamsterdam.nl', hostname: 'www.lvbinamsterdam.nl', port: '', https: true })
    expect(parseServerUrl('HTTPS://Portaal.Example.NL:8443', demo).origin).toBe('https://portaal.example.nl:8443')
  })
  it('reads SERVER_URL, PORTAL_MODE and PORT from an environment', () => {
    expect(publicOriginFromEnv({ PORT: '4321' }).origin).toBe('http://localhost:4321')
    expect(publicOriginFromEnv({ SERVER_URL: 'https://portaal.example.nl', PORTAL_MODE: 'production' }).https).toBe(true)
    expect(() => publicOriginFromEnv({ PORTAL_MODE: 'production' })).toThrow(/SERVER_URL ontbreekt/)
  })
  it('refuses what is not a plain http(s) origin', () => {
    for (const value of ['portaal.example.nl', 'ftp://portaal.example.nl', 'javascript:alert(1)', 'https://portaal.example.nl/sub', 'https://a:b@portaal.example.nl', 'https://portaal.example.nl/?x=1', 'https://portaal.example.nl/#x', 'http://']) {
      expect(() => parseServerUrl(value, demo), value).toThrow(/SERVER_URL/)
    }
  })
})

describe('forwarded headers count only for the public https host', () => {
  const https = parseServerUrl('https://portaal.example.nl', { production: true, port: 3000 })
  const http = parseServerUrl('http://localhost:3000', { production: false, port: 3000 })
  const request = (headers: Record<string, string>) => ({ headers: { ...headers } }) as unknown as import('node:http').IncomingMessage

  it('keeps them for the configured host behind TLS', () => {
    expect(isForwardedForPublicHost({ host: 'portaal.example.nl', 'x-forwarded-proto': 'https' }, https)).toBe(true)
    expect(isForwardedForPublicHost({ host: '127.0.0.1:3000', 'x-forwarded-host': 'Portaal.Example.nl', 'x-forwarded-proto': 'https' }, https)).toBe(true)
    expect(isForwardedForPublicHost({ host: 'portaal.example.nl:443' }, https)).toBe(true)
  })
  it('drops them for any other host, and always when SERVER_URL is http', () => {
    for (const [headers, origin] of [
      [{ host: 'evil.example', 'x-forwarded-proto': 'https' }, https],
      [{ host: 'portaal.example.nl', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }, https],
      [{ host: 'portaal.example.nl.evil.example', 'x-forwarded-proto': 'https' }, https],
      [{ host: 'localhost:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'localhost:3000' }, http],
    ] as const) {
      const req = request(headers)
      dropUntrustedForwardedHeaders(req, origin)
      expect(req.headers['x-forwarded-proto']).toBeUndefined()
      expect(req.headers['x-forwarded-host']).toBeUndefined()
    }
  })
})
