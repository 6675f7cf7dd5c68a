import { h, uid } from './dom.js'
import type { Messages } from './messages.js'
import { type PrechatForm, validatePrechat } from './validate.js'

type Field = keyof PrechatForm

/** The pre-chat form: name, e-mail and an optional order number, with inline validation. */
export function prechatView(
  t: Messages,
  intro: string,
  prefill: Partial<PrechatForm>,
  submit: (form: PrechatForm) => Promise<string | null>,
): HTMLElement {
  const inputs = {} as Record<Field, HTMLInputElement>
  const errors = {} as Record<Field, HTMLElement>
  const field = (name: Field, label: string, type: string, autocomplete: string, max: number) => {
    const id = uid(name)
    const errorId = `${id}-err`
    inputs[name] = h('input', {
      id,
      name,
      type,
      autocomplete,
      maxlength: String(max),
      'aria-describedby': errorId,
      required: name !== 'orderNumber',
    })
    inputs[name].value = prefill[name] ?? ''
    errors[name] = h('div', { id: errorId, class: 'err' })
    return h('div', {}, h('label', { for: id }, label), inputs[name], errors[name])
  }
  const status = h('div', { class: 'err', role: 'alert' })
  const button = h('button', { type: 'submit', class: 'primary' }, t.start)
  const form = h(
    'form',
    { class: 'pre', novalidate: true },
    h('p', {}, intro),
    field('name', t.name, 'text', 'name', 100),
    field('email', t.email, 'email', 'email', 254),
    field('orderNumber', t.order, 'text', 'off', 64),
    status,
    button,
  )
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const values = {
      name: inputs.name.value,
      email: inputs.email.value,
      orderNumber: inputs.orderNumber.value,
    }
    const problems = validatePrechat(values)
    for (const name of Object.keys(inputs) as Field[]) {
      const problem = problems[name]
      errors[name].textContent = problem ? t[problem] : ''
      inputs[name].setAttribute('aria-invalid', String(Boolean(problem)))
    }
    const first = (Object.keys(inputs) as Field[]).find((name) => problems[name])
    if (first) return inputs[first].focus()
    button.disabled = true
    status.textContent = (await submit(values)) ?? ''
    button.disabled = false
  })
  return h('div', { class: 'body' }, form)
}
