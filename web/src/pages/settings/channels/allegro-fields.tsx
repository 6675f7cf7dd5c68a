import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AllegroEnvironment } from '../../../api/channel-types'
import { allegroUrls } from './channel-form'
import { CredentialInput } from './credential-input'
import type { KindFieldsProps } from './email-fields'

const ENVIRONMENTS: readonly AllegroEnvironment[] = ['production', 'sandbox', 'simulator']

/** Allegro settings: environment (which prefills the URLs) and the app's client id and secret. */
export function AllegroFields({ form, setForm, credentialsSet, creating }: KindFieldsProps) {
  const { t } = useTranslation()
  const allegro = form.allegro
  const set = (change: Partial<typeof allegro>) => setForm({ allegro: { ...allegro, ...change } })
  const secret = (field: string) => ({
    field,
    value: form.credentials[field] ?? '',
    isSet: credentialsSet.includes(field),
    onChange: (value: string) => setForm({ credentials: { ...form.credentials, [field]: value } }),
  })
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('channels.environment')}
        value={allegro.environment}
        onChange={(e) => {
          const environment = e.currentTarget.value as AllegroEnvironment
          set({ environment, ...allegroUrls(environment) })
        }}
        data={ENVIRONMENTS.map((env) => ({ value: env, label: t(`channels.environments.${env}`) }))}
        data-testid="allegro-environment"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('channels.apiUrl')}
          value={allegro.apiUrl}
          onChange={(e) => set({ apiUrl: e.currentTarget.value })}
          required
          data-testid="allegro-api-url"
        />
        <TextInput
          label={t('channels.authUrl')}
          value={allegro.authUrl}
          onChange={(e) => set({ authUrl: e.currentTarget.value })}
          required
          data-testid="allegro-auth-url"
        />
        <CredentialInput
          label={t('channels.clientId')}
          required={creating}
          {...secret('clientId')}
        />
        <CredentialInput
          label={t('channels.clientSecret')}
          required={creating}
          {...secret('clientSecret')}
        />
      </SimpleGrid>
    </Stack>
  )
}
