import type { AccentPalette } from '../../../rules/tracking-page/accent-palette.js'

// Mobile first: one column of cards; from 860 px the timeline sits left, everything else
// right. Inputs are 16 px so phones do not zoom, buttons at least 44 px tall (WCAG 2.5.5).
const BASE = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--tx);background:var(--bg);-webkit-text-size-adjust:100%}
a{color:var(--ink)}
header{background:var(--a);color:var(--on)}
.bar{max-width:1000px;margin:0 auto;padding:12px 16px;display:flex;align-items:center;gap:12px;min-height:60px}
.brand{display:flex;align-items:center;gap:10px;font-weight:650;font-size:1.05rem;min-width:0}
.brand img{height:36px;max-width:120px;object-fit:contain;background:#fff;border-radius:8px;padding:3px}
.brand span{line-height:1.25;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.lang{margin-left:auto;display:flex;gap:4px}
.lang a{color:var(--on);text-decoration:none;font-size:.8rem;font-weight:700;padding:4px 9px;border-radius:999px;border:1px solid transparent}
.lang a[aria-current]{border-color:currentColor}
main{max-width:1000px;margin:0 auto;padding:16px;display:grid;gap:16px}
.card{background:#fff;border-radius:16px;padding:20px;box-shadow:0 1px 3px rgba(16,24,40,.08)}
h1{font-size:1.65rem;line-height:1.2;margin:4px 0 6px;letter-spacing:-.01em}
h2{font-size:1.05rem;margin:0 0 14px}
p{margin:0 0 8px}
.mu{color:var(--mu);font-size:.875rem}
.eta{margin-top:14px;padding:12px 14px;border-radius:12px;background:var(--bg)}
.eta strong{display:block;font-size:1.1rem}
.badge{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;padding:1px 8px;margin-left:6px;border-radius:999px;border:1px solid var(--mu);color:var(--mu)}
.steps{list-style:none;margin:18px 0 0;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:4px}
.steps li{font-size:.75rem;line-height:1.25;color:var(--mu);padding-top:8px;border-top:4px solid var(--ln)}
.steps .done{border-color:var(--a);color:var(--tx)}
.steps .now{font-weight:700}
.tl{list-style:none;margin:0;padding:0}
.tl li{position:relative;padding:0 0 18px 28px}
.tl li:before{content:"";position:absolute;left:4px;top:5px;width:12px;height:12px;border-radius:50%;background:#fff;border:2px solid #cbd5e1}
.tl li:after{content:"";position:absolute;left:9px;top:21px;bottom:0;width:2px;background:var(--ln)}
.tl li:last-child{padding-bottom:4px}
.tl li:last-child:after{display:none}
.tl li:first-child:before{background:var(--a);border-color:var(--a);box-shadow:0 0 0 4px var(--ln)}
.tl b{display:block;font-weight:600}
.tl li:first-child b{font-weight:750}
.tl time,.tl span{display:block;color:var(--mu);font-size:.85rem}
.parcel+.parcel{border-top:1px solid var(--ln);margin-top:14px;padding-top:14px}
.ph{display:flex;justify-content:space-between;align-items:center;gap:8px;flex-wrap:wrap;margin-bottom:8px}
.pill{font-size:.8rem;font-weight:600;padding:2px 10px;border-radius:999px;background:var(--bg)}
.num{font:1rem ui-monospace,Menlo,Consolas,monospace;color:var(--tx);word-break:break-all}
.btn{display:flex;align-items:center;justify-content:center;min-height:46px;padding:10px 18px;border-radius:12px;font:inherit;font-weight:650;text-decoration:none;text-align:center;cursor:pointer;border:1px solid var(--ln);background:#fff;color:var(--ink)}
.btn.pri{background:var(--a);border-color:var(--a);color:var(--on)}
.parcel .btn{margin-top:10px}
.items{list-style:none;margin:0;padding:0}
.items li{display:flex;justify-content:space-between;gap:12px;padding:9px 0;border-bottom:1px solid var(--ln)}
.items li:last-child{border:0;font-weight:700}
.items .q{color:var(--mu);white-space:nowrap}
.items .pr{white-space:nowrap;text-align:right}
.actions{display:grid;gap:10px}
summary{list-style:none}
summary::-webkit-details-marker{display:none}
details[open]>summary{margin-bottom:14px}
form{display:grid;gap:14px}
p+form{margin-top:16px}
label{display:grid;gap:6px;font-weight:650;font-size:.9rem}
textarea,input[type=email]{font:inherit;font-weight:400;width:100%;padding:10px 12px;border:1px solid #cbd5e1;border-radius:10px;background:#fff;color:var(--tx)}
textarea{min-height:130px;resize:vertical}
[aria-invalid=true]{border-color:#b42318}
:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.err{color:#b42318;font-size:.875rem;font-weight:600;margin:0}
.note{padding:12px 16px;border-radius:12px;background:#ecfdf3;color:#05603a;font-weight:600;margin:0}
.note.warn{background:#fef3f2;color:#b42318}
footer{max-width:1000px;margin:0 auto;padding:4px 16px 32px;color:var(--mu);font-size:.8rem;text-align:center}
@media (min-width:860px){main{grid-template-columns:3fr 2fr;grid-template-areas:"n n" "s s" "t p" "t a" "t i" "t .";grid-template-rows:auto auto auto auto auto 1fr;align-items:start;padding:24px 16px}
.in{grid-area:n}.is{grid-area:s}.it{grid-area:t}.ip{grid-area:p}.ia{grid-area:a}.ii{grid-area:i}
main.single{grid-template-columns:minmax(0,640px);grid-template-areas:none;grid-template-rows:none;justify-content:center}
h1{font-size:2rem}.card{padding:24px}}`

/** The page's CSS: the seller's colours as custom properties, then the static rules. */
export function pageStyles(palette: AccentPalette): string {
  return `:root{--a:${palette.accent};--on:${palette.onAccent};--ink:${palette.ink};--bg:#f2f4f7;--tx:#101828;--mu:#5d6778;--ln:#e4e7ec}\n${BASE}`
}
