import { describe, expect, it } from 'vitest'
import { isPermissionGranted } from '../../../src/main/permissions'

describe('isPermissionGranted denies everything but persistent storage for the app itself', () => {
  it.each([
    ['persistent-storage', 'app://bundle', true],
    ['persistent-storage', 'app://bundle/index.html', true],
    ['persistent-storage', 'https://example.com', false],
    ['persistent-storage', undefined, false],
    ['media', 'app://bundle', false],
    ['geolocation', 'app://bundle', false],
    ['notifications', 'app://bundle', false],
    ['openExternal', 'app://bundle', false],
    ['clipboard-read', 'app://bundle', false]
  ])('%s from %s → %s', (permission, origin, granted) => {
    expect(isPermissionGranted(permission, origin)).toBe(granted)
  })
})
