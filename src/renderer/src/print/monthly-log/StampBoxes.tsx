// 押印欄: squares for the person in charge and the manager to stamp the printed log, beside the audit chain's head
// at the time of printing. The paper then anchors the chain too: an entry deleted later shows as a gap below
// this number, and a rewritten chain no longer ends in these 16 hex digits.
import type { ChainHead } from '../../domain/chainCheck'

export const HEAD_HEX_SHOWN = 16

export function StampBoxes({ head }: { head?: ChainHead | null }) {
  return (
    <div className="ml-stamps">
      {head && (
        <p className="ml-chain-head">
          監査記録の末尾(作成時点): 第{head.deviceSeq}番
          <br />
          ハッシュ先頭16桁 <span className="ml-hash">{head.hash.slice(0, HEAD_HEX_SHOWN)}</span>
        </p>
      )}
      <div className="ml-stamp-boxes" role="group" aria-label="押印欄">
        {['担当', '管理者'].map((who) => (
          <div key={who} className="ml-stamp">
            <div className="ml-stamp-label">{who}</div>
            <div className="ml-stamp-box" />
          </div>
        ))}
      </div>
    </div>
  )
}
