// Never a half-written file under the final name: write a temporary file, flush it to disk, then rename.
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

export async function writeFileAtomic(filePath: string, data: Uint8Array | string): Promise<void> {
  const tmp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${String(process.pid)}.tmp`)
  try {
    const handle = await open(tmp, 'w')
    try {
      await handle.writeFile(data)
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
