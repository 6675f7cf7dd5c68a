import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type PackLookup, type RecordedPackCheck, useSavePackCheck } from '../../api/pack'
import { ErrorAlert } from '../../components/error-alert'
import { CameraCapture } from './camera-capture'
import { PackChecklist } from './pack-checklist'
import { PackOrderSummary } from './pack-order-summary'
import { PackPhotoStrip } from './pack-photo-strip'
import { usePackPhotoUploads } from './use-pack-photo-uploads'

/** Packing one order: tick the checklist, photograph the parcel, save. */
export function PackSession({
  lookup,
  onSaved,
  onCancel,
}: {
  lookup: PackLookup
  onSaved: (result: RecordedPackCheck) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [checked, setChecked] = useState<Record<string, boolean>>({})
  const [note, setNote] = useState('')
  const photos = usePackPhotoUploads(lookup.order.id)
  const save = useSavePackCheck(lookup.order.id)
  const ticked = lookup.checklist.filter((item) => checked[item]).length

  const submit = () =>
    save.mutate(
      {
        checklist: lookup.checklist.map((item) => ({ item, checked: checked[item] ?? false })),
        note: note.trim() || undefined,
        photoIds: photos.photoIds,
      },
      { onSuccess: onSaved },
    )

  return (
    <Stack gap="md">
      <Paper p="md">
        <PackOrderSummary lookup={lookup} />
      </Paper>
      <Paper p="md">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={4}>{t('pack.checklistTitle')}</Title>
            <Text c="dimmed" data-testid="pack-checklist-progress">
              {t('pack.checkedOf', { checked: ticked, total: lookup.checklist.length })}
            </Text>
          </Group>
          <PackChecklist
            items={lookup.checklist}
            checked={checked}
            onToggle={(item) => setChecked((all) => ({ ...all, [item]: !all[item] }))}
          />
        </Stack>
      </Paper>
      <Paper p="md">
        <Stack gap="sm">
          <Title order={4}>{t('pack.photosTitle')}</Title>
          <CameraCapture onPhoto={photos.add} />
          <PackPhotoStrip uploads={photos.uploads} />
        </Stack>
      </Paper>
      <Paper p="md">
        <Stack gap="sm">
          <Textarea
            label={t('pack.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
            data-testid="pack-note"
          />
          {ticked < lookup.checklist.length && (
            <Alert color="yellow" variant="light" data-testid="pack-unchecked-warning">
              {t('pack.uncheckedWarning', { count: lookup.checklist.length - ticked })}
            </Alert>
          )}
          {save.isError && <ErrorAlert error={save.error} title={t('pack.saveFailed')} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Button
              size="xl"
              color="green"
              onClick={submit}
              loading={save.isPending}
              disabled={photos.uploading}
              data-testid="pack-save"
            >
              {photos.uploading ? t('pack.waitForUploads') : t('pack.save')}
            </Button>
            <Button size="xl" variant="default" onClick={onCancel} data-testid="pack-cancel">
              {t('pack.cancel')}
            </Button>
          </SimpleGrid>
        </Stack>
      </Paper>
    </Stack>
  )
}
