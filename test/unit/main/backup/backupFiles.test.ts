import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  listBackupFiles,
  openBackupRead,
  startBackupWrite,
  writeBackupFile
} from '../../../../src/main/backup/backupFiles'
import { createBackupService } from '../../../../src/main/backup/service'
import type { BackupManifest } from '../../../../src/shared/backupIpc'

const NOW = new Date('2026-11-25T03:00:00.000Z')

function manifestFor(content: string, createdAt = NOW): BackupManifest {
  return {
    format: 'kaiji-uketsukebo-backup',
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion: 2,
    clinicId: 'clinic-1',
    deviceId: 'device-1',
    createdAt: createdAt.toISOString(),
    counts: { requests: 2 },
    chainHeads: [{ deviceId: 'device-1', deviceSeq: 5, hash: 'a'.repeat(64) }],
    sha256: createHash('sha256').update(content, 'utf8').digest('hex')
  }
}

const tempFolder = () => mkdtemp(path.join(tmpdir(), 'kaiji-backup-'))

describe('writeBackupFile', () => {
  it('writes one gzip file: the manifest line, then the content, and no temporary file is left', async () => {
    const folder = await tempFolder()
    const content = '{"data":"受付簿"}'
    const written = await writeBackupFile(folder, manifestFor(content), content, NOW)
    expect(written.fileName).toBe('kaiji-backup-20261125T030000Z.json.gz')
    const text = gunzipSync(await readFile(written.filePath)).toString('utf8')
    const [line, ...rest] = text.split('\n')
    expect(JSON.parse(line ?? '')).toMatchObject({ clinicId: 'clinic-1', counts: { requests: 2 } })
    expect(rest.join('\n')).toBe(content)
    expect(await readdir(folder)).toEqual([written.fileName])
  })

  it('refuses content that does not match the manifest checksum, writing nothing', async () => {
    const folder = await tempFolder()
    await expect(writeBackupFile(folder, manifestFor('a'), 'b', NOW)).rejects.toThrow('もう一度バックアップ')
    expect(await readdir(folder)).toEqual([])
  })

  it('gives a second backup in the same second its own name', async () => {
    const folder = await tempFolder()
    await writeBackupFile(folder, manifestFor('a'), 'a', NOW)
    const second = await writeBackupFile(folder, manifestFor('a'), 'a', NOW)
    expect(second.fileName).toBe('kaiji-backup-20261125T030000Z-1.json.gz')
  })

  it('rotates: older backups of one day are deleted, other files in the folder are left alone', async () => {
    const folder = await tempFolder()
    await writeFile(path.join(folder, 'memo.txt'), 'IT')
    for (const h of [50, 49])
      await writeBackupFile(folder, manifestFor('x'), 'x', new Date(NOW.getTime() - h * 3_600_000))
    const written = await writeBackupFile(folder, manifestFor('x'), 'x', NOW)
    expect(written.removed).toBe(1)
    expect((await readdir(folder)).sort()).toEqual([
      'kaiji-backup-20261123T020000Z.json.gz',
      written.fileName,
      'memo.txt'
    ])
  })
})

