import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * A Vega-Lite spec rendered to an SVG string in Node (no browser, no canvas). The namespace
 * attributes are dropped: inline SVG in HTML needs none, and the report must hold no URL.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(/\s+xmlns(:\w+)?="[^"]*"/g, '');
  } finally {
    view.finalize();
  }
}
