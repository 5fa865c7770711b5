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

describe('line styles, labels and titles of the planar figures', () => {
  const files = figureFiles(s, { labels: ['a', 'b'] });

  it('draws every boundary hyperplane of Figure 2 solid, with no axis over a boundary line', () => {
    for (const name of ['figure2-feature-a.svg', 'figure1-contours.svg']) {
      const svg = files.get(name) as string;
      const boundaries = [...svg.matchAll(/<line [^>]*class="boundary"[^>]*>/g)].map((m) => m[0]);
      expect(boundaries).toHaveLength(3);
      for (const line of boundaries) {
        expect(line).toContain('stroke="#111111"');
        expect(line).not.toContain('stroke-dasharray');
      }
      // a = 0 and b = 0 are boundary hyperplanes of s, so neither axis is drawn as an axis.
      expect(count(svg, 'axis')).toBe(0);
      expect(count(svg, 'legend')).toBe(2 + (name.startsWith('figure1') ? 7 : 0));
    }
  });

  it('draws the axes dotted where they are not boundary hyperplanes', () => {
    const diagonal: Network = {
      inputDim: 2,
      outputDim: 1,
      channels: [{ alpha: v(1, -1), beta: v(1) }],
    };
    const svg = featureMapSvg(linearRegions(diagonal), { coordinate: 0 });
    expect(count(svg, 'boundary')).toBe(1);
    expect(count(svg, 'axis')).toBe(2);
    expect(svg).toMatch(/<line [^>]*class="axis"[^>]*stroke-dasharray="1 4"/);
  });

  it('writes every value at least 20 px away from every boundary line', () => {
    const svg = files.get('figure2-feature-b.svg') as string;
    const lines = [
      ...svg.matchAll(
        /<line x1="([-\d.]+)" y1="([-\d.]+)" x2="([-\d.]+)" y2="([-\d.]+)" class="boundary"/g,
      ),
    ].map((m) => m.slice(1, 5).map(Number) as [number, number, number, number]);
    const labels = [...svg.matchAll(/<text class="value" x="([-\d.]+)" y="([-\d.]+)"/g)].map(
      (m) => [Number(m[1]), Number(m[2]) - 6] as const,
    );
    expect(lines).toHaveLength(3);
    expect(labels).toHaveLength(6);
    for (const [x, y] of labels) {
      for (const [x1, y1, x2, y2] of lines) {
        const distance =
          Math.abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / Math.hypot(x2 - x1, y2 - y1);
        expect(distance).toBeGreaterThan(20);
      }
    }
  });

  it('leaves figure numbers to the document: no title starts with "Figure"', () => {
    for (const [name, content] of files) {
      if (name.endsWith('.svg')) expect(content as string).not.toMatch(/<title>Figure|>Figure \d/);
    }
    expect(files.get('figure1-surface.svg') as string).toContain('<title>the graph of F</title>');
  });

  it('draws a linear output component as one flat facet with no boundary line', () => {
    // F1 = relu(a), F2 = relu(a) - relu(-a) + relu(b) - relu(-b) = a + b.
    const vector: Network = {
      inputDim: 2,
      outputDim: 2,
      channels: [
        { alpha: v(1, 0), beta: v(1, 1) },
        { alpha: v(-1, 0), beta: v(0, -1) },
        { alpha: v(0, 1), beta: v(0, 1) },
        { alpha: v(0, -1), beta: v(0, -1) },
      ],
    };
    const out = figureFiles(vector, { labels: ['a', 'b'], png: false });
    const surface2 = out.get('figure1-surface-out2.svg') as string;
    expect(count(surface2, 'facet')).toBe(1);
    expect(count(surface2, 'axis')).toBe(0);
    expect(count(out.get('figure1-contours-out2.svg') as string, 'boundary')).toBe(0);
    const feature = out.get('figure2-feature-a-out2.svg') as string;
    expect([...feature.matchAll(/class="value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['1']);
    // Component 1, relu(a), kinks on a = 0 only: two facets, values 1 and 0 for d/da.
    expect(count(out.get('figure1-surface-out1.svg') as string, 'facet')).toBe(2);
    const feature1 = out.get('figure2-feature-a-out1.svg') as string;
    expect([...feature1.matchAll(/class="value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      '0',
      '1',
    ]);
  });
});
