import { Anchor, Grid, Group, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useCustomer, useCustomerTimeline } from '../../api/customers'
import { useCurrentMe } from '../../api/hooks/use-me'
import { ErrorAlert } from '../../components/error-alert'
import { SectionLoader } from '../../components/full-page-loader'
import { IconArrowLeft } from '../../components/inbox-icons'
import { customerName } from './common/customer-label'
import { AttributesCard } from './profile/attributes-card'
import { ConsentsCard } from './profile/consents-card'
import { CustomerTimelineCard } from './profile/customer-timeline-card'
import { IdentitiesCard } from './profile/identities-card'
import { MergesCard } from './profile/merges-card'
import { MetricsCard } from './profile/metrics-card'
import { NotesCard } from './profile/notes-card'
import { ProfileHeader } from './profile/profile-header'
import { SuggestionsCard } from './profile/suggestions-card'
import { TagsCard } from './profile/tags-card'

/** `/customers/:customerId`: one customer's CRM profile. */
export function CustomerProfilePage() {
  const { t } = useTranslation()
  const { customerId = '' } = useParams()
  const { abilities } = useCurrentMe()
  const profile = useCustomer(customerId)
  const timeline = useCustomerTimeline(customerId)
  const customer = profile.data
  // Merged-away and erased customers are read-only: changes go to the surviving profile.
  const editable = customer !== undefined && !customer.mergedIntoId && !customer.erasedAt

  return (
    <Stack gap="md" maw={1280} data-testid="customer-profile" data-customer-id={customerId}>
      <Group>
        <Anchor component={Link} to="/customers" size="sm" data-testid="customer-back">
          <Group gap={4} wrap="nowrap">
            <IconArrowLeft size={16} />
            {t('customerProfile.back')}
          </Group>
        </Anchor>
      </Group>
      {profile.isPending && <SectionLoader />}
      {profile.isError && <ErrorAlert error={profile.error} />}
      {customer && (
        <>
          <ProfileHeader customer={customer} canErase={abilities.manageWorkspace} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
              <Stack gap="md">
                <MetricsCard customer={customer} timeline={timeline.data} />
                <NotesCard customerId={customer.id} notes={customer.notes} editable={editable} />
                <CustomerTimelineCard items={timeline.isError ? [] : timeline.data} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
              <Stack gap="md">
                <SuggestionsCard
                  customerId={customer.id}
                  customerLabel={customerName(customer, t('customers.unnamed'))}
                  suggestions={customer.suggestions}
                  editable={editable}
                />
                <IdentitiesCard identities={customer.identities} />
                <TagsCard customerId={customer.id} tags={customer.tags} editable={editable} />
                <ConsentsCard
                  customerId={customer.id}
                  consents={customer.consents}
                  editable={editable}
                />
                <AttributesCard
                  customerId={customer.id}
                  attributes={customer.attributes}
                  editable={editable}
                />
                <MergesCard merges={customer.merges} editable={editable} />
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  )
}
