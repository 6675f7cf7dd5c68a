// Order words in Polish, English, German, French, Spanish, Italian, Czech and Hungarian.
const keyword = [
  String.raw`zam[oó]wieni\p{L}{0,3}`,
  'orders?',
  'bestellung',
  'bestellnummer',
  'bestell-nr',
  'auftrag',
  'auftragsnummer',
  'commande',
  'pedido',
  'ordine',
  String.raw`objedn[aá]v\p{L}{1,3}`,
  'rendel[eé]s',
].join('|')
const filler = String.raw`\s|[:#.]|nr\b|no\b|number\b|numer\b|nummer\b|id\b|n°|№`
const token = '[a-z0-9](?:[a-z0-9_/-]{0,62}[a-z0-9])?'
const afterKeyword = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${keyword})(?!\p{L})(?:${filler}){0,8}(${token})(?![a-z0-9])`,
  'giu',
)
const amazonOrder = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/
// Long bodies are scanned only at their start, where relay notices put the order.
const scanLimit = 20_000

/**
 * The order number a message refers to, or null: the id after an order keyword in Polish,
 * English, German, French, Spanish, Italian, Czech or Hungarian ("Nowa wiadomość do zamówienia
 * #1234-5678", "dot. zamówienia 9d0c1a2e-…" (an Allegro checkout form), "Bestellung 123456",
 * "order #12345"), else an Amazon order id anywhere ("123-1234567-1234567").
 */
export function orderNumberIn(text: string): string | null {
  const scanned = text.length > scanLimit ? text.slice(0, scanLimit) : text
  for (const match of scanned.matchAll(afterKeyword)) {
    const id = match[1] ?? ''
    // "order of 100 pcs", "Bestellung vom 3.": an id has a digit and is not a lone small number.
    if (id.length >= 3 && /\d/.test(id)) return id
  }
  return amazonOrder.exec(scanned)?.[0] ?? null
}
