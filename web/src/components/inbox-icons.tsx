import { type IconProps, Svg } from './icons'

const icon = (paths: readonly string[]) =>
  function Icon(props: IconProps) {
    return <Svg paths={paths} {...props} />
  }

export const IconInbox = icon([
  'M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z',
  'M4 13h3l3 3h4l3-3h3',
])
export const IconMail = icon([
  'M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z',
  'M3 7l9 6 9-6',
])
export const IconChat = icon([
  'M8 9h8',
  'M8 13h6',
  'M18 4a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3h-5l-5 3v-3H6a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3z',
])
export const IconShoppingBag = icon([
  'M6.3 9.3A2 2 0 0 1 8.3 7.5h7.4a2 2 0 0 1 2 1.8l.9 9a2 2 0 0 1-2 2.2H7.4a2 2 0 0 1-2-2.2z',
  'M9 11V6a3 3 0 0 1 6 0v5',
])
export const IconSearch = icon(['M3 10a7 7 0 1 0 14 0a7 7 0 1 0-14 0', 'M21 21l-6-6'])
export const IconPaperclip = icon([
  'M15 7l-6.5 6.5a1.5 1.5 0 0 0 3 3L18 10a3 3 0 0 0-6-6l-6.5 6.5a4.5 4.5 0 0 0 9 9L21 13',
])
export const IconSend = icon([
  'M10 14L21 3',
  'M21 3l-6.5 18a.55.55 0 0 1-1 0L10 14l-7-3.5a.55.55 0 0 1 0-1z',
])
export const IconNote = icon([
  'M13 20l7-7',
  'M13 20v-6a1 1 0 0 1 1-1h6V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2z',
])
export const IconArrowLeft = icon(['M5 12h14', 'M5 12l6 6', 'M5 12l6-6'])
export const IconClock = icon(['M3 12a9 9 0 1 0 18 0a9 9 0 0 0-18 0', 'M12 7v5l3 3'])
export const IconRefresh = icon([
  'M20 11A8.1 8.1 0 0 0 4.5 9M4 5v4h4',
  'M4 13a8.1 8.1 0 0 0 15.5 2m.5 4v-4h-4',
])
export const IconKeyboard = icon([
  'M2 8a2 2 0 0 1 2-2h16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2z',
  'M6 10h.01M10 10h.01M14 10h.01M18 10h.01M6 14h.01M18 14h.01M10 14h4',
])
export const IconPlus = icon(['M12 5v14', 'M5 12h14'])
export const IconEdit = icon(['M4 20h4L18.5 9.5a2.8 2.8 0 0 0-4-4L4 16v4', 'M13.5 6.5l4 4'])
export const IconMerge = icon(['M7 18V6', 'M17 18v-3a5 5 0 0 0-5-5H7', 'M4 9l3-3 3 3'])
export const IconFlag = icon([
  'M5 5a5 5 0 0 1 7 0a5 5 0 0 0 7 0v9a5 5 0 0 1-7 0a5 5 0 0 0-7 0z',
  'M5 21v-7',
])
export const IconX = icon(['M18 6L6 18', 'M6 6l12 12'])
export const IconDots = icon(['M4 12h.01', 'M12 12h.01', 'M20 12h.01'])
export const IconFilter = icon([
  'M4 4h16v2.2a2 2 0 0 1-.6 1.4L15 12v7l-6 2v-8.5L4.5 7.6A2 2 0 0 1 4 6.2z',
])
export const IconUser = icon([
  'M8 7a4 4 0 1 0 8 0a4 4 0 0 0-8 0',
  'M6 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2',
])
export const IconPlug = icon([
  'M9.8 17.8L6.2 14.2',
  'M4 20l2.7-2.7',
  'M15 4l-3.5 3.5',
  'M20 9l-3.5 3.5',
  'M16.5 12.5l-5-5-3.3 3.3a3.5 3.5 0 0 0 5 5z',
])
