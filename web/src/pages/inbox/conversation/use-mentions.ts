import { type RefObject, useMemo, useState } from 'react'

export interface Mentionable {
  id: string
  name: string
  email: string
}

const TOKEN = /(^|\s)@([\p{L}\p{N}._-]{0,30})$/u

/** The `@query` right before the caret, if the caret sits at the end of one. */
function tokenAt(text: string, caret: number): { start: number; query: string } | null {
  const match = TOKEN.exec(text.slice(0, caret))
  if (!match) return null
  const query = match[2] ?? ''
  return { start: caret - query.length - 1, query }
}

/**
 * `@` mentions in the note composer: suggestions for the token at the caret, insertion of
 * `@Name `, and the ids of members whose `@Name` is still in the text when sending.
 */
export function useMentions(
  members: Mentionable[],
  text: string,
  setText: (text: string) => void,
  inputRef: RefObject<HTMLTextAreaElement | null>,
) {
  const [caret, setCaret] = useState(0)
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState<number | null>(null)
  const token = tokenAt(text, caret)

  const suggestions = useMemo(() => {
    if (!token || dismissed === token.start) return []
    const q = token.query.toLocaleLowerCase()
    return members
      .filter(
        (m) => m.name.toLocaleLowerCase().includes(q) || m.email.toLocaleLowerCase().startsWith(q),
      )
      .slice(0, 6)
  }, [members, token, dismissed])

  const pick = (member: Mentionable) => {
    if (!token) return
    const before = text.slice(0, token.start)
    const after = text.slice(caret)
    const inserted = `@${member.name} `
    const next = `${before}${inserted}${after}`
    const position = before.length + inserted.length
    setText(next)
    setCaret(position)
    setActive(0)
    requestAnimationFrame(() => {
      inputRef.current?.focus()
      inputRef.current?.setSelectionRange(position, position)
    })
  }

  /** Arrow keys, Enter/Tab and Escape while suggestions are shown; true when the key was used. */
  const onKeyDown = (event: React.KeyboardEvent): boolean => {
    if (suggestions.length === 0) return false
    const current = suggestions[Math.min(active, suggestions.length - 1)]
    if (event.key === 'ArrowDown') setActive((i) => (i + 1) % suggestions.length)
    else if (event.key === 'ArrowUp')
      setActive((i) => (i - 1 + suggestions.length) % suggestions.length)
    else if ((event.key === 'Enter' || event.key === 'Tab') && current) pick(current)
    else if (event.key === 'Escape' && token) setDismissed(token.start)
    else return false
    event.preventDefault()
    return true
  }

  const mentionedIds = () =>
    members.filter((m) => m.name && text.includes(`@${m.name}`)).map((m) => m.id)

  return {
    suggestions,
    active: Math.min(active, Math.max(0, suggestions.length - 1)),
    pick,
    onKeyDown,
    trackCaret: (el: HTMLTextAreaElement) => setCaret(el.selectionStart ?? el.value.length),
    mentionedIds,
  }
}
