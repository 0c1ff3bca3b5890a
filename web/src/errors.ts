import { ApiFailure } from './api.js';
import { h } from './dom.js';

/** Shows a failure: at each field it names (inputs carry `data-field` = the library's option name), else in `box`. */
export function showError(form: HTMLElement, box: HTMLElement, err: unknown): void {
  clearErrors(form, box);
  const body = err instanceof ApiFailure ? err.body : { error: String((err as Error)?.message ?? err), fields: [] as string[] };
  const text = `${body.error}${'fix' in body && body.fix ? `\nfix: ${body.fix}` : ''}`;
  let placed = false;
  for (const field of body.fields) {
    const input = form.querySelector<HTMLElement>(`[data-field="${field}"]`);
    if (!input) continue;
    input.classList.add('invalid');
    input.after(h('div', { class: 'field-error', 'data-error-for': field }, text));
    placed = true;
  }
  if (!placed) box.replaceChildren(h('div', { class: 'error', role: 'alert' }, text));
}

export function clearErrors(form: HTMLElement, box: HTMLElement): void {
  for (const el of form.querySelectorAll('.invalid')) el.classList.remove('invalid');
  for (const el of form.querySelectorAll('.field-error')) el.remove();
  box.replaceChildren();
}
