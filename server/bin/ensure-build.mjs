import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full))
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs)
  }
  return newest
}

/** Compiles server/src to server/dist when dist is missing or stale; returns the CLI module URL. */
export async function ensureServerBuild() {
  const entry = path.join(serverDir, 'dist', 'cli.js')
  const stamp = path.join(serverDir, 'dist', '.build-stamp')
  const sources = Math.max(
    newestMtime(path.join(serverDir, 'src')),
    fs.statSync(path.join(serverDir, 'tsconfig.build.json')).mtimeMs,
  )
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0
  if (!fs.existsSync(entry) || built < sources) {
    process.stderr.write('Compiling the server…\n')
    const tsc = createRequire(path.join(serverDir, 'package.json')).resolve('typescript/bin/tsc')
    execFileSync(process.execPath, [tsc, '-p', path.join(serverDir, 'tsconfig.build.json')], {
      stdio: 'inherit',
    })
    fs.writeFileSync(stamp, new Date().toISOString())
  }
  return pathToFileURL(entry).href
}
