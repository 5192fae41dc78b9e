// Reads IT's policy.json. A missing file means "no policy"; a file that is there but unreadable or wrong stops
// the start: silently falling back to defaults would open (or create) a register in another folder.
import { z } from 'zod'
import { machinePolicySchema } from '../shared/machinePolicy'
import type { MachinePolicy } from '../shared/machinePolicy'

export type PolicyResult = { ok: true; policy: MachinePolicy; found: boolean } | { ok: false; message: string }

export interface PolicyDeps {
  /** fs.readFileSync(file, 'utf8'); throws ENOENT when there is no policy. */
  readText: (file: string) => string
}

const japaneseErrors = { error: z.locales.ja().localeError }

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code
}

export function readMachinePolicy(file: string, deps: PolicyDeps): PolicyResult {
  let text: string
  try {
    text = deps.readText(file)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { ok: true, policy: {}, found: false }
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `IT のポリシーファイル ${file} を読めませんでした。（${detail}）` }
  }
  let raw: unknown
  try {
    // Notepad may save UTF-8 with a BOM.
    raw = JSON.parse(text.replace(/^\uFEFF/u, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `IT のポリシーファイル ${file} が JSON として読めません。（${detail}）` }
  }
  const parsed = machinePolicySchema.safeParse(raw, japaneseErrors)
  if (!parsed.success) {
    const reasons = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(全体)'}: ${issue.message}`)
      .join('、')
    return { ok: false, message: `IT のポリシーファイル ${file} の内容が正しくありません。（${reasons}）` }
  }
  return { ok: true, policy: parsed.data, found: true }
}
