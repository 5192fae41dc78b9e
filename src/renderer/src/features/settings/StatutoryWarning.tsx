// Warns, while the rule is being edited, when it would put targets after the APPI 39条 mark (receipt + 14 days).
import { useWatch, type Control } from 'react-hook-form'
import type { z } from 'zod'
import { useScreenDate } from '../../app/useScreenDate'
import { useToday } from '../../app/useToday'
import { deadlineRuleSchema, type settingsSchema } from '../../domain/settings'
import { firstTargetBeyondStatutory } from '../../domain/statutory'

export function StatutoryWarning({ control }: { control: Control<z.input<typeof settingsSchema>> }) {
  const today = useToday()
  const date = useScreenDate()
  const deadline = useWatch({ control, name: 'deadline' })
  const rule = deadlineRuleSchema.safeParse(deadline)
  const beyond = rule.success ? firstTargetBeyondStatutory(rule.data, today) : null
  if (!beyond) return null
  return (
    <p className="notice warn" role="status">
      この設定では、目標日が法定の目安(受付+14日・個人情報保護法39条)より後になる受付日があります(例:
      {date(beyond.receivedOn)}受付 → 目標日 {date(beyond.dueOn)}、法定の目安 {date(beyond.statutoryOn)}
      )。受付簿・ホーム・月次処理簿では法定の目安を過ぎた請求に印が付きます。
    </p>
  )
}
