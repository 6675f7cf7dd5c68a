import { Badge, Group, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'

const KNOWN = new Set([
  'personalized',
  'made_to_order',
  'perishable',
  'sealed_hygiene',
  'sealed_media',
  'newspaper',
  'mixed_after_delivery',
])

/**
 * Product properties as small badges; each one narrows the buyer's right of withdrawal
 * (Ustawa o prawach konsumenta art. 38; Directive 2011/83/EU art. 16), hence the tooltip.
 */
export function ProductFlagBadges({ flags }: { flags: string[] }) {
  const { t } = useTranslation()
  if (flags.length === 0) return null
  return (
    <Group gap={4} wrap="wrap">
      {flags.map((flag) => (
        <Tooltip
          key={flag}
          label={t('productFlagHint')}
          withArrow
          openDelay={300}
          multiline
          w={260}
        >
          <Badge
            size="xs"
            variant="outline"
            color="grape"
            tt="none"
            data-testid="product-flag"
            data-flag={flag}
          >
            {KNOWN.has(flag) ? t(`productFlags.${flag as 'personalized'}`) : flag}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  )
}
