import { Anchor, Group, Image, List, Stack, Text, ThemeIcon } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { type PackPhoto, usePackChecks } from '../../../api/pack'
import { ErrorAlert } from '../../../components/error-alert'
import { SectionLoader } from '../../../components/full-page-loader'
import { formatDateTime } from '../../../i18n/format'
import { SectionCard } from '../common/section-card'

/** What was checked when the order was packed, by whom, and the parcel photos. */
export function OrderPackingCard({ orderId }: { orderId: string }) {
  const { t } = useTranslation()
  const packing = usePackChecks(orderId)
  const data = packing.data
  return (
    <SectionCard title={t('pack.cardTitle')} testId="order-packing">
      {packing.isPending && <SectionLoader />}
      {packing.isError && <ErrorAlert error={packing.error} />}
      {data && data.checks.length === 0 && data.loosePhotos.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('pack.cardEmpty')}
        </Text>
      )}
      {data?.checks.map((check) => (
        <Stack key={check.id} gap={6} data-testid="order-pack-check">
          <Text size="sm" fw={600}>
            {formatDateTime(check.packedAt)} ·{' '}
            {t('pack.packedBy', { name: check.packedByName ?? t('pack.unknownPacker') })}
          </Text>
          <List size="sm" spacing={2} center>
            {check.checklist.map((entry) => (
              <List.Item
                key={entry.item}
                icon={
                  <ThemeIcon size={18} radius="xl" color={entry.checked ? 'green' : 'red'}>
                    <Text size="xs" c="white" lh={1}>
                      {entry.checked ? '✓' : '✗'}
                    </Text>
                  </ThemeIcon>
                }
                data-checked={entry.checked}
              >
                {entry.item}
              </List.Item>
            ))}
          </List>
          {check.note && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {check.note}
            </Text>
          )}
          <PhotoThumbnails photos={check.photos} />
        </Stack>
      ))}
      {data && data.loosePhotos.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('pack.otherPhotos')}
          </Text>
          <PhotoThumbnails photos={data.loosePhotos} />
        </Stack>
      )}
    </SectionCard>
  )
}

function PhotoThumbnails({ photos }: { photos: PackPhoto[] }) {
  const { t } = useTranslation()
  if (photos.length === 0) return null
  return (
    <Group gap="xs">
      {photos.map((photo) => (
        <Anchor key={photo.id} href={photo.url} target="_blank" rel="noopener">
          <Image
            src={photo.url}
            w={72}
            h={72}
            fit="cover"
            radius="sm"
            alt={t('pack.photoAlt')}
            data-testid="order-pack-photo"
          />
        </Anchor>
      ))}
    </Group>
  )
}
