// The backup folder: write one gzip file per backup (manifest line, newline, content) as a stream, list it newest
// first with each manifest, read one back as a stream, and rotate. Paths come in as parameters.
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { access, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import { backupManifestSchema, type BackupListEntry, type BackupManifest } from '../../shared/backupIpc'
import { HandlerError } from '../ipc'
import { commitTemporary, temporaryPathFor } from './atomicWrite'
import { backupFileNameFor, backupTimeOf } from './fileNames'
import { backupsToKeep, DEFAULT_ROTATION, type RotationPolicy } from './rotation'

export interface WrittenBackup {
  fileName: string
  filePath: string
  sizeBytes: number
  removed: number
}

/** A backup being written: content arrives in pieces, so a register of any size never sits in memory whole. */
export interface BackupWrite {
  append(chunk: Uint8Array): Promise<void>
  /** Checks the content against the manifest's SHA-256, then flushes, renames and rotates. */
  finish(policy?: RotationPolicy): Promise<WrittenBackup>
  /** Removes the temporary file; nothing is left under a backup's name. */
  abort(): Promise<void>
}

const CHANGED_MIDWAY = 'バックアップの内容が途中で変わりました。もう一度バックアップしてください。'

/**
 * Starts one gzip file: the manifest line, a newline, then the content as appended. It is written under a
 * temporary name and gets its final name only when finished and checked.
 */
export async function startBackupWrite(folder: string, manifest: BackupManifest, now: Date): Promise<BackupWrite> {
  await mkdir(folder, { recursive: true })
  const existing = new Set(await readdir(folder))
  let suffix = 0
  while (existing.has(backupFileNameFor(now, suffix))) suffix += 1
  const fileName = backupFileNameFor(now, suffix)
  const filePath = path.join(folder, fileName)
  const tmp = temporaryPathFor(filePath)
  const gzip = createGzip()
  const out = createWriteStream(tmp)
  const written = pipeline(gzip, out)
  // A failure of the file (full disk, share gone) is reported by the next append or by finish.
  written.catch(() => undefined)
  const hash = createHash('sha256')
  let failed: Error | null = null
  const write = async (chunk: Uint8Array) => {
    if (failed) throw failed
    if (!gzip.write(chunk)) await Promise.race([once(gzip, 'drain'), written])
  }
  const cleanUp = async () => {
    gzip.destroy()
    await written.catch(() => undefined)
    await rm(tmp, { force: true })
  }
  try {
    await write(Buffer.from(`${JSON.stringify(manifest)}\n`, 'utf8'))
  } catch (error) {
    await cleanUp()
    throw error
  }
  return {
    async append(chunk) {
      hash.update(chunk)
      try {
        await write(chunk)
      } catch (error) {
        failed = error instanceof Error ? error : new Error(String(error))
        throw failed
      }
    },
    async finish(policy = DEFAULT_ROTATION) {
      if (hash.digest('hex') !== manifest.sha256) {
        await cleanUp()
        throw new HandlerError('checksum', CHANGED_MIDWAY)
      }
      gzip.end()
      try {
        await written
      } catch (error) {
        await rm(tmp, { force: true })
        throw error
      }
      await commitTemporary(tmp, filePath)
      const sizeBytes = (await stat(filePath)).size
      const removed = await rotate(folder, now, policy)
      return { fileName, filePath, sizeBytes, removed }
    },
    abort: cleanUp
  }
}

/** One backup written from a string (tests and small registers); the same path as the streamed write. */
export async function writeBackupFile(
  folder: string,
  manifest: BackupManifest,
  content: string,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION
): Promise<WrittenBackup> {
  const write = await startBackupWrite(folder, manifest, now)
  try {
    await write.append(Buffer.from(content, 'utf8'))
  } catch (error) {
    await write.abort()
    throw error
  }
  return write.finish(policy)
}

/** Deletes the backups the rotation no longer keeps; returns how many. */
export async function rotate(folder: string, now: Date, policy: RotationPolicy = DEFAULT_ROTATION): Promise<number> {
  const dated = (await readdir(folder)).flatMap((name) => {
    const createdAt = backupTimeOf(name)
    return createdAt ? [{ name, createdAt }] : []
  })
  const keep = backupsToKeep(dated, now, policy)
  const drop = dated.filter((f) => !keep.has(f.name))
  for (const f of drop) await rm(path.join(folder, f.name), { force: true })
  return drop.length
}

/** The first line of a gzip file, read without decompressing the rest. */
function readFirstLine(filePath: string, limit = 65_536): Promise<string | null> {
  return new Promise((resolve) => {
    const source = createReadStream(filePath)
    const unzip = createGunzip()
    let text = ''
    const finish = (value: string | null) => {
      source.destroy()
      unzip.destroy()
      resolve(value)
    }
    unzip.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const nl = text.indexOf('\n')
      if (nl >= 0) finish(text.slice(0, nl))
      else if (text.length > limit) finish(null)
    })
    unzip.on('error', () => finish(null))
    unzip.on('end', () => finish(null))
    source.on('error', () => finish(null))
    source.pipe(unzip)
  })
}

