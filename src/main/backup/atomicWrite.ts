// Never a half-written file under the final name: write a temporary file, flush it to disk, then rename.
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** The temporary name a file is written under before it is renamed to `filePath`. */
export function temporaryPathFor(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${String(process.pid)}.tmp`)
}

export async function writeFileAtomic(filePath: string, data: Uint8Array | string): Promise<void> {
  const tmp = temporaryPathFor(filePath)
  try {
    const handle = await open(tmp, 'w')
    try {
      await handle.writeFile(data)
    } finally {
      await handle.close()
    }
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
  await commitTemporary(tmp, filePath)
}

/** Flushes a fully written temporary file to disk and renames it to its final name (removed on failure). */
export async function commitTemporary(tmp: string, filePath: string): Promise<void> {
  try {
    const handle = await open(tmp, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, filePath)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
  // The rename itself is made durable by flushing the folder; Windows cannot open a folder, and NTFS journals it.
  const dir = await open(path.dirname(filePath), 'r').catch(() => null)
  if (dir) {
    await dir.sync().catch(() => undefined)
    await dir.close()
  }
}
