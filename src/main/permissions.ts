// Which web permissions the page gets. The register needs none of the device or network ones, so all are
// denied, with one exception: persistent storage for our own origin, so that Chromium never evicts the
// IndexedDB that holds the register when the disk runs low (the data lives nowhere else until a backup).
import { isAllowedUrl } from './navigation'

const GRANTED_TO_APP: ReadonlySet<string> = new Set(['persistent-storage'])

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return requestingUrl !== undefined && isAllowedUrl(requestingUrl) && GRANTED_TO_APP.has(permission)
}
