// The web test build served for a benchmark: built once with vite, previewed on 127.0.0.1 in its own process
// group (so stopping it stops vite's children too), and waited for until it answers.
import { spawn, spawnSync } from 'node:child_process'

/**
 * Builds the web test build (unless `build` is false: a build already in WEB_OUT_DIR, such as an earlier commit's,
 * is served as it is) and starts its preview server; returns how to wait for it and stop it.
 */
export function serveWebBuild(env, { build = true } = {}) {
  if (build) {
    const done = spawnSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
      env,
      stdio: 'inherit'
    })
    if (done.status !== 0) process.exit(done.status ?? 1)
  }
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts'], {
    env,
    stdio: 'ignore',
    detached: true
  })
  const stop = () => {
    try {
      process.kill(-server.pid)
    } catch {
      /* already gone */
    }
  }
  const ready = async (url) => {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(url)).ok) return
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error('preview server did not start')
  }
  return { ready, stop }
}