export async function readManifest(filePath: string): Promise<BackupManifest | null> {
  const line = await readFirstLine(filePath)
  if (line === null) return null
  try {
    const parsed = backupManifestSchema.safeParse(JSON.parse(line))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The folder's backups, newest first, each with its manifest (null when unreadable). */
export async function listBackupFiles(folder: string): Promise<BackupListEntry[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  const ours = names.filter((n) => backupTimeOf(n) !== null).sort((a, b) => b.localeCompare(a))
  const entries: BackupListEntry[] = []
  for (const fileName of ours) {
    const filePath = path.join(folder, fileName)
    const size = await stat(filePath).then(
      (s) => s.size,
      () => 0
    )
    entries.push({ fileName, sizeBytes: size, manifest: await readManifest(filePath) })
  }
  return entries
}

const NOT_READABLE = 'バックアップファイルを読めませんでした。ファイルの場所を確かめてください。'
const BROKEN_FILE = 'バックアップファイルが壊れているか、途中で切れています。別のバックアップを選んでください。'
/** What one read hands to the renderer: large enough to be quick, small enough for one IPC message. */
export const READ_CHUNK_BYTES = 4 * 1024 * 1024

/** A backup file read back decompressed, piece by piece; a damaged or truncated file fails with a message. */
export interface BackupRead {
  /** The next piece of the decompressed file (manifest line first), or null at its end. */
  next(): Promise<Uint8Array<ArrayBuffer> | null>
  close(): void
}

export async function openBackupRead(filePath: string, chunkBytes = READ_CHUNK_BYTES): Promise<BackupRead> {
  try {
    await access(filePath)
  } catch {
    throw new HandlerError('not-found', NOT_READABLE)
  }
  const source = createReadStream(filePath)
  const unzip = createGunzip()
  source.on('error', (error) => unzip.destroy(error))
  const pieces = source.pipe(unzip)[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  let ended = false
  return {
    async next() {
      if (ended) return null
      const parts: Buffer[] = []
      let size = 0
      try {
        while (size < chunkBytes) {
          const step = await pieces.next()
          if (step.done) {
            ended = true
            break
          }
          parts.push(step.value)
          size += step.value.length
        }
      } catch {
        ended = true
        source.destroy()
        throw new HandlerError('broken', BROKEN_FILE)
      }
      if (size === 0 && ended) return null
      const chunk = new Uint8Array(size)
      let offset = 0
      for (const part of parts) {
        chunk.set(part, offset)
        offset += part.length
      }
      return chunk
    },
    close() {
      ended = true
      source.destroy()
      unzip.destroy()
    }
  }
}

/** True when the folder is a network share or on another disk than the register's profile. */
export async function isOnSeparateDisk(folder: string, profileDir: string): Promise<boolean> {
  if (folder.startsWith('\\\\') || folder.startsWith('//')) return true
  try {
    const [a, b] = await Promise.all([stat(folder), stat(profileDir)])
    return a.dev !== b.dev
  } catch {
    return false
  }
}
