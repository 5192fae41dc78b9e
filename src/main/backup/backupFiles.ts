// The backup folder: write one gzip file per backup (manifest line, newline, content), list it newest first
// with each manifest, read one back, and rotate. Paths come in as parameters.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { createGunzip, gunzip, gzip } from 'node:zlib'
import { backupManifestSchema, type BackupListEntry, type BackupManifest } from '../../shared/backupIpc'
import { HandlerError } from '../ipc'
import { writeFileAtomic } from './atomicWrite'
import { backupFileNameFor, backupTimeOf } from './fileNames'
import { backupsToKeep, DEFAULT_ROTATION, type RotationPolicy } from './rotation'

const gzipAsync = promisify(gzip)
const gunzipAsync = promisify(gunzip)

export interface WrittenBackup {
  fileName: string
  filePath: string
  sizeBytes: number
  removed: number
}

export async function writeBackupFile(
  folder: string,
  manifest: BackupManifest,
  content: string,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION
): Promise<WrittenBackup> {
  const digest = createHash('sha256').update(content, 'utf8').digest('hex')
  if (digest !== manifest.sha256) {
    throw new HandlerError('checksum', 'バックアップの内容が途中で変わりました。もう一度バックアップしてください。')
  }
  await mkdir(folder, { recursive: true })
  const existing = new Set(await readdir(folder))
  let suffix = 0
  while (existing.has(backupFileNameFor(now, suffix))) suffix += 1
  const fileName = backupFileNameFor(now, suffix)
  const filePath = path.join(folder, fileName)
  const data = await gzipAsync(Buffer.from(`${JSON.stringify(manifest)}\n${content}`, 'utf8'))
  await writeFileAtomic(filePath, data)
  const removed = await rotate(folder, now, policy)
  return { fileName, filePath, sizeBytes: data.byteLength, removed }
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

/** The whole decompressed text of a backup file; a damaged or truncated file is refused here. */
export async function readBackupText(filePath: string): Promise<string> {
  let raw: Buffer
  try {
    raw = await readFile(filePath)
  } catch {
    throw new HandlerError('not-found', 'バックアップファイルを読めませんでした。ファイルの場所を確かめてください。')
  }
  try {
    return (await gunzipAsync(raw)).toString('utf8')
  } catch {
    throw new HandlerError(
      'broken',
      'バックアップファイルが壊れているか、途中で切れています。別のバックアップを選んでください。'
    )
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
