/** "Anna Nowak <anna@x.pl>" → "Anna Nowak": the API's actor labels may carry the address. */
export function displayName(label: string | null | undefined): string {
  const name = (label ?? '').replace(/\s*<[^<>]*>\s*$/, '').trim()
  return name || (label ?? '').trim()
}
