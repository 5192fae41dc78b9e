// This PC's sync policy: from main (IT's policy.json, the password kept with safeStorage) in the desktop app, from
// localStorage in a browser (development and the end-to-end tests). Missing or unreadable in a browser means no sync.
import { BROWSER_SYNC_POLICY_KEY, syncPolicySchema } from '../../../shared/syncPolicy'
import type { SyncPolicy } from '../../../shared/syncPolicy'
import { parseIpcResult } from './ipcResult'

export type { EnabledSyncPolicy, SyncPolicy } from '../../../shared/syncPolicy'

const OFF: SyncPolicy = { enabled: false }

function browserSyncPolicy(): SyncPolicy {
  try {
    const text = localStorage.getItem(BROWSER_SYNC_POLICY_KEY)
    if (text === null) return OFF
    const parsed = syncPolicySchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : OFF
  } catch {
    return OFF
  }
}

export async function syncPolicy(): Promise<SyncPolicy> {
  const api = typeof window !== 'undefined' ? window.api : undefined
  if (api) return parseIpcResult('sync:policy', await api.syncPolicy())
  return browserSyncPolicy()
}
