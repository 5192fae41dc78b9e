// Mounted once the register is judged sound: runs the backup schedule whether or not anyone is logged in.
import { useDb } from '../../app/services'
import { useSettings } from '../../app/useSettings'
import { useBackupScheduler } from './useBackupScheduler'

export function BackupScheduler() {
  useBackupScheduler(useDb(), useSettings())
  return null
}
