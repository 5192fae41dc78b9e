// The anchor file outside IndexedDB: proof that a register existed here (clinicId, device, chain heads, counts),
// so an empty database after a crash is recognised as "the register vanished", never as a first start.
import { readFile } from 'node:fs/promises'
import { anchorSchema, type Anchor } from '../../shared/backupIpc'
import { writeFileAtomic } from './atomicWrite'

/** The anchor, or null when there is none. A damaged anchor is kept out of use but reported as existing. */
export async function readAnchorFile(filePath: string): Promise<Anchor | null> {
  let text: string
  try {
    text = await readFile(filePath, 'utf8')
  } catch {
    return null
  }
  try {
    return anchorSchema.parse(JSON.parse(text))
  } catch {
    // Something was here: a register existed, though we cannot read which one.
    return {
      clinicId: '(不明)',
      deviceId: '(不明)',
      updatedAt: new Date(0).toISOString(),
      chainHeads: [],
      counts: {},
      backupFolder: '',
      contact: '',
      lastBackupAt: null
    }
  }
}

export async function writeAnchorFile(filePath: string, anchor: Anchor): Promise<void> {
  await writeFileAtomic(filePath, `${JSON.stringify(anchor, null, 2)}\n`)
}
