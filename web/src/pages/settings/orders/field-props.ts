import type { OrderSettingsDraft } from './order-settings-draft'

/** What every group of order-settings fields receives from the form. */
export interface SettingsFieldsProps {
  draft: OrderSettingsDraft
  change: (patch: Partial<OrderSettingsDraft>) => void
  editable: boolean
  invalid: Set<keyof OrderSettingsDraft>
}
