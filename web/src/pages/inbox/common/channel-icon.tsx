import { Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ChannelKind } from '../../../api/inbox-types'
import { IconChat, IconMail, IconShoppingBag } from '../../../components/inbox-icons'

const ICONS = { email: IconMail, widget: IconChat, allegro: IconShoppingBag } as const
const COLORS = { email: 'indigo', widget: 'teal', allegro: 'orange' } as const

/** The icon of a channel kind (e-mail, web chat, Allegro) with the account name as tooltip. */
export function ChannelIcon({
  kind,
  name,
  size = 16,
}: {
  kind: ChannelKind
  name?: string
  size?: number
}) {
  const { t } = useTranslation()
  const Icon = ICONS[kind] ?? IconMail
  const label = name ? `${t(`channelKinds.${kind}`)} · ${name}` : t(`channelKinds.${kind}`)
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <span
        data-testid="channel-icon"
        data-kind={kind}
        aria-label={label}
        role="img"
        style={{
          display: 'inline-flex',
          color: `var(--mantine-color-${COLORS[kind] ?? 'gray'}-6)`,
        }}
      >
        <Icon size={size} />
      </span>
    </Tooltip>
  )
}
