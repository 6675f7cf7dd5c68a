import { Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useOrderCases } from '../../../api/return-clocks'
import { CaseClockList } from '../../../components/case-clocks/case-clocks-card'
import { entriesFromOrderCases } from '../../../components/case-clocks/clock-entries'
import { newCaseLink } from '../../../components/case-clocks/new-case-link'
import { useWorkspaceClock } from '../../../components/case-clocks/use-workspace-clock'
import { SectionCard } from '../common/section-card'

/** The order's returns and complaints with their running deadlines, and a link to open a new one. */
export function OrderReturnsCard({ orderId }: { orderId: string }) {
  const { t } = useTranslation()
  const at = useWorkspaceClock()
  const cases = useOrderCases(orderId)
  return (
    <SectionCard
      title={t('returnClocks.cardTitle')}
      testId="order-returns"
      aside={
        <Anchor
          component={Link}
          to={newCaseLink({ orderId })}
          size="sm"
          title={t('returnClocks.openCaseHint')}
          data-testid="order-open-case"
          style={{ whiteSpace: 'nowrap' }}
        >
          {t('returnClocks.openCase')}
        </Anchor>
      }
    >
      <CaseClockList
        entries={cases.data && entriesFromOrderCases(cases.data.items, at.today)}
        at={at}
        empty={t('returnClocks.noneForOrder')}
        isPending={cases.isPending}
        error={cases.error}
      />
    </SectionCard>
  )
}
