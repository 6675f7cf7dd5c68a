// Added after the tracking page's CSS: the portal's form controls, choice cards and verdicts.
// Tap targets stay at least 44 px (WCAG 2.5.5) and inputs 16 px so phones do not zoom in.
/** The portal's CSS on top of the tracking page's. */
export const PORTAL_STYLES = `
fieldset{border:0;margin:0;padding:0;display:grid;gap:10px;min-width:0}
legend{font-weight:650;font-size:.9rem;padding:0;margin-bottom:8px}
input[type=text],select,input[type=file]{font:inherit;font-weight:400;width:100%;padding:10px 12px;border:1px solid #cbd5e1;border-radius:10px;background:#fff;color:var(--tx);min-height:46px}
input[type=file]{padding:8px}
.pick{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;align-items:start;padding:12px;border:1px solid var(--ln);border-radius:12px;font-weight:400}
.pick>input{margin-top:3px}
.pick>label{display:block;font-weight:400}
.pick b{font-weight:650}
.q{color:var(--mu);font-weight:400;white-space:nowrap}
.pick .sub{grid-column:2;display:grid;gap:8px}
.pick .sub label{font-size:.85rem}
.pick select{min-height:40px;padding:6px 10px;width:auto}
input[type=checkbox],input[type=radio]{width:22px;height:22px;accent-color:var(--a);margin:0}
.choice{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;align-items:start;padding:12px 14px;border:1px solid var(--ln);border-radius:12px;font-weight:400;cursor:pointer}
.choice>input{margin-top:2px}
.choice b{font-weight:650}
.choice span{grid-column:2;color:var(--mu);font-size:.875rem}
.choice:has(input:checked),.pick:has(input[type=checkbox]:checked){border-color:var(--a);box-shadow:0 0 0 1px var(--a)}
.yn{display:flex;gap:16px;flex-wrap:wrap;font-weight:400}
.yn label{display:flex;align-items:center;gap:8px;font-weight:400}
.verdict{list-style:none;margin:14px 0 0;padding:0;display:grid;gap:10px}
.verdict li{padding:12px 14px;border-radius:12px;background:var(--bg)}
.verdict b{display:block}
.tag{display:inline-block;font-size:.75rem;font-weight:700;padding:1px 9px;border-radius:999px;margin-top:4px}
.tag.ok{background:#ecfdf3;color:#05603a}
.tag.no{background:#fef3f2;color:#b42318}
.why{margin:6px 0 0;font-size:.9rem}
.law{font-size:.875rem;color:var(--mu);margin:0}
.facts{list-style:none;margin:14px 0;padding:0;display:grid;gap:8px}
.facts li{padding-left:14px;border-left:3px solid var(--a)}
.addr{font-style:normal;padding:12px 14px;border-radius:12px;background:var(--bg);white-space:pre-line}
.cases{list-style:none;margin:0;padding:0}
.cases li{padding:8px 0;border-bottom:1px solid var(--ln)}
.cases li:last-child{border:0}
.status{display:inline-block;font-weight:700;padding:6px 12px;border-radius:12px;background:var(--bg);margin-top:6px}
.card>.note+.mu{margin-top:14px}
`
