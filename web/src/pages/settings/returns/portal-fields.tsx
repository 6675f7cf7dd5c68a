import { Anchor, Stack, Switch, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useCurrentMe } from '../../../api/hooks/use-me'
import { CopyField } from '../../../components/copy-field'
import type { ReturnFieldsProps } from './field-props'

/** The customers' returns portal: on/off and its public address `/shop/<workspace slug>/returns`. */
export function PortalFields({ draft, change, editable }: ReturnFieldsProps) {
  const { t } = useTranslation()
  const slug = useCurrentMe().workspace.slug
  const link = `${window.location.origin}/shop/${encodeURIComponent(slug)}/returns`
  return (
    <>
      <Switch
        label={t('returnClocks.settings.portalEnabled')}
        checked={draft.portalEnabled}
        onChange={(e) => change({ portalEnabled: e.currentTarget.checked })}
        disabled={!editable}
        data-testid="return-settings-portal"
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('returnClocks.settings.portalLink')}
        </Text>
        <CopyField
          value={link}
          testId="return-settings-portal-link"
          copyTestId="return-settings-portal-copy"
        />
        {draft.portalEnabled ? (
          <Anchor
            href={link}
            target="_blank"
            rel="noopener"
            size="sm"
            data-testid="return-settings-portal-open"
          >
            {t('returnClocks.settings.portalOpen')}
          </Anchor>
        ) : (
          <Text size="xs" c="dimmed">
            {t('returnClocks.settings.portalDisabled')}
          </Text>
        )}
      </Stack>
    </>
  )
}
