import {
  Alert,
  Anchor,
  Button,
  Code,
  Divider,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
} from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelAccount } from '../../../api/channel-types'
import { useAllegroAuthorizeUrl } from '../../../api/hooks/use-allegro-connect'
import { ErrorAlert } from '../../../components/error-alert'
import { showSuccess } from '../../../lib/notify'
import { useDeviceFlow } from './use-device-flow'

const CALLBACK_PATH = '/api/v1/channels/allegro/callback'

/** "Connect with Allegro": the device flow (code + link, polled), or the authorization-code redirect. */
export function AllegroConnectModal({
  account,
  onClose,
}: {
  account: ChannelAccount
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { flow, state, error, restart } = useDeviceFlow(account.id)
  const authorize = useAllegroAuthorizeUrl()

  useEffect(() => {
    if (state !== 'approved') return
    showSuccess(t('allegro.connected', { name: account.name }))
    onClose()
  }, [state, account.name, onClose, t])

  const redirect = () =>
    authorize.mutate(
      { id: account.id, redirectUri: `${window.location.origin}${CALLBACK_PATH}` },
      { onSuccess: ({ url }) => window.location.assign(url) },
    )

  return (
    <Modal opened onClose={onClose} title={t('allegro.title', { name: account.name })} centered>
      <Stack data-testid="allegro-connect" data-state={state}>
        {state === 'starting' && (
          <Group justify="center" py="md">
            <Loader size="sm" />
          </Group>
        )}
        {state === 'error' && <ErrorAlert error={error} title={t('allegro.failed')} />}
        {flow && state === 'pending' && (
          <Stack gap="xs" align="center">
            <Text size="sm" ta="center">
              {t('allegro.step1')}
            </Text>
            <Code fz="xl" fw={700} px="md" py={6} data-testid="allegro-user-code">
              {flow.userCode}
            </Code>
            <Button
              component="a"
              href={flow.verificationUriComplete}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="allegro-verification-link"
            >
              {t('allegro.openAllegro')}
            </Button>
            <Group gap={6}>
              <Loader size={12} />
              <Text size="xs" c="dimmed">
                {t('allegro.waiting')}
              </Text>
            </Group>
            <Anchor
              href={flow.verificationUri}
              target="_blank"
              rel="noopener noreferrer"
              size="xs"
              c="dimmed"
            >
              {flow.verificationUri}
            </Anchor>
          </Stack>
        )}
        {(state === 'denied' || state === 'expired') && (
          <Alert color="orange" variant="light" data-testid="allegro-flow-ended">
            {t(`allegro.${state}`)}
          </Alert>
        )}
        {(state === 'denied' || state === 'expired' || state === 'error') && (
          <Group justify="center">
            <Button variant="light" onClick={restart} data-testid="allegro-restart">
              {t('common.retry')}
            </Button>
          </Group>
        )}
        <Divider label={t('allegro.or')} />
        <Button
          variant="default"
          onClick={redirect}
          loading={authorize.isPending}
          data-testid="allegro-authorize-redirect"
        >
          {t('allegro.redirect')}
        </Button>
      </Stack>
    </Modal>
  )
}
