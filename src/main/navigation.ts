// Which URLs the window may show: only the app's own bundle. Everything else (web pages, file://,
// javascript:, another app:// host) is refused, so a stray link cannot take the window away from the register.
import { APP_HOST, APP_SCHEME } from '../shared/ipc'

export function isAllowedUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  // url.host includes any port, so app://bundle:80/ does not pass; credentials never belong in our URLs.
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
}
