/**
 * # Figure 2: one component of the feature function
 *
 * Defines `featureMapSvg(regions, options)`: the square cut into the linear regions of F, each
 * region coloured by the value of one entry of the feature function `Phi_F` (the partial
 * derivative of one output component along one input coordinate; red negative, blue positive),
 * the exact value written in the region, and the boundary lines drawn solid. `Phi_F` is constant
 * on each region and jumps exactly across the boundary hyperplanes (MATH.md section 2), so the
 * picture is exact up to drawing.
 */

import type { PlanarRegions } from './linearRegions.ts';
import { boundarySegment } from './contourSvg.ts';
import { planeFrame } from './planeFrame.ts';
import { divergingColour } from './colourScale.ts';
import { svgDocument, svgLine, svgPolygon, svgText, type Point } from './svg.ts';

interface FeatureMapOptions {
  /** Output component (row of Phi_F), 0-based. */
  readonly component?: number;
  /** Input coordinate (column of Phi_F), 0-based. */
  readonly coordinate: number;
  readonly labels?: readonly [string, string];
  readonly title?: string;
}

const WIDTH = 560;
const HEIGHT = 540;
const BOX = { left: 60, top: 50, size: 440 };

function centroid(points: readonly Point[]): Point {
  const n = points.length;
  return [points.reduce((s, p) => s + p[0], 0) / n, points.reduce((s, p) => s + p[1], 0) / n];
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
  const e = regions.extent.approximate();
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
  for (const h of regions.hyperplanes) {
    const [from, to] = boundarySegment(h.normal, e);
    body.push(
      svgLine(frame.toPixelApprox(from), frame.toPixelApprox(to), {
        stroke: '#111111',
        strokeWidth: 2,
        className: 'boundary',
      }),
    );
  }
  regions.regions.forEach((r, i) => {
    const [x, y] = centroid(r.polygon.map((p) => [p[0]!.approximate(), p[1]!.approximate()]));
    const at = frame.toPixelApprox([x, y]);
    body.push(
      svgText([at[0], at[1] + 6], values[i]!.toString(), {
        size: 18,
        weight: 'bold',
        className: 'value',
      }),
    );
  });
  body.push(...frame.decorations(labels));
  const title = options.title ?? `Figure 2: the feature function, component d/d${labels[j]}`;
  body.push(svgText([WIDTH / 2, 28], title, { size: 15, weight: 'bold' }));
  return svgDocument(WIDTH, HEIGHT, title, body);
}

export { featureMapSvg };
export type { FeatureMapOptions };
