import type { VegaLiteSpec } from './vega-lite-spec.js';

/**
 * Renders a Vega-Lite spec to a standalone SVG string in Node (no browser, no network): compiles it
 * with vega-lite and renders it headlessly with vega. Both are loaded on first use with a dynamic
 * `import()`, because vega has top-level await and cannot be `require`d (as a tslab cell would).
 *
 * @example
 * const svg = await renderSvg(coverageHeatmapSpec(coverage(tables)));
 * tslab.display.svg(svg);
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  let compiled;
  try {
    compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
  } catch (error) {
    throw new Error(`renderSvg: not a valid Vega-Lite spec: ${(error as Error).message}`);
  }
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
