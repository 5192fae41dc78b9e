// The data folder is shared by every Windows user of the PC. The NSIS installer creates it with the right
// permissions; when the app creates it itself (MSI install, a folder IT's policy names), it grants the local
// Users group the right to modify it, inherited by everything inside, so the next user can open the register.

/** BUILTIN\Users by its well-known SID, which is the same on a Japanese or English Windows. */
export const USERS_SID = '*S-1-5-32-545'

export interface SharedFolderDeps {
  /** fs.mkdirSync(dir, { recursive: true }): the first folder it created, or undefined if all existed. */
  mkdir: (dir: string) => string | undefined
  /** Runs icacls with these arguments (Windows only); throws on a non-zero exit. */
  icacls: (args: string[]) => void
  platform: NodeJS.Platform
  log: (message: string) => void
}

export function ensureSharedFolder(dir: string, deps: SharedFolderDeps): void {
  const created = deps.mkdir(dir)
  if (created === undefined || deps.platform !== 'win32') return
  // (OI)(CI)M: modify, inherited by files and subfolders. Granted on the data folder only, never on a parent
  // this call also created (that is where IT's policy.json lives, writable by administrators only).
  try {
    deps.icacls([dir, '/grant', `${USERS_SID}:(OI)(CI)M`, '/Q'])
  } catch (error) {
    // The creator can still use it; other users would not. Say so in the log for IT rather than stop.
    const detail = error instanceof Error ? error.message : String(error)
    deps.log(`Could not grant Users modify rights on ${dir}: ${detail}`)
  }
}
