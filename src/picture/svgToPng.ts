/**
 * # SVG to PNG
 *
 * Defines `svgToPng(svg, width)`, rendering one of our SVG figures to PNG bytes with resvg (a
 * Rust renderer shipped as a prebuilt Node binding, so no browser and no system library is
 * needed). Text uses DejaVu Sans when the system has it; without any system font resvg still
 * renders every shape and omits the text.
 */

import { Resvg } from '@resvg/resvg-js';

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/**
 * PNG bytes of an SVG document, scaled to the given pixel width.
 * @example svgToPng(svgDocument(10, 10, 't', []), 20).slice(0, 8) // PNG_SIGNATURE
 */
function svgToPng(svg: string, width = 1280): Uint8Array {
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(renderer.render().asPng());
}

export { svgToPng, PNG_SIGNATURE };
