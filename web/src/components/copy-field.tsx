import { ActionIcon, Code, Group, Tooltip } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { copyText } from '../lib/clipboard'
import { IconCheck, IconCopy } from './icons'

interface CopyFieldProps {
  value: string
  testId: string
  copyTestId: string
}

/** A monospace value with a copy-to-clipboard button. */
export function CopyField({ value, testId, copyTestId }: CopyFieldProps) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])

  const onCopy = async () => setCopied(await copyText(value))

  return (
    <Group
      wrap="nowrap"
      gap="xs"
      p={6}
      pl="sm"
      align="center"
      style={{
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-md)',
        background: 'var(--mantine-color-gray-0)',
      }}
    >
      <Code
        data-testid={testId}
        style={{ flex: 1, background: 'transparent', wordBreak: 'break-all', padding: 0 }}
      >
        {value}
      </Code>
      <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
        <ActionIcon
          variant={copied ? 'filled' : 'light'}
          color={copied ? 'teal' : 'indigo'}
          onClick={() => void onCopy()}
          aria-label={t('common.copy')}
          data-testid={copyTestId}
          data-copied={copied ? 'true' : 'false'}
          size="lg"
        >
          {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  )
}
