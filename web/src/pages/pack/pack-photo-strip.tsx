import { Badge, Group, Image, Paper, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../lib/error-message'
import type { PhotoUpload } from './use-pack-photo-uploads'

/** Thumbnails of the photos taken for this parcel, each with its upload progress. */
export function PackPhotoStrip({ uploads }: { uploads: PhotoUpload[] }) {
  const { t } = useTranslation()
  if (uploads.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('pack.noPhotos')}
      </Text>
    )
  return (
    <Group gap="sm" data-testid="pack-photos">
      {uploads.map((upload) => (
        <Paper
          key={upload.localId}
          withBorder
          p={4}
          w={132}
          data-testid="pack-photo"
          data-status={upload.status}
        >
          <Stack gap={4}>
            <Image
              src={upload.previewUrl}
              h={96}
              fit="cover"
              radius="sm"
              alt={t('pack.photoAlt')}
            />
            {upload.status === 'uploading' && (
              <Progress value={upload.progress * 100} size="sm" aria-label={t('pack.uploading')} />
            )}
            {upload.status === 'done' && (
              <Badge color="green" variant="light" size="sm">
                {t('pack.photoSaved')}
              </Badge>
            )}
            {upload.status === 'failed' && (
              <Text size="xs" c="red" lineClamp={3} title={errorMessage(upload.error)}>
                {errorMessage(upload.error)}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Group>
  )
}
