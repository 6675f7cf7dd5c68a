import { Fieldset, NativeSelect, NumberInput, SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AssignmentMode, SlaCalendar, SlaClock } from '../../../api/channel-types'
import { useTeams } from '../../../api/hooks/use-teams'
import type { KindFieldsProps } from './email-fields'

const minutes = (v: string | number): number | '' => (typeof v === 'number' ? v : '')

/** SLA targets, clock and calendar, plus assignment mode and team of an account. */
export function SlaFields({ form, setForm }: Pick<KindFieldsProps, 'form' | 'setForm'>) {
  const { t } = useTranslation()
  const teams = useTeams().data ?? []
  return (
    <>
      <Fieldset legend={t('channels.sla')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('channels.firstResponse')}
            description={t('channels.minutesEmptyOff')}
            value={form.slaFirstResponseMinutes}
            onChange={(v) => setForm({ slaFirstResponseMinutes: minutes(v) })}
            min={1}
            allowDecimal={false}
            data-testid="sla-first-response"
          />
          <NumberInput
            label={t('channels.nextResponse')}
            description={t('channels.minutesEmptyOff')}
            value={form.slaNextResponseMinutes}
            onChange={(v) => setForm({ slaNextResponseMinutes: minutes(v) })}
            min={1}
            allowDecimal={false}
            data-testid="sla-next-response"
          />
          <NativeSelect
            label={t('channels.clock')}
            value={form.slaClock}
            onChange={(e) => setForm({ slaClock: e.currentTarget.value as SlaClock })}
            data={[
              { value: '24/7', label: t('channels.clock247') },
              { value: 'working_time', label: t('channels.clockWorking') },
            ]}
            data-testid="sla-clock"
          />
          <NativeSelect
            label={t('channels.calendar')}
            value={form.slaCalendar}
            onChange={(e) => setForm({ slaCalendar: e.currentTarget.value as SlaCalendar })}
            data={[
              { value: 'workspace', label: t('channels.calendarWorkspace') },
              { value: 'marketplace', label: t('channels.calendarMarketplace') },
            ]}
            data-testid="sla-calendar"
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('channels.assignment')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('channels.assignmentMode')}
            value={form.assignmentMode}
            onChange={(e) => setForm({ assignmentMode: e.currentTarget.value as AssignmentMode })}
            data={(['manual', 'round_robin', 'load_based'] as const).map((mode) => ({
              value: mode,
              label: t(`channels.assignmentModes.${mode}`),
            }))}
            data-testid="assignment-mode"
          />
          <NativeSelect
            label={t('channels.team')}
            value={form.teamId}
            onChange={(e) => setForm({ teamId: e.currentTarget.value })}
            data={[
              { value: '', label: t('inbox.noTeam') },
              ...teams.map((team) => ({ value: team.id, label: team.name })),
            ]}
            data-testid="assignment-team"
          />
        </SimpleGrid>
      </Fieldset>
    </>
  )
}
