// Records once per opening that the logged-in staff member opened this request (the access log).
import { useEffect, useRef } from 'react'
import { recordRequestView } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'

export function useRecordView(requestId: string, receiptNo: string | undefined): void {
  const ctx = useDb()
  const actor = useActor()
  const logged = useRef<string | null>(null)
  useEffect(() => {
    if (receiptNo === undefined) return
    const key = `${actor.id}:${requestId}`
    // StrictMode runs effects twice in development; one opening is one entry.
    if (logged.current === key) return
    logged.current = key
    void recordRequestView(ctx, actor, requestId, receiptNo).catch(() => undefined)
  }, [ctx, actor, requestId, receiptNo])
}