describe('listBackupFiles and openBackupRead', () => {
  it('lists newest first with each manifest, and a damaged file without one', async () => {
    const folder = await tempFolder()
    await writeBackupFile(folder, manifestFor('old'), 'old', new Date('2026-11-25T01:00:00Z'))
    await writeBackupFile(folder, manifestFor('new'), 'new', NOW)
    await writeFile(path.join(folder, 'kaiji-backup-20261124T000000Z.json.gz'), 'not gzip')
    const entries = await listBackupFiles(folder)
    expect(entries.map((e) => e.fileName)).toEqual([
      'kaiji-backup-20261125T030000Z.json.gz',
      'kaiji-backup-20261125T010000Z.json.gz',
      'kaiji-backup-20261124T000000Z.json.gz'
    ])
    expect(entries[0]?.manifest?.chainHeads[0]?.deviceSeq).toBe(5)
    expect(entries[2]?.manifest).toBeNull()
  })

  it('lists an absent folder as empty', async () => {
    expect(await listBackupFiles(path.join(await tempFolder(), 'none'))).toEqual([])
  })

  it('refuses a truncated file with a message that says to choose another backup', async () => {
    const folder = await tempFolder()
    const content = 'x'.repeat(100_000) + Math.random().toString()
    const written = await writeBackupFile(folder, manifestFor(content), content, NOW)
    const bytes = await readFile(written.filePath)
    await writeFile(written.filePath, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const read = await openBackupRead(written.filePath)
    const readAll = async () => {
      while (await read.next()) {
        /* keep reading to the cut */
      }
    }
    await expect(readAll()).rejects.toThrow('途中で切れています')
  })
})

describe('a backup written and read in pieces (a register far larger than one message)', () => {
  const piecesOf = (text: string, size: number) => {
    const bytes = Buffer.from(text, 'utf8')
    const out: Uint8Array<ArrayBuffer>[] = []
    for (let at = 0; at < bytes.length; at += size) out.push(new Uint8Array(bytes.subarray(at, at + size)))
    return out
  }

  it('joins the appended pieces into one file and reads it back in pieces of the asked size', async () => {
    const folder = await tempFolder()
    const content = Array.from({ length: 3000 }, (_, i) => `{"受付番号":"2026-${String(i)}"}`).join(',')
    const write = await startBackupWrite(folder, manifestFor(content), NOW)
    // Pieces cut inside multi-byte characters are joined back exactly.
    for (const piece of piecesOf(content, 1001)) await write.append(piece)
    expect(await readdir(folder)).toHaveLength(1) // only the temporary file so far
    expect((await readdir(folder))[0]).toMatch(/^\..*\.tmp$/)
    const written = await write.finish()
    expect(await readdir(folder)).toEqual([written.fileName])

    const read = await openBackupRead(written.filePath, 4096)
    const sizes: number[] = []
    const parts: Uint8Array[] = []
    for (let piece = await read.next(); piece; piece = await read.next()) {
      sizes.push(piece.byteLength)
      parts.push(piece)
    }
    expect(sizes.length).toBeGreaterThan(5)
    expect(sizes.slice(0, -1).every((n) => n >= 4096)).toBe(true)
    const text = Buffer.concat(parts).toString('utf8')
    expect(text.slice(text.indexOf('\n') + 1)).toBe(content)
  })

  it('leaves nothing when aborted, and nothing when the pieces do not match the checksum', async () => {
    const folder = await tempFolder()
    const aborted = await startBackupWrite(folder, manifestFor('abc'), NOW)
    await aborted.append(Buffer.from('ab'))
    await aborted.abort()
    expect(await readdir(folder)).toEqual([])
    const wrong = await startBackupWrite(folder, manifestFor('abc'), NOW)
    await wrong.append(Buffer.from('abd'))
    await expect(wrong.finish()).rejects.toThrow('もう一度バックアップ')
    expect(await readdir(folder)).toEqual([])
  })

  it('goes through the backup channels: begin, append, finish, then read and readChunk to the end', async () => {
    const folder = await tempFolder()
    const service = createBackupService({
      profileDir: folder,
      defaultBackupFolder: folder,
      anchorPath: path.join(folder, 'anchor.json'),
      dialog: { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) },
      now: () => NOW
    })
    const noWindow = {
      sender: { print: () => undefined, printToPDF: () => Promise.resolve(Buffer.alloc(0)) },
      window: null
    }
    const content = '受付簿'.repeat(50_000)
    const { token } = await service['backup:begin']({ folder: '', manifest: manifestFor(content) }, noWindow)
    for (const chunk of piecesOf(content, 65_536)) await service['backup:append']({ token, chunk }, noWindow)
    const written = await service['backup:finish']({ token }, noWindow)
    // A finished write cannot be continued.
    await expect(service['backup:append']({ token, chunk: new Uint8Array(1) }, noWindow)).rejects.toThrow('中断')

    const session = await service['backup:read']({ folder: '', fileName: written.fileName }, noWindow)
    const parts: Uint8Array[] = []
    for (;;) {
      const { chunk } = await service['backup:readChunk']({ token: session.token }, noWindow)
      if (!chunk) break
      parts.push(chunk)
    }
    expect(Buffer.concat(parts).toString('utf8').endsWith(`\n${content}`)).toBe(true)
    await expect(service['backup:readChunk']({ token: session.token }, noWindow)).rejects.toThrow('中断')
  })
})
