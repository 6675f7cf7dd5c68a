import { useEffect, useRef } from 'react'

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT'])

/** True when the key press belongs to a text field, an open dialog or a modifier combination. */
function ignored(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return true
  const target = event.target as HTMLElement | null
  if (!target) return false
  if (TYPING_TAGS.has(target.tagName) || target.isContentEditable) return true
  return target.closest('[role="dialog"]') !== null
}

/** Single-key shortcuts (`j`, `?`, `/`…) on the window, inactive while the user types. */
export function useKeyShortcuts(handlers: Record<string, () => void>, enabled = true): void {
  const ref = useRef(handlers)
  ref.current = handlers
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (ignored(event)) return
      const handler = ref.current[event.key]
      if (!handler) return
      event.preventDefault()
      handler()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled])
}
