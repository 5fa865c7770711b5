/**
 * # Figure 2: one component of the feature function
 *
 * Defines `featureMapSvg(regions, options)`: the square cut into the linear regions of F, each
 * region coloured by the value of one entry of the feature function `Phi_F` (the partial
 * derivative of one output component along one input coordinate; red negative, blue positive),
 * the exact value written in the region, every boundary line drawn solid black, and a key to
 * the line styles. `Phi_F` is constant on each region and jumps exactly across the boundary
 * hyperplanes (MATH.md section 2), so the picture is exact up to drawing.
 *
 * A value is written at the point of its region farthest from the region's edges (searched on a
 * `LABEL_GRID` x `LABEL_GRID` grid over the clipped polygon, floats, placement only), so it
 * never sits on a boundary line, however thin the sector.
 */

import type { PlanarRegions } from './linearRegions.ts';
import { planeFrame } from './planeFrame.ts';
import { divergingColour } from './colourScale.ts';
import { svgDocument, svgPolygon, svgText, type Point } from './svg.ts';

interface FeatureMapOptions {
  /** Output component (row of Phi_F), 0-based. */
  readonly component?: number;
  /** Input coordinate (column of Phi_F), 0-based. */
  readonly coordinate: number;
  readonly labels?: readonly [string, string];
  readonly title?: string;
}

const WIDTH = 560;
const HEIGHT = 570;
const BOX = { left: 60, top: 50, size: 440 };

/** Grid points per side searched for a label position. */
const LABEL_GRID = 24;

/** Distance from p to the nearest edge line of a convex polygon (positive inside). */
function edgeClearance(polygon: readonly Point[], p: Point): number {
  let least = Infinity;
  const n = polygon.length;
  // Orientation of the polygon, so that "inside" is the same side of every edge.
  let area = 0;
  for (let i = 0; i < n; i++) {
    const [a, b] = [polygon[i]!, polygon[(i + 1) % n]!];
    area += a[0] * b[1] - a[1] * b[0];
  }
  const side = area >= 0 ? 1 : -1;
  for (let i = 0; i < n; i++) {
    const [a, b] = [polygon[i]!, polygon[(i + 1) % n]!];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length === 0) continue;
    const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    least = Math.min(least, (side * cross) / length);
  }
  return least;
}

/** The grid point of a convex polygon farthest from its edges: where its label goes. */
function labelPoint(polygon: readonly Point[]): Point {
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Point = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestClearance = -Infinity;
  for (let i = 0; i <= LABEL_GRID; i++) {
    for (let j = 0; j <= LABEL_GRID; j++) {
      const p: Point = [x0 + ((x1 - x0) * i) / LABEL_GRID, y0 + ((y1 - y0) * j) / LABEL_GRID];
      const clearance = edgeClearance(polygon, p);
      if (clearance > bestClearance) [best, bestClearance] = [p, clearance];
    }
  }
  return best;
}

/**
 * Figure 2 as SVG: one column of `Phi_F`, region by region, with exact values written in.
 * @example featureMapSvg(linearRegions(s), { coordinate: 0, labels: ['a', 'b'] })
 * @param regions the exact linear regions of F
 * @param options `coordinate` (column of Phi_F), output component, names, title
 */
function featureMapSvg(regions: PlanarRegions, options: FeatureMapOptions): string {
  const component = options.component ?? 0;
  const j = options.coordinate;
  const labels = options.labels ?? ['x1', 'x2'];
  const frame = planeFrame(regions.extent, BOX);
  const values = regions.regions.map((r) => r.gradient[component]![j]!);
  const top = Math.max(1e-12, ...values.map((v) => Math.abs(v.approximate())));

  const body: string[] = [];
  regions.regions.forEach((r, i) => {
    body.push(
      svgPolygon(r.polygon.map(frame.toPixel), {
        fill: divergingColour(values[i]!.approximate() / top),
        stroke: '#ffffff',
        strokeWidth: 0.5,
        className: 'region',
      }),
    );
  });
  const normals = regions.hyperplanes.map((h) => h.normal);
  body.push(...frame.decorations(labels, normals), ...frame.boundaryLines(normals));
  regions.regions.forEach((r, i) => {
    // In pixels, so the clearance is measured as the reader sees it.
    const at = labelPoint(r.polygon.map(frame.toPixel));
    body.push(
      svgText([at[0], at[1] + 6], values[i]!.toString(), {
        size: 18,
        weight: 'bold',
        className: 'value',
      }),
    );
  });
  body.push(...frame.legend(HEIGHT - 18));
  const title = options.title ?? `feature function, dF/d${labels[j]}`;
  body.push(svgText([WIDTH / 2, 28], title, { size: 15, weight: 'bold' }));
  return svgDocument(WIDTH, HEIGHT, title, body);
}

export { featureMapSvg };
export type { FeatureMapOptions };
