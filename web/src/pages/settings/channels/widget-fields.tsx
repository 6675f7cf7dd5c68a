import {
  ColorInput,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChannelAccounts } from '../../../api/hooks/use-channel-accounts'
import type { KindFieldsProps } from './email-fields'

/** Web chat settings: title, greeting, colour, allowed origins and the e-mail fallback account. */
export function WidgetFields({ form, setForm }: KindFieldsProps) {
  const { t } = useTranslation()
  const widget = form.widget
  const set = (change: Partial<typeof widget>) => setForm({ widget: { ...widget, ...change } })
  const emailAccounts = (useChannelAccounts().data ?? []).filter((a) => a.kind === 'email')
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('channels.widgetTitle')}
          value={widget.title}
          maxLength={80}
          onChange={(e) => set({ title: e.currentTarget.value })}
          data-testid="widget-title"
        />
        <ColorInput
          label={t('channels.color')}
          value={widget.color}
          onChange={(color) => set({ color })}
          format="hex"
          swatches={['#4c6ef5', '#228be6', '#12b886', '#fab005', '#fa5252', '#be4bdb', '#212529']}
          data-testid="widget-color"
        />
      </SimpleGrid>
      <Textarea
        label={t('channels.greeting')}
        value={widget.greeting}
        maxLength={500}
        autosize
        minRows={2}
        onChange={(e) => set({ greeting: e.currentTarget.value })}
        data-testid="widget-greeting"
      />
      <TagsInput
        label={t('channels.allowedOrigins')}
        description={t('channels.allowedOriginsHint')}
        value={widget.allowedOrigins}
        onChange={(allowedOrigins) => set({ allowedOrigins })}
        placeholder="https://shop.example.com"
        splitChars={[',', ' ']}
        acceptValueOnBlur
        data-testid="widget-allowed-origins"
      />
      <NativeSelect
        label={t('channels.fallbackEmail')}
        description={t('channels.fallbackEmailHint')}
        value={widget.fallbackEmailAccountId}
        onChange={(e) => set({ fallbackEmailAccountId: e.currentTarget.value })}
        data={[
          { value: '', label: t('channels.noFallback') },
          ...emailAccounts.map((a) => ({ value: a.id, label: a.name })),
        ]}
        data-testid="widget-fallback-email"
      />
    </Stack>
  )
}
