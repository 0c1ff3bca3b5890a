import type { TopLevelSpec } from 'vega-lite';

/**
 * A Vega-Lite spec rendered to an SVG string in Node (no browser, no canvas). The namespace
 * attributes are dropped: inline SVG in HTML needs none, and the report must hold no URL.
 * Vega and Vega-Lite are loaded on first use: together they add ~0.4 s to the start of every
 * command, and only a report needs them.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/\s+xmlns(:\w+)?="[^"]*"/g, '');
  } finally {
    view.finalize();
  }
}
