import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../api/client'
import { useCurrentMe } from '../../../api/hooks/use-me'
import { currentLocale } from '../../../i18n'
import { showSuccess } from '../../../lib/notify'

interface PackingSettings {
  configured: string[]
  checklist: string[]
}

const MAX_ITEMS = 20
const MAX_CHARS = 120

/** The pack station's checklist, one item per line; an empty list brings back the default one. */
export function PackChecklistCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation()
  const wsId = useCurrentMe().workspace.id
  const client = useQueryClient()
  const key = ['returns', wsId, 'packing-settings'] as const
  const settings = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      api<PackingSettings>(`/settings/packing?lang=${currentLocale()}`, { signal }),
  })
  const [text, setText] = useState('')
  useEffect(() => {
    if (settings.data) setText(settings.data.checklist.join('\n'))
  }, [settings.data])
  const items = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const invalid =
    items.length === 0 || items.length > MAX_ITEMS || items.some((i) => i.length > MAX_CHARS)
  const save = useMutation({
    mutationFn: () =>
      api<PackingSettings>('/settings/packing', { method: 'PUT', body: { checklist: items } }),
    onSuccess: () => {
      showSuccess(t('returnClocks.settings.checklist.saved'))
      void client.invalidateQueries({ queryKey: key })
    },
  })
  return (
    <Paper p="md" data-testid="return-settings-checklist">
      <Stack gap="sm">
        <div>
          <Text fw={650}>{t('returnClocks.settings.checklist.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('returnClocks.settings.checklist.hint', { max: MAX_ITEMS, chars: MAX_CHARS })}
          </Text>
        </div>
        <Textarea
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={4}
          disabled={!editable || settings.isPending}
          error={invalid && text.length > 0 ? t('returnClocks.settings.checklist.invalid') : null}
          data-testid="return-settings-checklist-items"
        />
        {editable && (
          <Group justify="flex-end">
            <Button
              onClick={() => save.mutate()}
              loading={save.isPending}
              disabled={invalid}
              data-testid="return-settings-checklist-save"
            >
              {t('returnClocks.settings.checklist.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
