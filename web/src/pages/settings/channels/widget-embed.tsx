import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CopyField } from '../../../components/copy-field'

/** The `<script>` tag a shop pastes to show the web chat, with a copy button. */
export function WidgetEmbed({ widgetKey }: { widgetKey: string }) {
  const { t } = useTranslation()
  const snippet = `<script src="${window.location.origin}/widget.js" data-key="${widgetKey}" async></script>`
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('channels.embedHint')}
      </Text>
      <CopyField value={snippet} testId="widget-snippet" copyTestId="widget-snippet-copy" />
    </Stack>
  )
}
