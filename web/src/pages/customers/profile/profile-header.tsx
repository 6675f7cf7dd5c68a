import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { customerExportUrl } from '../../../api/customer-actions'
import type { CustomerProfile } from '../../../api/customer-types'
import { IconTrash } from '../../../components/icons'
import { currentLocale } from '../../../i18n'
import { formatDateTime } from '../../../i18n/format'
import { IconDownload } from '../../orders/common/order-icons'
import { customerName } from '../common/customer-label'
import { SegmentBadges } from '../common/segment-badges'
import { EraseModal } from './erase-modal'

interface ProfileHeaderProps {
  customer: CustomerProfile
  canErase: boolean
}

/** Name, contact, segments and the GDPR actions: export (art. 15/20) and erasure (art. 17). */
export function ProfileHeader({ customer, canErase }: ProfileHeaderProps) {
  const { t } = useTranslation()
  const [erasing, setErasing] = useState(false)
  const name = customerName(customer, t('customers.unnamed'))
  const inactive = customer.mergedIntoId !== null || customer.erasedAt !== null

  return (
    <Paper p={{ base: 'md', sm: 'lg' }} data-testid="customer-header">
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={6} miw={0}>
          <Title
            order={1}
            size="h2"
            style={{ overflowWrap: 'anywhere' }}
            data-testid="customer-title"
          >
            {name}
          </Title>
          <Group gap="sm" wrap="wrap">
            {customer.email && (
              <Anchor
                href={`mailto:${customer.email}`}
                size="sm"
                data-testid="customer-profile-email"
              >
                {customer.email}
              </Anchor>
            )}
            {customer.phone && (
              <Anchor href={`tel:${customer.phone}`} size="sm">
                {customer.phone}
              </Anchor>
            )}
            {customer.locale && (
              <Badge size="sm" variant="outline" color="gray" tt="none">
                {t('customerProfile.language')}: {customer.locale}
              </Badge>
            )}
          </Group>
          <SegmentBadges segments={customer.segments} />
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Tooltip label={t('customerProfile.exportHint')} withArrow openDelay={300}>
            <Button
              component="a"
              href={customerExportUrl(customer.id, 'json', currentLocale())}
              download
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} />}
              data-testid="customer-export-json"
            >
              {t('customerProfile.exportJson')}
            </Button>
          </Tooltip>
          <Button
            component="a"
            href={customerExportUrl(customer.id, 'html', currentLocale())}
            download
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            data-testid="customer-export-html"
          >
            {t('customerProfile.exportHtml')}
          </Button>
          {canErase && !inactive && (
            <Button
              size="xs"
              color="red"
              variant="light"
              leftSection={<IconTrash size={14} />}
              onClick={() => setErasing(true)}
              data-testid="customer-erase"
            >
              {t('customerProfile.erase')}
            </Button>
          )}
        </Group>
      </Group>
      {customer.mergedIntoId && (
        <Alert mt="md" color="orange" variant="light" data-testid="customer-merged-notice">
          {t('customerProfile.mergedInto')}{' '}
          <Anchor component={Link} to={`/customers/${customer.mergedIntoId}`} size="sm">
            {t('customerProfile.openMerged')}
          </Anchor>
        </Alert>
      )}
      {customer.erasedAt && (
        <Alert mt="md" color="gray" variant="light" data-testid="customer-erased-notice">
          <Text size="sm">
            {t('customerProfile.erasedNotice', { time: formatDateTime(customer.erasedAt) })}
          </Text>
        </Alert>
      )}
      <EraseModal
        customerId={customer.id}
        confirmText={name}
        opened={erasing}
        onClose={() => setErasing(false)}
      />
    </Paper>
  )
}
