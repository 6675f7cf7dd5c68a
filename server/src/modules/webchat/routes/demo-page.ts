const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

const PRODUCTS = [
  { name: 'Etiopia Yirgacheffe', note: 'jaśmin, bergamotka, cytryna', price: '54,90 zł' },
  { name: 'Kolumbia Huila', note: 'czekolada, karmel, czerwone jabłko', price: '49,90 zł' },
  { name: 'Brazylia Cerrado', note: 'orzechy laskowe, kakao', price: '42,90 zł' },
]

/** A small Polish coffee-shop page that embeds the widget, for trying it by hand and in browser tests. */
export function demoPage(widgetKey: string | null): string {
  const snippet = widgetKey
    ? `<script src="/widget.js" data-key="${escapeHtml(widgetKey)}" async></script>`
    : ''
  const cards = PRODUCTS.map(
    (p) => `<article class="card"><h2>${p.name}</h2><p>${p.note}</p><strong>${p.price}</strong>
      <button type="button">Do koszyka</button></article>`,
  ).join('')
  const notice = widgetKey
    ? `<p class="hint">Czat w prawym dolnym rogu to widżet Aftersale. Kod do wklejenia w sklepie:</p>
       <pre><code>${escapeHtml(snippet.replace('/widget.js', '<adres Aftersale>/widget.js'))}</code></pre>`
    : `<p class="hint">Nie ma jeszcze konta czatu: dodaj je w Ustawienia → Kanały → Czat na stronie
       albo otwórz tę stronę z <code>?key=…</code>.</p>`
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kraina Kawy — sklep demonstracyjny</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #2b2118; background: #faf6f1; }
  header { background: #4a2f1b; color: #fff; padding: 1.25rem 2rem; }
  header h1 { margin: 0; font-size: 1.5rem; }
  main { max-width: 960px; margin: 0 auto; padding: 2rem; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 1rem; }
  .card { background: #fff; border-radius: 12px; padding: 1rem 1.25rem; box-shadow: 0 1px 4px #0002; }
  .card h2 { font-size: 1.1rem; margin: 0 0 .25rem; }
  .card button { display: block; margin-top: .75rem; padding: .5rem 1rem; border: 0;
    border-radius: 8px; background: #4a2f1b; color: #fff; cursor: pointer; }
  .hint { color: #6b5a4b; }
  pre { background: #fff; padding: .75rem; border-radius: 8px; overflow-x: auto; }
</style>
</head>
<body>
<header><h1>Kraina Kawy</h1><p>Świeżo palona kawa speciality — wysyłka w 24 h</p></header>
<main>
  <section class="grid" aria-label="Produkty">${cards}</section>
  <h2>Masz pytanie o zamówienie?</h2>
  ${notice}
</main>
${snippet}
</body>
</html>`
}
