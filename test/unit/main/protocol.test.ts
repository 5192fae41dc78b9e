import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  createAppProtocolHandler,
  resolveRequestPath
} from '../../../src/main/protocol'

const POSIX_ROOT = '/opt/kaiji/resources/app.asar/out/renderer'
const WIN_ROOT = 'C:\\Program Files\\開示等請求受付簿\\resources\\app.asar\\out\\renderer'

describe('resolveRequestPath serves files inside the renderer folder (posix)', () => {
  it.each([
    ['app://bundle/', 'index.html'],
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/index.html?x=1#/requests', 'index.html'],
    ['app://bundle/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://bundle/fonts/%E6%98%8E%E6%9C%9D.woff2', 'fonts/明朝.woff2'],
    // The URL parser removes plain and %2e dot segments before we see them: these stay inside root.
    ['app://bundle/../../etc/passwd', 'etc/passwd'],
    ['app://bundle/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd']
  ])('%s → %s', (url, file) => {
    expect(resolveRequestPath(url, POSIX_ROOT, path.posix)).toEqual({
      ok: true,
      filePath: path.posix.join(POSIX_ROOT, file)
    })
  })

  it.each([
    ['app://bundle/..%2f..%2fetc%2fpasswd', 403],
    ['app://bundle/%2e%2e%2f%2e%2e%2fetc%2fpasswd', 403],
    ['app://bundle/assets%2f..%2f..%2fsecret.txt', 403],
    ['app://bundle/assets%2f..', 403],
    ['app://bundle/..%5c..%5csecret.txt', 403],
    ['app://bundle//etc/passwd', 403],
    ['app://bundle/%2fetc%2fpasswd', 403],
    ['app://other/index.html', 403],
    ['https://bundle/index.html', 403],
    ['file:///etc/passwd', 403],
    ['app://bundle/index.html%00.png', 400],
    ['app://bundle/%E0%A4%A', 400],
    ['not a url', 400]
  ])('%s is refused with %i', (url, status) => {
    expect(resolveRequestPath(url, POSIX_ROOT, path.posix)).toEqual({ ok: false, status })
  })
})

describe('resolveRequestPath on Windows paths', () => {
  it('serves a nested file with Windows separators', () => {
    expect(resolveRequestPath('app://bundle/assets/index-abc.js', WIN_ROOT, path.win32)).toEqual({
      ok: true,
      filePath: `${WIN_ROOT}\\assets\\index-abc.js`
    })
  })

  it.each([
    'app://bundle/..%5c..%5cWindows%5cwin.ini',
    'app://bundle/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://bundle/assets%5c..%5c..%5csecret.txt',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/C:%5cWindows%5cwin.ini',
    'app://bundle/D:%5csecret.txt',
    'app://bundle/D:secret.txt',
    'app://bundle/%5c%5cserver%5cshare%5cregister.db',
    'app://bundle///server/share/register.db',
    'app://bundle/%5c%5c%3f%5cC:%5cWindows%5cwin.ini',
    'app://bundle/%5cWindows%5cwin.ini'
  ])('%s is refused', (url) => {
    expect(resolveRequestPath(url, WIN_ROOT, path.win32)).toEqual({ ok: false, status: 403 })
  })
})

function fakeFiles(files: Record<string, string>) {
  return vi.fn((filePath: string) => {
    const text = files[filePath]
    if (text === undefined) return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))
    return Promise.resolve(new TextEncoder().encode(text))
  })
}

describe('createAppProtocolHandler', () => {
  const readFile = fakeFiles({
    [`${POSIX_ROOT}/index.html`]: '<!doctype html><title>受付簿</title>',
    [`${POSIX_ROOT}/assets/app.js`]: 'console.log(1)',
    [`${POSIX_ROOT}/assets/app.css`]: 'body{}',
    [`${POSIX_ROOT}/fonts/serif.woff2`]: 'font'
  })
  const handle = createAppProtocolHandler({ root: POSIX_ROOT, readFile, path: path.posix })

  it('serves index.html for / with the strict CSP', async () => {
    const response = await handle(new Request('app://bundle/'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self';")
    // Sharing the register opens exactly the clinic server's origin, nothing wider.
    expect(contentSecurityPolicy('https://couch.clinic.local:6984/')).toContain(
      "connect-src 'self' https://couch.clinic.local:6984;"
    )
    expect(await response.text()).toContain('受付簿')
  })

  it.each([
    ['app://bundle/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://bundle/assets/app.css', 'text/css; charset=utf-8'],
    ['app://bundle/fonts/serif.woff2', 'font/woff2']
  ])('serves %s as %s', async (url, type) => {
    const response = await handle(new Request(url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers 404 for a missing file', async () => {
    expect((await handle(new Request('app://bundle/missing.js'))).status).toBe(404)
  })

  it('refuses traversal without reading anything', async () => {
    readFile.mockClear()
    const response = await handle(new Request('app://bundle/..%2f..%2f..%2fetc%2fpasswd'))
    expect(response.status).toBe(403)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses other methods and other hosts', async () => {
    expect((await handle(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(403)
  })

  it('answers 500, not a crash, when a file cannot be read', async () => {
    const broken = createAppProtocolHandler({
      root: POSIX_ROOT,
      path: path.posix,
      readFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' }))
    })
    expect((await broken(new Request('app://bundle/index.html'))).status).toBe(500)
  })
})

describe('createAppProtocolHandler on a real folder', () => {
  it('never returns a file that sits next to the renderer folder', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'kaiji-protocol-'))
    const root = path.join(base, 'renderer')
    await mkdir(root)
    await writeFile(path.join(root, 'index.html'), 'app page')
    await writeFile(path.join(base, 'secret.txt'), 'patient data')
    const handle = createAppProtocolHandler({ root, readFile: (p) => readFile(p) })

    expect(await (await handle(new Request('app://bundle/index.html'))).text()).toBe('app page')
    for (const url of [
      'app://bundle/..%2fsecret.txt',
      'app://bundle/%2e%2e%2fsecret.txt',
      `app://bundle/${encodeURIComponent(path.join(base, 'secret.txt'))}`
    ]) {
      const response = await handle(new Request(url))
      expect(response.status, url).toBe(403)
    }
  })
})
