// Serves the built renderer at app://bundle/… . The origin never changes, because IndexedDB belongs to it;
// the path guard keeps every request inside the renderer folder, whatever the URL encodes.
import nodePath from 'node:path'
import type { PlatformPath } from 'node:path'
import { APP_HOST, APP_SCHEME } from '../shared/ipc'

/**
 * The policy every page of the app runs under; the renderer's own meta tag may only narrow it. The page may connect
 * to nothing but itself, and, when IT's policy names the clinic's CouchDB server, to that one origin.
 */
export function contentSecurityPolicy(syncUrl?: string): string {
  const server = syncUrl ? ` ${new URL(syncUrl).origin}` : ''
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React and the print layouts set style attributes; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${server}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'"
  ].join('; ')
}

/** The policy of a PC that shares nothing. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon'
}

export interface AppProtocolDeps {
  /** Absolute folder of the built renderer (out/renderer). */
  root: string
  readFile: (filePath: string) => Promise<Uint8Array>
  /** The page's policy (contentSecurityPolicy); the no-sharing one by default. */
  csp?: string
  /** path.win32 on Windows, path.posix elsewhere; tests pass either explicitly. */
  path?: PlatformPath
}

export type ResolveResult = { ok: true; filePath: string } | { ok: false; status: 400 | 403 }

/** Maps a request URL to a file under root, or says why not. Pure, so the guard is table-tested. */
export function resolveRequestPath(rawUrl: string, root: string, path: PlatformPath = nodePath): ResolveResult {
  let url: URL
  try {
    url = new URL(rawUrl)
  } catch {
    return { ok: false, status: 400 }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 }
  let decoded: string
  try {
    decoded = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 }
  // One leading slash belongs to the URL; anything after it is relative to root. A second slash would make
  // the rest absolute (or UNC on Windows), which the check below then refuses.
  const relativePart = decoded.replace(/^\//u, '')
  const filePath = path.resolve(root, relativePart === '' ? 'index.html' : relativePart)
  const rel = path.relative(root, filePath)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { ok: false, status: 403 }
  return { ok: true, filePath }
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }
  })
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR'
}

export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  const path = deps.path ?? nodePath
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed')
    const resolved = resolveRequestPath(request.url, deps.root, path)
    if (!resolved.ok) return textResponse(resolved.status, resolved.status === 400 ? 'Bad Request' : 'Forbidden')
    let body: Uint8Array
    try {
      body = await deps.readFile(resolved.filePath)
    } catch (error) {
      return isMissingFile(error) ? textResponse(404, 'Not Found') : textResponse(500, 'Internal Server Error')
    }
    const contentType = CONTENT_TYPES[path.extname(resolved.filePath).toLowerCase()] ?? 'application/octet-stream'
    const headers: Record<string, string> = { 'Content-Type': contentType, 'X-Content-Type-Options': 'nosniff' }
    if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = deps.csp ?? CONTENT_SECURITY_POLICY
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }
}
