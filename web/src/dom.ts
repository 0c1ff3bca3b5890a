/** A small element builder: text is always set as text (stored values never become markup). */
type Child = Node | string | number | null | undefined | false;
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | ((e: Event) => void) | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

export const fmt = (n: number) => n.toLocaleString('en-US');

/** Horizontal bars: label, bar scaled to the largest, count. */
export function bars(rows: readonly { key: string; count: number }[], className = ''): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return h(
    'div',
    { class: 'bars' },
    rows.flatMap((r) => [
      h('span', { class: 'label', title: r.key }, r.key),
      h('div', {}, h('div', { class: `bar ${className}`, style: `width:${(100 * r.count) / max}%` })),
      h('span', { class: 'num' }, fmt(r.count)),
    ]),
  );
}
