import { createRequire } from 'node:module';
import { renderPng } from './render-png.js';
import { renderSvg } from './render-svg.js';
import type { VegaLiteSpec } from './vega-lite-spec.js';

/** tslab's writer of a cell's display data, as the running kernel set it. */
type WriteDisplayData = (data: { data: Record<string, string>; metadata: object; transient: object }, update: boolean) => void;

/**
 * Shows a chart in a tslab notebook as one output holding it twice: as SVG (sharp, what Jupyter
 * and VS Code show) and as PNG (what survives `nbconvert --to html`, which drops SVG outputs).
 * tslab's `display` sends one format per output, so the output goes through the writer of the
 * kernel running the cell. Outside a notebook it throws: write `renderSvg` and `renderPng` to files.
 *
 * @example
 * await displayChart(voicesBarSpec(voices(tables)));
 */
export async function displayChart(spec: VegaLiteSpec): Promise<void> {
  const write = kernelWriter();
  const svg = await renderSvg(spec);
  const png = Buffer.from(await renderPng(svg)).toString('base64');
  write({ data: { 'image/svg+xml': svg, 'image/png': png, 'text/plain': 'a chart (SVG and PNG)' }, metadata: {}, transient: {} }, false);
}

function kernelWriter(): WriteDisplayData {
  const cache = createRequire(import.meta.url).cache;
  for (const [id, module] of Object.entries(cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/u.test(id)) continue;
    const write = (module?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData;
    if (typeof write === 'function') return write as WriteDisplayData;
  }
  throw new Error('displayChart: no tslab kernel runs in this process; outside a notebook, write renderSvg(spec) and renderPng(svg) to files');
}
