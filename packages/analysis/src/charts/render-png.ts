import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The font every PNG chart is drawn with: DejaVu Sans (the `dejavu-fonts-ttf` package), for Latin, Cyrillic, Greek, Arabic and Vietnamese alike. */
export const CHART_FONT = 'DejaVu Sans';

interface Renderer {
  Resvg: typeof import('@resvg/resvg-wasm').Resvg;
  fonts: Uint8Array[];
}

let renderer: Promise<Renderer> | undefined;

/** Loads resvg's WebAssembly and the font files once per process. */
function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const require = createRequire(import.meta.url);
    const resvg = await import('@resvg/resvg-wasm');
    await resvg.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((file) => new Uint8Array(readFileSync(join(fontDir, file))));
    return { Resvg: resvg.Resvg, fonts };
  })();
  return renderer;
}

/**
 * Renders an SVG chart (from `renderSvg`) to PNG bytes in Node, with resvg compiled to
 * WebAssembly and the font `CHART_FONT` shipped as a dependency: no browser, no native build, no
 * system font. A notebook shows the PNG beside the SVG, because nbconvert drops SVG outputs when
 * it writes HTML. Scripts the font lacks (Chinese, Japanese, Korean) come out as boxes; the SVG
 * uses the reader's fonts.
 *
 * @example
 * const svg = await renderSvg(voicesBarSpec(voices(tables)));
 * writeFileSync('voices.png', await renderPng(svg));
 */
export async function renderPng(svg: string, options: { scale?: number } = {}): Promise<Uint8Array> {
  const { Resvg, fonts } = await loadRenderer();
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: 'white',
    font: { fontBuffers: fonts, loadSystemFonts: false, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT, serifFamily: CHART_FONT, monospaceFamily: CHART_FONT },
  });
  try {
    return image.render().asPng();
  } finally {
    image.free();
  }
}
