// Backups, restore and the register's state for the anchor, as the screens use them.
export { BackupBusyError, exportBackup, type BackupPayload, type Progress } from './exportBackup'
export { checkBackupFile } from './readBackup'
export { restoreBackup, type RestoreOptions } from './restoreBackup'
export { registerPresence, registerState, type RegisterPresence, type RegisterState } from './registerState'
export { watchRegisterChanges } from './watch'
