import { ColorInput, SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SettingsFieldsProps } from './field-props'

/** How order e-mails and the tracking page look: shop name, accent colour, logo, reply-to. */
export function BrandingFields({ draft, change, editable, invalid }: SettingsFieldsProps) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('orderSettings.shopName')}
        value={draft.shopName}
        onChange={(e) => change({ shopName: e.currentTarget.value })}
        disabled={!editable}
        maxLength={100}
        data-testid="order-settings-shop-name"
      />
      <ColorInput
        label={t('orderSettings.accentColor')}
        value={draft.accentColor}
        onChange={(accentColor) => change({ accentColor })}
        format="hex"
        swatches={['#0f766e', '#4263eb', '#7c4a2d', '#c2255c', '#e8590c', '#2f9e44', '#212529']}
        disabled={!editable}
        error={invalid.has('accentColor')}
        data-testid="order-settings-accent-color"
      />
      <TextInput
        type="url"
        label={t('orderSettings.logoUrl')}
        placeholder="https://"
        value={draft.logoUrl}
        onChange={(e) => change({ logoUrl: e.currentTarget.value })}
        disabled={!editable}
        data-testid="order-settings-logo-url"
      />
      <TextInput
        type="email"
        label={t('orderSettings.replyTo')}
        value={draft.replyToEmail}
        onChange={(e) => change({ replyToEmail: e.currentTarget.value })}
        disabled={!editable}
        data-testid="order-settings-reply-to"
      />
    </SimpleGrid>
  )
}
