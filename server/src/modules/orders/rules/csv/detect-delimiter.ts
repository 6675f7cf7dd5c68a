/** Field delimiters an import accepts: comma (RFC 4180), semicolon (Polish Excel) and tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number]

/**
 * The delimiter of a file judged by its header line: the candidate occurring most often outside
 * quotes. Excel writes `;` where the decimal separator is a comma (Polish locale), so `;` wins a
 * tie with `,`; a one-column header gives `,`.
 */
export function detectDelimiter(headerLine: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++
  }
  let best: CsvDelimiter = ','
  for (const candidate of ['\t', ';', ','] as const)
    if (counts[candidate] > counts[best]) best = candidate
  if (counts[';'] > 0 && counts[';'] === counts[',']) return ';'
  return best
}
