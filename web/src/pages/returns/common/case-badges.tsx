import { Badge, type BadgeProps, ThemeIcon, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CaseKind, CaseStatus } from '../../../api/return-types'
import { IconThumbDown, IconThumbUp } from '../returns-icons'
import { CASE_KIND_COLORS, CASE_STATUS_COLORS } from './case-colors'

/** "Zwrot" or "Reklamacja" (`case-kind`, `data-kind`). */
export function CaseKindBadge({
  kind,
  size = 'sm',
}: {
  kind: CaseKind
  size?: BadgeProps['size']
}) {
  const { t } = useTranslation()
  return (
    <Badge
      size={size}
      variant="outline"
      color={CASE_KIND_COLORS[kind]}
      tt="none"
      data-testid="case-kind"
      data-kind={kind}
      style={{ flexShrink: 0 }}
    >
      {t(`returns.kinds.${kind}`)}
    </Badge>
  )
}

/** The case's status (`case-status`, `data-status`). */
export function CaseStatusBadge({
  status,
  size = 'sm',
}: {
  status: CaseStatus
  size?: BadgeProps['size']
}) {
  const { t } = useTranslation()
  return (
    <Badge
      size={size}
      variant="light"
      color={CASE_STATUS_COLORS[status]}
      data-testid="case-status"
      data-status={status}
      style={{ flexShrink: 0 }}
    >
      {t(`returns.statuses.${status}`)}
    </Badge>
  )
}

/** The statutory engine's verdict as a thumb (`case-verdict`, `data-verdict`). */
export function VerdictIcon({ verdict }: { verdict: 'accept' | 'refuse' }) {
  const { t } = useTranslation()
  const Icon = verdict === 'accept' ? IconThumbUp : IconThumbDown
  return (
    <Tooltip label={t(`returns.verdict.${verdict}`)} withArrow openDelay={200}>
      <ThemeIcon
        size="md"
        radius="xl"
        variant="light"
        color={verdict === 'accept' ? 'teal' : 'red'}
        aria-label={t(`returns.verdict.${verdict}`)}
        data-testid="case-verdict"
        data-verdict={verdict}
      >
        <Icon size={15} />
      </ThemeIcon>
    </Tooltip>
  )
}
