import { describe, expect, it } from 'vitest'
import { isAllowedUrl } from '../../../src/main/navigation'

describe('isAllowedUrl keeps the window on the app bundle', () => {
  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/', true],
    ['app://bundle/index.html#/requests/2025-001', true],
    ['app://bundle/assets/index-abc.js?v=1', true],
    ['APP://bundle/index.html', true],
    ['app://evil/index.html', false],
    ['app://bundle.evil.example/index.html', false],
    ['app://bundle@evil.example/index.html', false],
    ['app://user:pass@bundle/index.html', false],
    ['app://bundle:8080/index.html', false],
    ['app:bundle/index.html', false],
    ['https://bundle/index.html', false],
    ['https://example.com/', false],
    ['http://localhost:5173/', false],
    ['file:///C:/Program%20Files/app/index.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false]
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed)
  })
})
