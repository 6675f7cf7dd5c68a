import { Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreatedInvitation } from '../../api/types'
import { PageHeader } from '../../components/page-header'
import { InvitationCreated } from './invitation-created'
import { InvitationForm } from './invitation-form'
import { InvitationsTable } from './invitations-table'

export function InvitationsPage() {
  const { t } = useTranslation()
  const [created, setCreated] = useState<CreatedInvitation | null>(null)

  return (
    <Stack gap="md">
      <PageHeader title={t('invitations.title')} description={t('invitations.description')} />
      <InvitationForm onCreated={setCreated} />
      {created && <InvitationCreated result={created} onClose={() => setCreated(null)} />}
      <InvitationsTable />
    </Stack>
  )
}
