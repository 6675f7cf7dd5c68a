import { type IconProps, Svg } from '../../../components/icons'

const icon = (paths: readonly string[]) =>
  function Icon(props: IconProps) {
    return <Svg paths={paths} {...props} />
  }

/** A parcel: orders in the navbar. */
export const IconPackage = icon([
  'M12 3l8 4.5v9L12 21l-8-4.5v-9z',
  'M12 12l8-4.5',
  'M12 12v9',
  'M12 12L4 7.5',
  'M16 5.25l-8 4.5',
])
/** Two people: customers in the navbar. */
export const IconUsers = icon([
  'M5 7a4 4 0 1 0 8 0a4 4 0 1 0-8 0',
  'M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2',
  'M16 3.13a4 4 0 0 1 0 7.75',
  'M21 21v-2a4 4 0 0 0-3-3.85',
])
/** An upload tray: CSV imports. */
export const IconUpload = icon([
  'M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2',
  'M7 9l5-5 5 5',
  'M12 4v12',
])
/** A download tray: error reports and exports. */
export const IconDownload = icon([
  'M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2',
  'M7 11l5 5 5-5',
  'M12 4v12',
])
/** A truck: shipments and carriers. */
export const IconTruck = icon([
  'M5 17a2 2 0 1 0 4 0a2 2 0 1 0-4 0',
  'M15 17a2 2 0 1 0 4 0a2 2 0 1 0-4 0',
  'M5 17H3V6a1 1 0 0 1 1-1h9v12m-4 0h6m4 0h2v-6h-8m0-5h5l3 5',
])
/** An arrow leaving a box: links opening in a new tab. */
export const IconExternal = icon([
  'M12 6H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6',
  'M11 13l9-9',
  'M15 4h5v5',
])
