type Child = Node | string | null | false | undefined
type Props = Record<string, string | boolean | EventListener | undefined>

/** Creates an element: `on…` props become listeners, `true` booleans empty attributes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value)
    else element.setAttribute(name, value === true ? '' : value)
  }
  for (const child of children) if (child) element.append(child)
  return element
}

let counter = 0
/** A unique id for label and aria references inside the shadow root. */
export const uid = (prefix: string) => `as-${prefix}-${++counter}`
