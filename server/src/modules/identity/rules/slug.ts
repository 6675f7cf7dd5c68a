/** A URL-safe slug from a workspace name, Polish and German letters folded to ASCII ("Kraina Kawy Łódź" → "kraina-kawy-lodz"). */
export function slugify(name: string): string {
  const folded = name
    .replace(/[łŁ]/g, 'l')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const slug = folded
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
  return slug || 'workspace'
}
