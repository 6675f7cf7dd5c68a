// `npm start`: builds the server and the web app when their builds are missing or stale, then
// runs `aftersale start` (web + workers, embedded PostgreSQL unless DATABASE_URL is set).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureServerBuild } from '../server/bin/ensure-build.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const web = path.join(root, 'web')

function newest(entries) {
  let latest = 0
  for (const entry of entries) {
    if (!fs.existsSync(entry)) continue
    const stat = fs.statSync(entry)
    if (stat.isDirectory())
      latest = Math.max(latest, newest(fs.readdirSync(entry).map((name) => path.join(entry, name))))
    else latest = Math.max(latest, stat.mtimeMs)
  }
  return latest
}

const webIndex = path.join(web, 'dist', 'index.html')
const webSources = newest(
  ['src', 'index.html', 'vite.config.ts', 'package.json', 'public'].map((p) => path.join(web, p)),
)
if (!fs.existsSync(webIndex) || fs.statSync(webIndex).mtimeMs < webSources) {
  process.stderr.write('Building the web app…\n')
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: web,
      stdio: 'inherit',
    },
  )
}

// `npm start` is the demo path: the marketplace simulators feed the demo workspace.
process.env.AFTERSALE_SIMULATORS ??= '1'

// The chat widget is served as /widget.js; build it the same way when missing or stale.
const widget = path.join(root, 'widget')
const widgetBundle = path.join(widget, 'dist', 'widget.js')
const widgetSources = newest(
  ['src', 'vite.config.ts', 'package.json'].map((p) => path.join(widget, p)),
)
if (!fs.existsSync(widgetBundle) || fs.statSync(widgetBundle).mtimeMs < widgetSources) {
  process.stderr.write('Building the chat widget…\n')
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: widget, stdio: 'inherit' },
  )
}

const entry = await ensureServerBuild()
const { runCli } = await import(entry)
process.exitCode = await runCli(['start', ...process.argv.slice(2)])
