import { type IconProps, Svg } from '../../components/icons'

const icon = (paths: readonly string[]) =>
  function Icon(props: IconProps) {
    return <Svg paths={paths} {...props} />
  }

/** An arrow turning back: returns and complaints. */
export function IconReturn(props: IconProps) {
  return <Svg {...props} paths={['M9 14 4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11']} />
}

/** A box with a tick: the pack station. */
export function IconPackCheck(props: IconProps) {
  return <Svg {...props} paths={['M21 8 12 3 3 8v8l9 5 9-5z', 'm9 12 2 2 4-4']} />
}

/** A thumb up: the engine says the buyer has the right. */
export const IconThumbUp = icon([
  'M7 11v8a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1h3a4 4 0 0 0 4-4V6a2 2 0 0 1 4 0v5h3a2 2 0 0 1 2 2l-1 5a2 3 0 0 1-2 2h-7a3 3 0 0 1-3-3',
])
/** A thumb down: the engine finds no right. */
export const IconThumbDown = icon([
  'M7 13V5a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h3a4 4 0 0 1 4 4v1a2 2 0 0 0 4 0v-5h3a2 2 0 0 0 2-2l-1-5a2 3 0 0 0-2-2h-7a3 3 0 0 0-3 3',
])
/** A scale: the law behind a decision. */
export const IconScale = icon([
  'M7 20h10',
  'M6 6l6-1 6 1',
  'M12 3v17',
  'M9 12l-3-6-3 6a3 3 0 0 0 6 0',
  'M21 12l-3-6-3 6a3 3 0 0 0 6 0',
])
/** A magnifier over a box: inspection. */
export const IconInspect = icon([
  'M3 10a7 7 0 1 0 14 0a7 7 0 1 0-14 0',
  'M21 21l-6-6',
  'M7 10l2 2 4-4',
])
/** A coin: refunds. */
export const IconCoin = icon([
  'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0',
  'M14.8 9a2 2 0 0 0-1.8-1h-2a2 2 0 1 0 0 4h2a2 2 0 1 1 0 4h-2a2 2 0 0 1-1.8-1',
  'M12 7v10',
])
/** A wrench: repair. */
export const IconWrench = icon([
  'M7 10h3V7L6.5 3.5a6 6 0 0 1 8 8l6 6a2 2 0 0 1-3 3l-6-6a6 6 0 0 1-8-8z',
])
/** Two arrows in a circle: replacement. */
export const IconSwap = icon(['M4 9h13l-3-3', 'M20 15H7l3 3'])
/** A tick in a circle: accepted. */
export const IconCircleCheck = icon(['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M9 12l2 2 4-4'])
/** A cross in a circle: refused. */
export const IconCircleX = icon(['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M10 10l4 4m0-4l-4 4'])
/** A page with a fold: documents and PDFs. */
export const IconFile = icon([
  'M14 3v4a1 1 0 0 0 1 1h4',
  'M17 21H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h7l5 5v11a2 2 0 0 1-2 2z',
])
/** A bell: reminders and escalations. */
export const IconBell = icon([
  'M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3H4a4 4 0 0 0 2-3v-3a7 7 0 0 1 4-6',
  'M9 17v1a3 3 0 0 0 6 0v-1',
])
