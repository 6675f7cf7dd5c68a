const colour =
  /^(#[0-9a-f]{3,8}|rgba?\(\s*\d{1,3}%?\s*(,\s*\d{1,3}%?\s*){2}(,\s*(0|1|0?\.\d{1,3})\s*)?\)|[a-z]{3,20})$/i
const length = /^(0|\d{1,4}(\.\d{1,3})?(px|pt|em|rem|%))$/i

// Layout properties (position, display, margin, width) and anything taking a URL or a function
// are dropped: a message can neither load resources nor lay itself over the agent's screen.
/** Inline CSS customer mail may keep: legibility only (colour, weight, size, alignment). */
export const allowedStyles: Record<string, RegExp[]> = {
  color: [colour],
  'background-color': [colour],
  'font-weight': [/^(normal|bold|bolder|lighter|[1-9]00)$/i],
  'font-style': [/^(normal|italic|oblique)$/i],
  'font-size': [length, /^(xx-small|x-small|small|medium|large|x-large|xx-large|smaller|larger)$/i],
  'font-family': [/^[\w\s,'"-]{1,100}$/],
  'line-height': [length, /^(normal|\d(\.\d{1,2})?)$/i],
  'text-align': [/^(left|right|center|justify|start|end)$/i],
  'text-decoration': [
    /^(none|underline|line-through|overline)( (underline|line-through|overline))*$/i,
  ],
  'vertical-align': [/^(top|middle|bottom|baseline|text-top|text-bottom)$/i],
  'white-space': [/^(normal|nowrap|pre|pre-wrap|pre-line)$/i],
}
