import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import * as espree from 'espree'

// The architecture's arrows (CONVENTIONS.md): features → domain, db, platform, ui; db → domain; domain → nothing.
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Electron belongs to src/main and src/preload; the renderer reaches it through platform/.'
}
const noDexie = {
  group: ['dexie', 'dexie-*', '**/db', '**/db/*'],
  message: 'Only src/renderer/src/db talks to Dexie; call a repository instead.'
}
const noMain = {
  group: ['**/main/*', '**/preload/*', '!**/preload/api'],
  message: 'main and renderer meet only through src/shared.'
}

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      // Runs inside a copy of a released version's source (scripts/make-fixtures.mjs); its imports resolve only there.
      'scripts/fixtures/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.js',
            'test/bench/*.mjs',
            '.ci/*.mjs',
            'scripts/*.mjs',
            'scripts/couchdb/*.mjs'
          ]
        },
        tsconfigRootDir: import.meta.dirname
      },
      globals: { ...globals.node }
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off'
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noElectron, noMain] }]
    }
  },
  {
    files: ['src/renderer/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'dexie',
                'dexie-*',
                'react',
                'react-*',
                'react/*',
                'electron',
                '**/db',
                '**/db/*',
                '**/features/*',
                '**/platform',
                '**/platform/*',
                '**/ui/*',
                '**/app/*',
                '**/print/*'
              ],
              message:
                'domain/ is pure TypeScript: no React, Dexie, Electron or other renderer layers. Pass what it needs in as arguments.'
            }
          ]
        }
      ],
      // The clock: domain/ answers the same for the same arguments, so tests pin a date and screens pass `today`
      // or `now` in (app/useToday.ts, DbContext.now). Reading the clock here would make deadlines drift.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'domain/ takes time as an argument (today / now).' },
        { object: 'performance', property: 'now', message: 'domain/ takes time as an argument (today / now).' }
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain/ takes time as an argument (today / now).'
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'Date() reads the clock; domain/ takes time as an argument (today / now).'
        }
      ]
    }
  },
  {
    files: ['src/renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            {
              group: [
                'react',
                'react-*',
                '**/features/*',
                '**/ui/*',
                '**/app/*',
                '**/platform',
                '**/platform/*',
                '**/print/*'
              ],
              message: 'db/ depends on domain/ only.'
            }
          ]
        }
      ]
    }
  },
  {
    // Screens reach data through repository functions (db/index.ts) only. This protects the audit chain and the
    // transactions: every write that must be logged, numbered or checked goes through db/, never a raw table.
    files: [
      'src/renderer/src/features/**/*.{ts,tsx}',
      'src/renderer/src/ui/**/*.{ts,tsx}',
      'src/renderer/src/app/**/*.{ts,tsx}',
      'src/renderer/src/print/**/*.{ts,tsx}'
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noMain,
            {
              group: ['dexie', 'dexie-*', '**/db/database', '**/db/context'],
              message: 'Only src/renderer/src/db talks to Dexie; call a repository from db/index.ts instead.'
            }
          ]
        }
      ],
      'no-restricted-syntax': [
        'error',
        {
          // ctx.db.requests…, services.ctx.db…: a table reached around the repositories.
          selector: "MemberExpression[property.name='db']",
          message: 'Tables belong to src/renderer/src/db; add or call a repository function instead of ctx.db.'
        },
        {
          selector: "ObjectPattern > Property[key.name='db']",
          message: 'Tables belong to src/renderer/src/db; add or call a repository function instead of ctx.db.'
        }
      ]
    }
  },
  {
    files: ['src/renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noDexie,
            { group: ['**/domain/*', '**/features/*'], message: 'ui/ is presentational: no domain knowledge.' }
          ]
        }
      ]
    }
  },
  {
    // src/shared is the contract both sides of IPC load, including the sandboxed preload: it may use zod and its
    // own files only. No Node builtins, Electron or renderer code, which one side or the other cannot load.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\./[^/]+$)',
              message: 'src/shared imports only zod and its own files (./x): both main and the preload load it.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/*'], message: 'main and renderer meet only through src/shared.' }] }
      ]
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    // The database's validate_doc_update: a script for CouchDB's own JavaScript engine, so ES5 and no globals.
    files: ['resources/couchdb/*.js'],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: 'script', globals: {} },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^validateDocUpdate$' }] }
  },
  {
    // Benchmark code that runs inside the page through page.evaluate.
    files: ['test/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  }
)
