// IT's machine policy: where this PC keeps the register and its backups, and how backups rotate.
// main reads it from policy.json (see docs/it.md); 設定 shows which values it fixed. One schema for both sides.
import { z } from 'zod'
import { syncDatabaseSchema, syncUrlSchema } from './syncPolicy'

const folder = z
  .string()
  .min(3)
  .max(240)
  // A full Windows path (C:\… or \\server\share\…); a relative path would depend on the folder the app starts in.
  .regex(
    /^(?:[A-Za-z]:\\|\\\\[^\\]+\\[^\\]+|\/)/u,
    'フォルダーは C:\\… または \\\\サーバー\\共有\\… の形で書いてください'
  )

/** Backup timing when IT sets none: hourly, 48 hours of hourly copies, 30 daily, 24 monthly. */
export const DEFAULT_BACKUP_SCHEDULE = {
  backupIntervalMinutes: 60,
  keepHourlyHours: 48,
  keepDailyDays: 30,
  keepMonthlyMonths: 24
} as const

/** The keys IT may set. Unknown keys are refused, so a misspelt key fails loudly instead of being ignored. */
export const machinePolicySchema = z
  .object({
    /** The JSON Schema IT's editor checks the file against (resources\it\policy.schema.json beside the app). */
    $schema: z.string().max(500).meta({ description: 'エディターで内容を確かめるためのスキーマ(アプリは使いません)' }),
    /** Holds the Chromium profile (the register's IndexedDB), the anchor file, the logs and the lock file. */
    dataDir: folder.meta({ description: '受付簿のデータ フォルダー(既定: %ProgramData%\\KaijiUketsukebo\\data)' }),
    /** Where automatic backups are written; best on another disk or a network share. */
    backupDir: folder.meta({
      description:
        '自動バックアップの保存先(既定: %ProgramData%\\KaijiUketsukebo\\backups)。別のディスクか共有フォルダーを勧めます'
    }),
    backupIntervalMinutes: z
      .number()
      .int()
      .min(5)
      .max(1440)
      .meta({ description: `自動バックアップの間隔(分。既定 ${DEFAULT_BACKUP_SCHEDULE.backupIntervalMinutes})` }),
    /** Rotation: every backup of the last N hours, then one per day for N days, then one per month for N months. */
    keepHourlyHours: z
      .number()
      .int()
      .min(1)
      .max(168)
      .meta({ description: `すべてのバックアップを残す時間(既定 ${DEFAULT_BACKUP_SCHEDULE.keepHourlyHours})` }),
    keepDailyDays: z
      .number()
      .int()
      .min(1)
      .max(366)
      .meta({ description: `その後 1 日 1 件を残す日数(既定 ${DEFAULT_BACKUP_SCHEDULE.keepDailyDays})` }),
    keepMonthlyMonths: z
      .number()
      .int()
      .min(1)
      .max(120)
      .meta({ description: `その後 1 か月 1 件を残す月数(既定 ${DEFAULT_BACKUP_SCHEDULE.keepMonthlyMonths})` }),
    /** Sharing the register (docs/it.md 「複数の PC で受付簿を共有する」): the clinic's CouchDB server, database and
     *  this PC's CouchDB user, all three or none. */
    syncUrl: syncUrlSchema.meta({ description: '共有する CouchDB サーバー(例: https://server01:6984)' }),
    syncDatabase: syncDatabaseSchema.meta({ description: '医療機関のデータベース名(小文字の英字で始まる名前)' }),
    syncUser: z.string().min(1).max(120).meta({ description: 'この PC の CouchDB 利用者名' }),
    /** May be removed once every Windows user has started the app: main keeps it encrypted per Windows user. */
    syncPassword: z
      .string()
      .min(1)
      .max(500)
      .meta({ description: 'その利用者のパスワード(全員が一度起動した後は消せます)' })
  })
  .partial()
  .strict()
  .superRefine((policy, ctx) => {
    const keys = ['syncUrl', 'syncDatabase', 'syncUser'] as const
    const given = keys.filter((key) => policy[key] !== undefined)
    if (given.length > 0 && given.length < keys.length) {
      for (const key of keys.filter((k) => policy[k] === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'syncUrl・syncDatabase・syncUser は 3 つともそろえて書いてください'
        })
      }
    }
    if (policy.syncPassword !== undefined && given.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['syncPassword'],
        message: 'syncPassword は syncUrl・syncDatabase・syncUser と一緒に書いてください'
      })
    }
  })

export type MachinePolicy = z.infer<typeof machinePolicySchema>

export const MACHINE_SETTING_KEYS = [
  'dataDir',
  'backupDir',
  'backupIntervalMinutes',
  'keepHourlyHours',
  'keepDailyDays',
  'keepMonthlyMonths'
] as const satisfies readonly (keyof MachinePolicy)[]

/** The keys 設定 shows (where the register and backups are kept); the sync keys are not among them. */
export type MachineSettingKey = (typeof MACHINE_SETTING_KEYS)[number]

/** The values in force on this PC and which of them IT's policy fixed (the rest are the app's defaults). */
export const machineSettingsSchema = z.object({
  policyFile: z.string(),
  values: z.object({
    dataDir: z.string(),
    backupDir: z.string(),
    backupIntervalMinutes: z.number(),
    keepHourlyHours: z.number(),
    keepDailyDays: z.number(),
    keepMonthlyMonths: z.number()
  }),
  fromPolicy: z.array(z.enum(MACHINE_SETTING_KEYS))
})

export type MachineSettings = z.infer<typeof machineSettingsSchema>
export type MachineValues = MachineSettings['values']
