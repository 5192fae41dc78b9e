// Field shapes shared by the stored-record schemas: dates, instants and catalogue ids.
import { z } from 'zod'
import { isValidIsoDate } from '../calendar'
import { CHANNELS, DATA_CATEGORIES, DISCLOSURE_METHODS, REQUEST_KIND_IDS, REQUESTER_TYPES } from '../catalogue'
import { OUTCOMES, type OutcomeId } from '../outcomes'
import { STATUS_IDS, type StatusId } from '../status'

/** A calendar date as stored: 'YYYY-MM-DD'. */
export const isoDate = z.string().refine(isValidIsoDate, 'YYYY-MM-DD の日付ではありません')
/** An instant as stored: an ISO timestamp in UTC (Date#toISOString). */
export const instant = z.iso.datetime()

const idsOf = <T extends string>(list: readonly { readonly id: T }[]) => list.map((x) => x.id)

export const requestKindId = z.enum(REQUEST_KIND_IDS)
export const channelId = z.enum(idsOf(CHANNELS) as [(typeof CHANNELS)[number]['id']])
export const requesterTypeId = z.enum(idsOf(REQUESTER_TYPES) as [(typeof REQUESTER_TYPES)[number]['id']])
export const dataCategoryId = z.enum(idsOf(DATA_CATEGORIES) as [(typeof DATA_CATEGORIES)[number]['id']])
export const disclosureMethodId = z.enum(idsOf(DISCLOSURE_METHODS) as [(typeof DISCLOSURE_METHODS)[number]['id']])
export const statusId = z.custom<StatusId>((v) => typeof v === 'string' && (STATUS_IDS as string[]).includes(v))
export const outcomeId = z.custom<OutcomeId>((v) => typeof v === 'string' && OUTCOMES.some((o) => o.id === v))

/** Every stored row is ready for replication: a string id, its clinic and the device that wrote it. */
export const rowIdentity = {
  id: z.string().min(1),
  clinicId: z.string().min(1),
  deviceId: z.string().min(1)
}
