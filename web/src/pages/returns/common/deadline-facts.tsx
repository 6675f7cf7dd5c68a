import { SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FactLabel } from '../../orders/common/section-card'
import { formatCivilDate } from './civil-date'

/** The dates a case runs on; any may be null where the law sets none. */
export interface DeadlineDates {
  deadline: string | null
  respondBy: string | null
  refundBy: string | null
  returnGoodsBy: string | null
  deemedAcceptedOn: string | null
}

const ORDER = ['respondBy', 'refundBy', 'deadline', 'returnGoodsBy', 'deemedAcceptedOn'] as const

/** The case's dates as labelled facts (`deadline-fact`, `data-key`, `data-date`). */
export function DeadlineFacts({ dates }: { dates: DeadlineDates }) {
  const { t } = useTranslation()
  const labels: Record<(typeof ORDER)[number], string> = {
    respondBy: t('returns.deadlines.respondBy'),
    refundBy: t('returns.deadlines.refundBy'),
    deadline: t('returns.deadlines.buyerDeadline'),
    returnGoodsBy: t('returns.deadlines.returnGoodsBy'),
    deemedAcceptedOn: t('returns.deadlines.deemedAcceptedOn'),
  }
  const shown = ORDER.filter((key) => dates[key])
  if (shown.length === 0) return null
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="xs">
      {shown.map((key) => (
        <Stack key={key} gap={0} data-testid="deadline-fact" data-key={key} data-date={dates[key]}>
          <FactLabel>{labels[key]}</FactLabel>
          <Text size="sm" fw={500}>
            {formatCivilDate(dates[key])}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  )
}
