import { Badge, NavLink } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

interface ViewLinkProps {
  label: string
  to: string
  active: boolean
  /** Omitted or null (the API does not count resolved conversations): no badge. */
  count?: number | null
  icon?: ReactNode
  testId: string
  countTestId?: string
  data?: Record<`data-${string}`, string>
}

/** One entry of the views column: label, optional icon and a count badge. */
export function ViewLink({
  label,
  to,
  active,
  count,
  icon,
  testId,
  countTestId,
  data,
}: ViewLinkProps) {
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      active={active}
      aria-current={active ? 'page' : undefined}
      data-testid={testId}
      data-selected={active ? 'true' : 'false'}
      noWrap
      {...data}
      py={6}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      rightSection={
        count === undefined || count === null ? null : (
          <Badge
            size="sm"
            variant={active ? 'filled' : 'light'}
            color={active ? 'indigo' : 'gray'}
            data-testid={countTestId}
            data-count={count}
          >
            {count}
          </Badge>
        )
      }
    />
  )
}
