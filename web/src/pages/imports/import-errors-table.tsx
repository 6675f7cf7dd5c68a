import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportRowError } from '../../api/import-types'
import { withContentKeys } from '../orders/common/content-keys'

/** The rejected rows: file line, column at fault and the reason, as the server wrote them. */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation()
  return (
    <Table.ScrollContainer minWidth={300} type="native" mah={360}>
      <Table verticalSpacing={6} striped highlightOnHover={false} data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('imports.line')}</Table.Th>
            <Table.Th w={{ base: 100, sm: 160 }}>{t('imports.column')}</Table.Th>
            <Table.Th>{t('imports.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {withContentKeys(errors, (e) => `${e.line}-${e.column ?? ''}-${e.message}`).map(
            ({ key, item: error }) => (
              <Table.Tr
                key={key}
                data-testid="import-error"
                data-line={error.line}
                data-column={error.column ?? ''}
              >
                <Table.Td>{error.line}</Table.Td>
                <Table.Td>
                  <Text size="sm" className="as-mono">
                    {error.column ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {error.message}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
