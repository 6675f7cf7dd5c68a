/** The widget's styles, scoped by its shadow root; `--as-accent` is the account's colour. */
export const STYLES = `
:host{all:initial;position:fixed;right:20px;bottom:20px;z-index:2147483000;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2329}
*{box-sizing:border-box}
button,input,textarea{font:inherit;color:inherit}
.launcher{width:56px;height:56px;border-radius:50%;border:0;background:var(--as-accent);color:#fff;cursor:pointer;box-shadow:0 4px 14px #0003;display:grid;place-items:center;margin-left:auto;position:relative}
.launcher svg{width:26px;height:26px;fill:currentColor}
.launcher:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #3b82f6;outline-offset:2px}
.dot{position:absolute;top:4px;right:4px;width:12px;height:12px;border-radius:50%;background:#e11d48;border:2px solid #fff}
.panel{position:absolute;right:0;bottom:68px;width:min(370px,calc(100vw - 40px));height:min(560px,calc(100vh - 110px));background:#fff;border-radius:14px;box-shadow:0 10px 40px #0004;display:flex;flex-direction:column;overflow:hidden}
.panel[hidden]{display:none}
header{background:var(--as-accent);color:#fff;padding:14px 16px;display:flex;align-items:flex-start;gap:8px}
header h2{margin:0;font-size:16px;flex:1}
header p{margin:2px 0 0;font-size:13px;opacity:.9}
.x{background:none;border:0;color:#fff;font-size:22px;line-height:1;cursor:pointer;padding:0 4px}
.notice{margin:0;padding:8px 14px;font-size:13px;background:#fff7e6;border-bottom:1px solid #f1d9a8}
.notice[hidden]{display:none}
.body{flex:1;overflow:auto;padding:14px}
form.pre{display:flex;flex-direction:column;gap:10px}
label{font-weight:600;font-size:13px;display:block;margin-bottom:3px}
input,textarea{width:100%;border:1px solid #c9d1d9;border-radius:8px;padding:8px 10px;background:#fff}
[aria-invalid=true]{border-color:#d1242f}
.err{color:#d1242f;font-size:12px;margin-top:3px}
.primary{background:var(--as-accent);color:#fff;border:0;border-radius:8px;padding:9px 14px;cursor:pointer;font-weight:600}
.primary:disabled{opacity:.6;cursor:default}
ol{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
li{max-width:85%;padding:8px 11px;border-radius:12px;white-space:pre-wrap;overflow-wrap:anywhere}
li.in{align-self:flex-end;background:var(--as-accent);color:#fff;border-bottom-right-radius:4px}
li.out{align-self:flex-start;background:#f0f2f5;border-bottom-left-radius:4px}
.who{display:block;font-size:11px;font-weight:600;opacity:.75}
.state{display:block;font-size:11px;opacity:.8;text-align:right;margin-top:2px}
.state button{background:none;border:0;color:inherit;text-decoration:underline;cursor:pointer;padding:0 0 0 4px;font-size:11px}
.typing{min-height:18px;padding:0 14px;font-size:12px;color:#57606a;font-style:italic}
form.composer{display:flex;gap:8px;padding:10px;border-top:1px solid #e5e8eb}
form.composer textarea{resize:none;height:42px;max-height:120px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`
