// The intake form filled in from a stored request, for correcting it.
import { isAnonymousPerson, type IntakeInput } from '../../domain/intakeSchema'
import type { RequestRecord } from '../../domain/request'

export function intakeFromRecord(r: RequestRecord): IntakeInput {
  const anonymous = isAnonymousPerson(r.person)
  return {
    receivedOn: r.receivedOn,
    channel: r.channel,
    kind: r.kind,
    anonymous,
    person: anonymous ? { ...r.person, name: '' } : { ...r.person },
    requester: { ...r.requester },
    dataCategories: [...r.dataCategories],
    dataOther: r.dataOther,
    requestGrounds: [...r.requestGrounds],
    disclosureMethod: r.disclosureMethod,
    fee: r.fee === null ? '' : String(r.fee),
    details: r.details
  }
}
