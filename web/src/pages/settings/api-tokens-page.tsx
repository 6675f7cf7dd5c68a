import { Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreatedApiToken } from '../../api/types'
import { PageHeader } from '../../components/page-header'
import { ApiTokenForm } from './api-token-form'
import { ApiTokenSecretModal } from './api-token-secret-modal'
import { ApiTokensTable } from './api-tokens-table'

export function ApiTokensPage() {
  const { t } = useTranslation()
  const [created, setCreated] = useState<CreatedApiToken | null>(null)

  return (
    <Stack gap="md">
      <PageHeader title={t('apiTokens.title')} description={t('apiTokens.description')} />
      <ApiTokenForm onCreated={setCreated} />
      <ApiTokensTable />
      <ApiTokenSecretModal created={created} onClose={() => setCreated(null)} />
    </Stack>
  )
}
