import { Tabs, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { INSTRUCTION_LANGUAGES } from '../../../api/return-settings'
import type { ReturnFieldsProps } from './field-props'
import { LIMITS } from './return-settings-draft'

/** Return instructions for buyers, one tab per language they are written in. */
export function InstructionFields({ draft, change, editable, invalid }: ReturnFieldsProps) {
  const { t } = useTranslation()
  return (
    <Tabs defaultValue="pl" keepMounted={false}>
      <Tabs.List>
        {INSTRUCTION_LANGUAGES.map((language) => (
          <Tabs.Tab
            key={language}
            value={language}
            data-testid={`return-settings-instructions-tab-${language}`}
          >
            {t(`returnClocks.settings.language.${language}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {INSTRUCTION_LANGUAGES.map((language) => (
        <Tabs.Panel key={language} value={language} pt="sm">
          <Textarea
            aria-label={t('returnClocks.settings.instructionsLabel', {
              language: t(`returnClocks.settings.language.${language}`),
            })}
            value={draft.instructions[language]}
            onChange={(e) =>
              change({ instructions: { ...draft.instructions, [language]: e.currentTarget.value } })
            }
            autosize
            minRows={4}
            maxRows={12}
            maxLength={LIMITS.instructionLength}
            disabled={!editable}
            error={invalid.has(`instructions.${language}`)}
            data-testid={`return-settings-instructions-${language}`}
          />
        </Tabs.Panel>
      ))}
    </Tabs>
  )
}
