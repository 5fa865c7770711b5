import { describe, expect, it } from 'vitest';
import { q, type Rational } from '../../src/scalar/rational.ts';
import type { Network } from '../../src/network/network.ts';
import { figureFiles } from '../../src/picture/figures.ts';
import { linearRegions } from '../../src/picture/linearRegions.ts';
import { featureMapSvg } from '../../src/picture/featureMapSvg.ts';
import { PNG_SIGNATURE, svgToPng } from '../../src/picture/svgToPng.ts';
import { svgDocument, svgPolygon } from '../../src/picture/svg.ts';

const v = (...xs: number[]): Rational[] => xs.map((x) => q(x));
const s: Network = {
  inputDim: 2,
  outputDim: 1,
  channels: [
    { alpha: v(1, 0), beta: v(1) },
    { alpha: v(0, -1), beta: v(1) },
    { alpha: v(-1, 1), beta: v(1) },
  ],
};

function count(svg: string, className: string): number {
  return svg.split(`class="${className}"`).length - 1;
}

/** Well-formed: one root, tags properly nested and closed, only hex colours, no NaN. */
function expectWellFormed(svg: string): void {
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg.match(/<svg /g)).toHaveLength(1);
  expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  const stack: string[] = [];
  for (const tag of svg.replace(/<\?xml[^>]*>/, '').matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    if (tag[3]) continue;
    if (tag[1]) expect(stack.pop()).toBe(tag[2]);
    else stack.push(tag[2]!);
  }
  expect(stack).toEqual([]);
  for (const m of svg.matchAll(/(?:fill|stroke)="([^"]*)"/g))
    expect(m[1]).toMatch(/^(#[0-9a-f]{6}|none)$/);
  expect(svg).not.toMatch(/NaN|Infinity/);
}

describe('figureFiles for Example 5.1', () => {
  const files = figureFiles(s, { labels: ['a', 'b'] });

  it('writes the surface, the contours and both feature maps as SVG and PNG', () => {
    expect([...files.keys()].sort()).toEqual([
      'figure1-contours.png',
      'figure1-contours.svg',
      'figure1-surface.png',
      'figure1-surface.svg',
      'figure2-feature-a.png',
      'figure2-feature-a.svg',
      'figure2-feature-b.png',
      'figure2-feature-b.svg',
    ]);
    for (const [name, content] of files) {
      if (name.endsWith('.png'))
        expect([...(content as Uint8Array).slice(0, 8)]).toEqual([...PNG_SIGNATURE]);
      else expectWellFormed(content as string);
    }
  });

  it('draws 6 facets, 3 boundary lines, 6 regions, 4 hexagons and clipped levels', () => {
    expect(count(files.get('figure1-surface.svg') as string, 'facet')).toBe(6);
    const contours = files.get('figure1-contours.svg') as string;
    expect(count(contours, 'region')).toBe(6);
    expect(count(contours, 'boundary')).toBe(3);
    // Levels 1/4..1 are full hexagons (6 sides each); 5/4, 3/2, 7/4 cross only the two sectors
    // where s = b - a or a - b reaches above 1 (one segment each).
    expect(count(contours, 'contour')).toBe(4 * 6 + 3 * 2);
    for (const name of ['figure2-feature-a.svg', 'figure2-feature-b.svg']) {
      const svg = files.get(name) as string;
      expect(count(svg, 'region')).toBe(6);
      expect(count(svg, 'boundary')).toBe(3);
      expect(count(svg, 'value')).toBe(6);
    }
  });

  it('writes the exact feature values d/da in the sectors, counter-clockwise from angle 0', () => {
    const svg = featureMapSvg(linearRegions(s), { coordinate: 0, labels: ['a', 'b'] });
    const values = [...svg.matchAll(/class="value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(values).toEqual(['1', '0', '-1', '-1', '0', '1']);
  });

  it('names files per output component for a vector-valued target and omits PNG on request', () => {
    const two: Network = {
      inputDim: 2,
      outputDim: 2,
      channels: [{ alpha: v(1, 1), beta: v(1, 2) }],
    };
    const names = [...figureFiles(two, { png: false }).keys()];
    expect(names).toContain('figure1-surface-out2.svg');
    expect(names).toContain('figure2-feature-x2-out1.svg');
    expect(names.some((n) => n.endsWith('.png'))).toBe(false);
  });

  it('refuses colours that are not hex and renders a tiny SVG to PNG', () => {
    expect(() => svgPolygon([[0, 0]], { fill: 'red' })).toThrow(/#rrggbb/);
    const png = svgToPng(svgDocument(10, 10, 't', []), 20);
    expect([...png.slice(0, 8)]).toEqual([...PNG_SIGNATURE]);
  });
});
