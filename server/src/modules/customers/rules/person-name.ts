// Letters NFKD does not decompose: Polish ł, German ß, Scandinavian and Croatian ones that
// appear in buyers' names on the marketplaces we serve.
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  đ: 'd',
  ı: 'i',
  œ: 'oe',
  þ: 'th',
}

// Courtesy titles say nothing about who someone is ("Pani Anna Nowak" is "Anna Nowak").
const TITLES = new Set(['pan', 'pani', 'herr', 'frau', 'mr', 'mrs', 'ms', 'dr', 'ing', 'mgr'])

/**
 * Folds text for comparison: lower-case, diacritics removed ("Łukasz Żółw" → "lukasz zolw"),
 * punctuation turned into spaces. Shared by names, streets and search.
 */
export function foldForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[łßæøđıœþ]/g, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** A person's name as comparable tokens, titles dropped ("Kowalski, Jan" → ["kowalski", "jan"]). */
export function nameTokens(name: string): string[] {
  return foldForComparison(name)
    .split(' ')
    .filter((token) => token !== '' && !TITLES.has(token))
}

function bigrams(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of tokens) {
    const padded = ` ${token} `
    for (let i = 0; i + 1 < padded.length; i++) {
      const pair = padded.slice(i, i + 2)
      counts.set(pair, (counts.get(pair) ?? 0) + 1)
    }
  }
  return counts
}

/**
 * How alike two names are, 0..1: the Sørensen–Dice coefficient over the character bigrams of
 * each word, so word order does not matter ("Kowalski Jan" = "Jan Kowalski" → 1), diacritics
 * do not matter, and a one-letter typo keeps it high ("Jan Kowalski"/"Jan Kowalsky" ≈ 0.85, a
 * middle name added ≈ 0.81) while relatives stay apart ("Jan Kowalski"/"Anna Kowalska" ≈ 0.59).
 */
export function nameSimilarity(a: string, b: string): number {
  const left = bigrams(nameTokens(a))
  const right = bigrams(nameTokens(b))
  let total = 0
  let shared = 0
  for (const count of left.values()) total += count
  for (const [pair, count] of right) {
    total += count
    shared += Math.min(count, left.get(pair) ?? 0)
  }
  return total === 0 ? 0 : (2 * shared) / total
}
