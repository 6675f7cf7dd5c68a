const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!)
}

/** Wraps a consent page body in a minimal Allegro-orange layout. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Allegro (symulator)</title>
<style>
body { font-family: system-ui, sans-serif; background: #f5f5f5; margin: 0; }
header { background: #ff5a00; color: #fff; padding: 12px 24px; font-weight: 700; }
main { max-width: 480px; margin: 32px auto; background: #fff; padding: 24px; border-radius: 4px; }
label { display: block; margin: 12px 0 4px; }
input { width: 100%; padding: 8px; box-sizing: border-box; }
button { margin-top: 16px; padding: 10px 20px; border: 0; border-radius: 2px; cursor: pointer; }
button[value=approve] { background: #ff5a00; color: #fff; }
.note { color: #666; font-size: 0.9em; }
</style>
</head>
<body>
<header>allegro <span class="note">symulator</span></header>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>`
}

/** Hidden inputs carrying values through a form post. */
export function hiddenInputs(values: Record<string, string | null>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(
      ([name, value]) =>
        `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`,
    )
    .join('\n')
}
