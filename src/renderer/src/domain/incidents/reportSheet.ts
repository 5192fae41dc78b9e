// An incident as printed on A4 for the file and for inspection: deadlines, the nine report items (規則8条1項),
// the submissions and the notices. Plain sections of lines, rendered by the print layout.
import { formatShortDate } from '../calendar'
import { labelOf } from '../catalogue'
import type { DeadlineRule } from '../deadline'
import type { IncidentRecord } from '../records/incident'
import { INCIDENT_SITUATIONS, NOTICE_METHODS, NOTICE_MODES, REPORT_ITEMS, SUBMISSION_STAGES } from './catalogue'
import { incidentDeadlines } from './deadlines'

export interface SheetSection {
  heading: string
  lines: string[]
}

const orNone = (lines: string[]) => (lines.length === 0 ? ['なし'] : lines)

export function incidentSections(
  incident: IncidentRecord,
  preliminaryDays: number,
  calendar: DeadlineRule
): SheetSection[] {
  const d = incidentDeadlines(incident, preliminaryDays, calendar)
  const deadlines = d.reportable
    ? [
        `速報の目標日 ${formatShortDate(d.preliminaryOn ?? '')}${d.preliminaryDone ? '(報告済)' : ''}`,
        `確報の期限 ${formatShortDate(d.finalOn ?? '')}${d.finalDone ? '(報告済)' : ''}`
      ]
    : ['報告対象の事態に該当するものが選ばれていません(報告は不要です)。']
  return [
    {
      heading: '事案',
      lines: [
        incident.title,
        `把握した日時 ${incident.knownAt.replace('T', ' ').replace(/-/g, '/')}`,
        incident.closed ? '状態 完了' : '状態 対応中'
      ]
    },
    {
      heading: '報告対象となる事態(規則7条)',
      lines: orNone(INCIDENT_SITUATIONS.filter((s) => incident.situations.includes(s.id)).map((s) => s.label))
    },
    { heading: '報告の期限(規則8条)', lines: deadlines },
    ...REPORT_ITEMS.map((item, i) => ({
      heading: `(${i + 1}) ${item.label}`,
      lines: incident.report[item.id].trim() === '' ? ['(未記入)'] : incident.report[item.id].split('\n')
    })),
    {
      heading: '個人情報保護委員会への報告',
      lines: orNone(
        incident.submissions.map(
          (s) =>
            `${labelOf(SUBMISSION_STAGES, s.stage)} ${formatShortDate(s.submittedOn)} 受付番号 ${s.receiptNo || '—'}(${s.staffName})`
        )
      )
    },
    {
      heading: '本人への通知(規則10条)',
      lines: [
        labelOf(NOTICE_MODES, incident.noticeMode),
        ...incident.notices.map(
          (n) => `${n.name} 様 ${formatShortDate(n.notifiedOn)} ${labelOf(NOTICE_METHODS, n.method)}`
        ),
        ...(incident.publicNotice.on ? [`公表日 ${formatShortDate(incident.publicNotice.on)}`] : []),
        ...(incident.publicNotice.text.trim() === '' ? [] : incident.publicNotice.text.split('\n'))
      ]
    }
  ]
}
