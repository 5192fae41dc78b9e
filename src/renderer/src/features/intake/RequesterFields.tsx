// Who asks: the person, or an agent or bereaved relative with their own name, relation and contact details
// (letters go to the requester).
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { BEREAVED_RELATIONS, MINOR_VIEWS, REQUESTER_TYPES, asksAsBereaved } from '../../domain/catalogue'
import type { IntakeInput } from '../../domain/intakeSchema'
import type { IntakeData } from '../../domain/request'
import { Field } from '../../ui/Field'
import { ContactFields } from './ContactFields'

type Form = UseFormReturn<IntakeInput, unknown, IntakeData>

export function RequesterFields({ form }: { form: Form }) {
  const { register, control, formState } = form
  const e = formState.errors.requester
  const type = useWatch({ control, name: 'requester.type' })
  return (
    <fieldset>
      <legend>請求者</legend>
      <Field label="請求者の区分" required error={e?.type?.message}>
        {(p) => (
          <select {...p} {...register('requester.type')}>
            {REQUESTER_TYPES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {type !== 'self' && (
        <>
          <div className="grid-2">
            <Field label="請求者の氏名" required error={e?.agentName?.message}>
              {(p) => <input {...p} autoComplete="off" {...register('requester.agentName')} />}
            </Field>
            <Field label="請求者のフリガナ" error={e?.agentKana?.message}>
              {(p) => <input {...p} autoComplete="off" {...register('requester.agentKana')} />}
            </Field>
            <Field label="本人との関係" required error={e?.relation?.message}>
              {(p) => <input {...p} {...register('requester.relation')} placeholder="例: 長男、成年後見人" />}
            </Field>
            {asksAsBereaved(type) && (
              <Field label="遺族の続柄" required error={e?.bereavedRelation?.message}>
                {(p) => (
                  <select {...p} {...register('requester.bereavedRelation')}>
                    <option value="">選んでください</option>
                    {BEREAVED_RELATIONS.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {type === 'legalAgent' && (
              <Field
                label="本人の意思(15歳以上の未成年の場合)"
                hint="15歳以上18歳未満の患者について、本人が請求に同意しているか反対しているかを記録します"
                error={e?.minorView?.message}
              >
                {(p) => (
                  <select {...p} {...register('requester.minorView')}>
                    <option value="">確認していない・該当しない</option>
                    {MINOR_VIEWS.map((v) => (
                      <option key={v.id} value={v.id}>
                        {v.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
          <ContactFields form={form} base="requester" />
        </>
      )}
    </fieldset>
  )
}
