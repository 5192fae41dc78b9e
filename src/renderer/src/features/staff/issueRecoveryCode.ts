import { storeRecoveryCode, type DbContext } from '../../db'
import { formatRecoveryCode, hashRecoveryCode } from '../../domain/recoveryCode'
import { newPinSalt } from '../../domain/pin'
import type { Actor } from '../../domain/staff'

/** A new 復旧コード: its hash is stored (audited), the code itself is returned once, to be printed. */
export async function issueRecoveryCode(ctx: DbContext, actor: Actor): Promise<string> {
  const code = formatRecoveryCode(crypto.getRandomValues(new Uint8Array(16)))
  await storeRecoveryCode(ctx, actor, await hashRecoveryCode(code, newPinSalt()))
  return code
}
