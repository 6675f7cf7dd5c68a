import type { SVGProps } from 'react'

/** Props every icon takes: SVG attributes plus a pixel size. */
export type IconProps = SVGProps<SVGSVGElement> & { size?: number }

/** Minimal stroke icons (Tabler-style) so we don't pull in an icon package. */
export function Svg({ size = 18, paths, ...props }: IconProps & { paths: readonly string[] }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      {...props}
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  )
}

const HOME_PATHS = ['M5 12H3l9-9 9 9h-2', 'M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7']
export function IconHome(props: IconProps) {
  return <Svg paths={HOME_PATHS} {...props} />
}
const SETTINGS_PATHS = [
  'M10.3 4.3c.4-1.8 3-1.8 3.4 0a1.7 1.7 0 0 0 2.6 1.1c1.5-.9 3.3.8 2.4 2.4a1.7 1.7 0 0 0 1 2.5c1.8.4 1.8 3 0 3.4a1.7 1.7 0 0 0-1 2.6c.9 1.5-.9 3.3-2.4 2.4a1.7 1.7 0 0 0-2.6 1c-.4 1.8-3 1.8-3.4 0a1.7 1.7 0 0 0-2.5-1c-1.6.9-3.3-.9-2.4-2.4a1.7 1.7 0 0 0-1.1-2.6c-1.8-.4-1.8-3 0-3.4a1.7 1.7 0 0 0 1.1-2.5c-.9-1.6.9-3.3 2.4-2.4a1.7 1.7 0 0 0 2.5-1.1z',
  'M9 12a3 3 0 1 0 6 0a3 3 0 0 0-6 0',
]
export function IconSettings(props: IconProps) {
  return <Svg paths={SETTINGS_PATHS} {...props} />
}
const LOGOUT_PATHS = [
  'M14 8V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2v-2',
  'M9 12h12l-3-3',
  'M18 15l3-3',
]
export function IconLogout(props: IconProps) {
  return <Svg paths={LOGOUT_PATHS} {...props} />
}
const LANGUAGE_PATHS = [
  'M4 5h7',
  'M9 3v2c0 4.4-2.2 8-5 8',
  'M5 9c0 2.1 2.9 3.9 6.6 4',
  'M12 20l4-9 4 9',
  'M19.1 18h-6.2',
]
export function IconLanguage(props: IconProps) {
  return <Svg paths={LANGUAGE_PATHS} {...props} />
}
const CHECK_PATHS = ['M5 12l5 5L20 7']
export function IconCheck(props: IconProps) {
  return <Svg paths={CHECK_PATHS} {...props} />
}
const COPY_PATHS = [
  'M8 10a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-8a2 2 0 0 1-2-2z',
  'M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2',
]
export function IconCopy(props: IconProps) {
  return <Svg paths={COPY_PATHS} {...props} />
}
const TRASH_PATHS = [
  'M4 7h16',
  'M10 11v6',
  'M14 11v6',
  'M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2l1-12',
  'M9 7V4a1 1 0 0 1 1-1h4a1 1 0 0 1 1 1v3',
]
export function IconTrash(props: IconProps) {
  return <Svg paths={TRASH_PATHS} {...props} />
}
const SELECTOR_PATHS = ['M8 9l4-4 4 4', 'M16 15l-4 4-4-4']
export function IconSelector(props: IconProps) {
  return <Svg paths={SELECTOR_PATHS} {...props} />
}
const CHEVRON_RIGHT_PATHS = ['M9 6l6 6-6 6']
export function IconChevronRight(props: IconProps) {
  return <Svg paths={CHEVRON_RIGHT_PATHS} {...props} />
}
const CHEVRON_DOWN_PATHS = ['M6 9l6 6 6-6']
export function IconChevronDown(props: IconProps) {
  return <Svg paths={CHEVRON_DOWN_PATHS} {...props} />
}
const ALERT_PATHS = [
  'M12 9v4',
  'M10.4 3.9L2.3 17.6a1.9 1.9 0 0 0 1.6 2.9h16.2a1.9 1.9 0 0 0 1.6-2.9L13.6 3.9a1.9 1.9 0 0 0-3.2 0z',
  'M12 16h.01',
]
export function IconAlert(props: IconProps) {
  return <Svg paths={ALERT_PATHS} {...props} />
}
const CIRCLE_PATHS = ['M12 12m-8 0a8 8 0 1 0 16 0a8 8 0 1 0-16 0']
export function IconCircle(props: IconProps) {
  return <Svg paths={CIRCLE_PATHS} {...props} />
}
