/**
 * Turns a fault pattern such as `"POST /messaging/threads/*"` (`*`: one path segment, `**`: any
 * depth; the method is optional) or a RegExp into a method and an anchored path pattern.
 */
export function compileRoutePattern(pattern: string | RegExp): {
  method: string | null
  pattern: RegExp
} {
  if (pattern instanceof RegExp) return { method: null, pattern }
  const match = /^([A-Z]+)\s+(.*)$/.exec(pattern.trim())
  const path = match ? match[2]! : pattern.trim()
  const escaped = path
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*')
  return { method: match ? match[1]! : null, pattern: new RegExp(`^${escaped}$`) }
}
