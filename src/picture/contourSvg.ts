/**
 * # Figure 1, right: the contour map of F
 *
 * Defines `contourSvg(regions, options)`: the square with the boundary lines (solid black, as
 * in every planar figure), the linear regions tinted by their mean height, and the exact level
 * segments of `levelSegments` for evenly spaced exact levels, each level in its own colour (blue
 * above zero, red below), with a legend giving the exact value and a key to the line styles.
 * For Example 5.1 the levels below 1 are closed hexagons.
 */

import { dot } from '../linalg/matrix.ts';
import type { PlanarRegions } from './linearRegions.ts';
import { contourLevels, levelSegments } from './levelSegments.ts';
import { planeFrame } from './planeFrame.ts';
import { divergingColour, sequentialColour } from './colourScale.ts';
import { svgDocument, svgLine, svgPolygon, svgText } from './svg.ts';

interface ContourOptions {
  readonly component?: number;
  readonly labels?: readonly [string, string];
  readonly title?: string;
  /** Number of level intervals between 0 and each extreme (default 8). */
  readonly levelCount?: number;
}

const WIDTH = 640;
const HEIGHT = 540;
const BOX = { left: 60, top: 50, size: 420 };

/**
 * Figure 1 (right) as SVG: boundary lines, tinted regions and exact level segments.
 * @example contourSvg(linearRegions(s), { labels: ['a', 'b'] }) // hexagons for Example 5.1
 * @param regions the exact linear regions of F (`linearRegions`)
 * @param options output component, coordinate names, title, number of level intervals
 */
function contourSvg(regions: PlanarRegions, options: ContourOptions = {}): string {
  const component = options.component ?? 0;
  const labels = options.labels ?? ['x1', 'x2'];
  const frame = planeFrame(regions.extent, BOX);
  const levels = contourLevels(regions, component, options.levelCount ?? 8);
  const magnitudes = levels.map((c) => Math.abs(c.approximate()));
  const top = Math.max(1e-12, ...magnitudes);
  const highest = Math.max(1e-12, ...levels.map((c) => c.approximate()));
  const lowest = Math.max(1e-12, ...levels.map((c) => -c.approximate()));

  const body: string[] = [];
  for (const r of regions.regions) {
    const g = r.gradient[component]!;
    const mean = r.polygon.reduce((s, p) => s + dot(g, p).approximate(), 0) / r.polygon.length;
    body.push(
      svgPolygon(r.polygon.map(frame.toPixel), {
        fill: sequentialColour(0.1 + (0.25 * Math.abs(mean)) / top),
        opacity: 0.45,
        className: 'region',
      }),
    );
  }
  const normals = regions.hyperplanes.map((h) => h.normal);
  body.push(...frame.boundaryLines(normals));
  levels.forEach((c, i) => {
    // Positive levels blue, negative red, each side scaled by its own extreme.
    const value = c.approximate();
    const extreme = value < 0 ? lowest : highest;
    const colour = divergingColour(Math.sign(value) * (0.35 + (0.65 * Math.abs(value)) / extreme));
    for (const s of levelSegments(regions, component, c)) {
      body.push(
        svgLine(frame.toPixel(s.from), frame.toPixel(s.to), {
          stroke: colour,
          strokeWidth: 2.2,
          className: 'contour',
        }),
      );
    }
    const y = BOX.top + 14 + i * 20;
    body.push(
      svgLine([BOX.left + BOX.size + 25, y - 4], [BOX.left + BOX.size + 45, y - 4], {
        stroke: colour,
        strokeWidth: 3,
        className: 'legend',
      }),
    );
    body.push(
      svgText([BOX.left + BOX.size + 52, y], `F = ${c.toString()}`, { size: 13, anchor: 'start' }),
    );
  });
  body.push(...frame.decorations(labels, normals), ...frame.legend(HEIGHT - 18));
  const title = options.title ?? 'exact level sets of F';
  body.push(svgText([WIDTH / 2, 28], title, { size: 15, weight: 'bold' }));
  return svgDocument(WIDTH, HEIGHT, title, body);
}

export { contourSvg };
export type { ContourOptions };
