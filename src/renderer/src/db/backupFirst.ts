// What deletes for good (the retention purges) takes a backup first, and this is enforced here, below every
// screen: the purge itself asks for the backup, and refuses unless that backup holds every entry written so far.
import type { ChainHead } from '../domain/chainCheck'
import { chainHeads } from './backup/registerState'
import type { DbContext } from './context'
import { DomainError } from './requests'

/** Takes a backup of the whole register now; the heads its manifest records, or null when it failed. */
export type BackupFirst = () => Promise<{ chainHeads: readonly ChainHead[] } | null>

/** Runs the backup a deletion needs; refuses when it could not be taken. */
export async function backupBefore(what: string, backup: BackupFirst): Promise<readonly ChainHead[]> {
  const taken = await backup()
  if (!taken)
    throw new DomainError(
      `バックアップできなかったため、${what}を行いませんでした。バックアップの保存先を確かめてからもう一度お試しください。`
    )
  return taken.chainHeads
}

const byDevice = (heads: readonly ChainHead[]) =>
  JSON.stringify([...heads].sort((a, b) => a.deviceId.localeCompare(b.deviceId)))

/** Inside the deletion's transaction: nothing was written after the backup (else it would not hold it). */
export async function requireBackedUp(ctx: DbContext, heads: readonly ChainHead[]): Promise<void> {
  if (byDevice(await chainHeads(ctx)) !== byDevice(heads))
    throw new DomainError('バックアップの後に受付簿が変わりました。何も削除していません。もう一度お試しください。')
}
