import { Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CustomerIdentity } from '../../../api/customer-types'
import { SectionCard } from '../../orders/common/section-card'

const KNOWN_KINDS = new Set(['email', 'phone', 'allegro', 'amazon', 'widget', 'shop', 'csv'])

/** Where the customer is known: an e-mail address, an Allegro login, a chat visitor, a shop id. */
export function IdentitiesCard({ identities }: { identities: CustomerIdentity[] }) {
  const { t } = useTranslation()
  return (
    <SectionCard title={t('customerProfile.identitiesTitle')} testId="customer-identities">
      <Text size="xs" c="dimmed" mt={-6}>
        {t('customerProfile.identitiesHint')}
      </Text>
      {identities.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customerProfile.noIdentities')}
        </Text>
      )}
      <Stack gap={6}>
        {identities.map((identity) => (
          <Group
            key={`${identity.kind}:${identity.externalId}`}
            gap="xs"
            wrap="nowrap"
            data-testid="customer-identity"
            data-kind={identity.kind}
          >
            <Badge
              size="sm"
              variant="light"
              color="gray"
              tt="none"
              w={110}
              style={{ flexShrink: 0 }}
            >
              {KNOWN_KINDS.has(identity.kind)
                ? t(`identityKinds.${identity.kind as 'email'}`)
                : identity.kind}
            </Badge>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {identity.externalId}
            </Text>
          </Group>
        ))}
      </Stack>
    </SectionCard>
  )
}
