// The fee on a decision (APPI 38条): staff count copies, discs, postage and explanation time; the fee is computed
// from the procedure version in force on the 受付日 (shown here as a preview, computed again when it is saved).
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form'
import { listProcedureVersions, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useScreenDate } from '../../app/useScreenDate'
import { computeFee, procedureInForce } from '../../domain/procedure/rules'
import type { FeeBasis, RequestRecord } from '../../domain/request'
import { yen } from '../../domain/letters/wording'

export interface FeeFormValues {
  feeBasis: { pagesBw: string; pagesColour: string; discs: string; mailed: boolean; explanationMinutes: string }
}

const count = (s: string) => (/^\d{1,5}$/.test(s.trim()) ? Number(s.trim()) : 0)

/** What was typed, as the counts the state machine prices. */
export function feeBasisOf(v: FeeFormValues['feeBasis']): FeeBasis {
  return {
    pagesBw: count(v.pagesBw),
    pagesColour: count(v.pagesColour),
    discs: count(v.discs),
    mailed: v.mailed,
    explanationMinutes: count(v.explanationMinutes)
  }
}

export function feeDefaults(record: RequestRecord): FeeFormValues['feeBasis'] {
  const b = record.decision?.feeBasis
  return {
    pagesBw: String(b?.pagesBw ?? 0),
    pagesColour: String(b?.pagesColour ?? 0),
    discs: String(b?.discs ?? 0),
    mailed: b?.mailed ?? record.channel === 'post',
    explanationMinutes: String(b?.explanationMinutes ?? 0)
  }
}

export function FeeFields({
  record,
  register,
  control,
  error
}: {
  record: RequestRecord
  /** The first count that is not a whole number, if any. */
  error?: string
  // The decision form's own values include these; only the fee part is used here.
  register: UseFormRegister<FeeFormValues>
  control: Control<FeeFormValues>
}) {
  const ctx = useDb()
  const date = useScreenDate()
  const versions = useLiveQuery(() => listProcedureVersions(ctx), [ctx])
  const typed = useWatch({ control, name: 'feeBasis' })
  const version = versions === undefined ? undefined : procedureInForce(versions, record.receivedOn)
  const n = (key: 'pagesBw' | 'pagesColour' | 'discs' | 'explanationMinutes', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input inputMode="numeric" size={5} {...register(`feeBasis.${key}`)} />
    </label>
  )
  return (
    <fieldset>
      <legend>手数料(個人情報保護法38条・実費)</legend>
      <div className="row">
        {n('pagesBw', '手数料: 白黒の写し(枚)')}
        {n('pagesColour', '手数料: カラーの写し(枚)')}
        {n('discs', '手数料: 記録媒体(枚)')}
        {n('explanationMinutes', '手数料: 医師による説明(分)')}
        <label className="check">
          <input type="checkbox" {...register('feeBasis.mailed')} />
          手数料: 郵送する
        </label>
      </div>
      {error !== undefined && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {version === null && (
        <p className="notice warn">
          受付日に施行されていた請求手続の版がないため、手数料は計算されず、受付時の手数料
          {record.fee === null ? '(なし)' : `(${yen(record.fee)})`}
          のままになります。計算するには、管理者が「請求手続」で版を登録してください。
        </p>
      )}
      {version && (
        <output aria-label="手数料の計算結果" className="fee-preview">
          {computeFee(version.fees, feeBasisOf(typed))
            .lines.map((l) => `${l.label} ${yen(l.amount)}`)
            .join('、')}
          {' → '}
          <strong>合計 {yen(computeFee(version.fees, feeBasisOf(typed)).total)}</strong>({date(version.effectiveFrom)}
          施行の版による)
        </output>
      )}
    </fieldset>
  )
}
