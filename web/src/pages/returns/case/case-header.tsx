import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CaseDetail } from '../../../api/return-types'
import { IconChat } from '../../../components/inbox-icons'
import { formatDateTime } from '../../../i18n/format'
import { IconExternal, IconPackage } from '../../orders/common/order-icons'
import { CaseKindBadge, CaseStatusBadge } from '../common/case-badges'
import { DeadlineChip } from '../common/deadline-chip'
import { IconFile } from '../returns-icons'

/** Number, kind, status, source and buyer, with links to the order, the conversation, the customer's page and the evidence PDF. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation()
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} data-testid="case-header">
      <Stack gap={6}>
        <Group gap="sm" wrap="wrap">
          <Title order={1} size="h2" data-testid="case-title">
            {detail.number}
          </Title>
          <CaseKindBadge kind={detail.kind} size="lg" />
          <CaseStatusBadge status={detail.status} size="lg" />
          <DeadlineChip facts={detail} today={detail.today} size="lg" />
        </Group>
        <Text size="sm" c="dimmed">
          {detail.buyerName ?? detail.customerName ?? t('returns.unknownBuyer')}
          {detail.buyerEmail && ` · ${detail.buyerEmail}`} ·{' '}
          {t('returns.case.source', { source: t(`returns.sources.${detail.source}`) })} ·{' '}
          {t('returns.case.requested', { time: formatDateTime(detail.requestedAt) })}
        </Text>
        <Text size="sm">
          {t('returns.case.reason', {
            reason: t(`returns.reasons.${detail.reasonCode as 'other'}`, {
              defaultValue: detail.reasonCode,
            }),
          })}
          {detail.requestedRemedy &&
            ` · ${t('returns.case.requestedRemedy', { remedy: t(`returns.remedies.${detail.requestedRemedy}`) })}`}
          {detail.resolution &&
            ` · ${t('returns.case.resolution', { resolution: t(`returns.remedies.${detail.resolution}`) })}`}
        </Text>
      </Stack>
      <Group gap="xs" mt="md" wrap="wrap">
        {detail.orderId && (
          <Button
            component={Link}
            to={`/orders/${detail.orderId}`}
            size="xs"
            variant="default"
            leftSection={<IconPackage size={14} />}
            data-testid="case-order-link"
          >
            {t('returns.case.order', { number: detail.orderNumber ?? '' })}
          </Button>
        )}
        {detail.conversationId && (
          <Button
            component={Link}
            to={`/inbox/${detail.conversationId}`}
            size="xs"
            variant="default"
            leftSection={<IconChat size={14} />}
            data-testid="case-conversation-link"
          >
            {detail.conversationSubject ?? t('returns.case.conversation')}
          </Button>
        )}
        {detail.customerId && (
          <Button
            component={Link}
            to={`/customers/${detail.customerId}`}
            size="xs"
            variant="default"
            data-testid="case-customer-link"
          >
            {t('returns.case.customer')}
          </Button>
        )}
        <Button
          component="a"
          href={detail.portalPath}
          target="_blank"
          rel="noreferrer"
          size="xs"
          variant="light"
          rightSection={<IconExternal size={14} />}
          data-testid="case-portal-link"
        >
          {t('returns.case.portal')}
        </Button>
        {detail.orderId && (
          <Button
            component="a"
            href={`/api/v1/orders/${encodeURIComponent(detail.orderId)}/evidence.pdf?caseId=${encodeURIComponent(detail.id)}`}
            target="_blank"
            rel="noreferrer"
            size="xs"
            variant="light"
            leftSection={<IconFile size={14} />}
            data-testid="case-evidence-pdf"
          >
            {t('returns.case.evidencePdf')}
          </Button>
        )}
      </Group>
    </Paper>
  )
}
