import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ROLES, type Role } from '../api/types'

interface RoleSelectProps {
  value: Role
  onChange: (role: Role) => void
  /** Roles that may be chosen; the current value is always listed. */
  allowed?: readonly Role[]
  label?: string
  ariaLabel?: string
  disabled?: boolean
  testId: string
  size?: 'xs' | 'sm'
}

/** Native select on purpose: accessible, mobile friendly, and easy to drive in browser tests. */
export function RoleSelect(props: RoleSelectProps) {
  const { t } = useTranslation()
  const allowed = props.allowed ?? ROLES
  const roles = ROLES.filter((role) => allowed.includes(role) || role === props.value)
  return (
    <NativeSelect
      label={props.label}
      aria-label={props.ariaLabel}
      size={props.size ?? 'sm'}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.currentTarget.value as Role)}
      data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      data-testid={props.testId}
    />
  )
}

/** Roles the current user may hand out: only an owner may grant `owner`. */
export function grantableRoles(myRole: Role): Role[] {
  return myRole === 'owner' ? [...ROLES] : ROLES.filter((role) => role !== 'owner')
}
