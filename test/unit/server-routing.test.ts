import { describe, expect, it } from 'vitest'
import { isMongoUri } from '../../src/env'
import { isCmsPath } from '../../src/routing'

describe('isCmsPath', () => {
  it('sends the admin, the API and Next assets to the CMS', () => {
    for (const path of ['/admin', '/admin/collections/organisations', '/api/organisations', '/api', '/_next/static/x.js']) {
      expect(isCmsPath(path), path).toBe(true)
    }
  })

  it('leaves site paths, including look-alikes, to the site', () => {
    for (const path of ['/', '/aanbod', '/administratie', '/apina', '/organisaties/admin']) {
      expect(isCmsPath(path), path).toBe(false)
    }
  })
})

describe('isMongoUri', () => {
  it('recognises both MongoDB schemes and nothing else', () => {
    expect(isMongoUri('mongodb://127.0.0.1:27017/portal')).toBe(true)
    expect(isMongoUri('mongodb+srv://user:pw@cluster.example.net/portal')).toBe(true)
    expect(isMongoUri('file:./data/portal.db')).toBe(false)
    expect(isMongoUri('postgres://localhost/portal')).toBe(false)
  })
})
