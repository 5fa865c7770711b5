/**
 * # Figure 1, left: the graph of F over the square as an exact polyhedral surface
 *
 * Defines `surfaceSvg(regions, options)`. On each linear region F is the linear map given by its
 * gradient, so the graph over the region's clipped polygon is one planar facet whose corners
 * `(x, F(x))` are exact. The facets are projected with a fixed axonometric view (azimuth -35
 * degrees, elevation 42 degrees; heights scaled so the tallest is 0.8 of the half-side, so the
 * view looks onto every facet from above for slopes up to about 2) and painted far to near
 * (painter's algorithm, by facet centroid), each lit by the angle between its normal and a fixed
 * light. The geometry is exact; painter's order by centroid is the one approximation, and it is
 * only a drawing order.
 *
 * The regions must be those of the drawn component alone (`figureFiles` computes them per
 * component): with the regions of all components, a linear component was cut into coplanar
 * facets with visible edges and, since a facet's colour follows its mean height, two shades.
 * No line is drawn over the facets (an earlier dashed mark from the floor to F(0) looked like a
 * stray boundary segment).
 */

import type { Rational } from '../scalar/rational.ts';
import { dot } from '../linalg/matrix.ts';
import type { PlanarRegions } from './linearRegions.ts';
import { sequentialColour, shade } from './colourScale.ts';
import { svgDocument, svgPolygon, svgText, type Point } from './svg.ts';

interface SurfaceOptions {
  /** Output component of F to draw (0-based). */
  readonly component?: number;
  readonly labels?: readonly [string, string];
  readonly title?: string;
}

type Point3 = readonly [number, number, number];

const AZIMUTH = (-35 * Math.PI) / 180;
const ELEVATION = (42 * Math.PI) / 180;
const LIGHT: Point3 = normalise([-0.45, -0.55, 0.7]);
const WIDTH = 640;
const HEIGHT = 540;
const MARGIN = 50;

function normalise([x, y, z]: Point3): Point3 {
  const n = Math.hypot(x, y, z);
  return [x / n, y / n, z / n];
}

/** Screen right, screen up, and depth (larger is farther). */
function project([x, y, z]: Point3): Point3 {
  const xr = x * Math.cos(AZIMUTH) - y * Math.sin(AZIMUTH);
  const yr = x * Math.sin(AZIMUTH) + y * Math.cos(AZIMUTH);
  return [
    xr,
    yr * Math.sin(ELEVATION) + z * Math.cos(ELEVATION),
    yr * Math.cos(ELEVATION) - z * Math.sin(ELEVATION),
  ];
}

/**
 * Figure 1 (left) as SVG: one shaded planar facet per linear region.
 * @example surfaceSvg(linearRegions(s), { labels: ['a', 'b'] })
 * @param regions the exact linear regions of F
 * @param options output component, coordinate names, title
 */
function surfaceSvg(regions: PlanarRegions, options: SurfaceOptions = {}): string {
  const component = options.component ?? 0;
  const labels = options.labels ?? ['x1', 'x2'];
  const e = regions.extent.approximate();

  // Exact heights at every corner; floats only from here on.
  const facets = regions.regions.map((r) => {
    const g = r.gradient[component]!;
    return {
      gradient: g.map((x) => x.approximate()),
      corners: r.polygon.map((p): [Rational, Rational, Rational] => [p[0]!, p[1]!, dot(g, p)]),
    };
  });
  const heights = facets.flatMap((f) => f.corners.map((c) => c[2].approximate()));
  const zMin = Math.min(0, ...heights);
  const zMax = Math.max(0, ...heights);
  const zScale = zMax > zMin ? (0.8 * e) / (zMax - zMin) : 1;
  const world = (x: number, y: number, z: number): Point3 => [x, y, (z - zMin) * zScale];

  const projected = facets.map((f) => {
    const pts = f.corners.map((c) =>
      project(world(c[0].approximate(), c[1].approximate(), c[2].approximate())),
    );
    const depth = pts.reduce((s, p) => s + p[2], 0) / pts.length;
    const meanHeight = f.corners.reduce((s, c) => s + c[2].approximate(), 0) / pts.length;
    const normal = normalise([-f.gradient[0]! * zScale, -f.gradient[1]! * zScale, 1]);
    const light =
      0.55 + 0.45 * Math.max(0, normal[0] * LIGHT[0] + normal[1] * LIGHT[1] + normal[2] * LIGHT[2]);
    const t = zMax > zMin ? (meanHeight - zMin) / (zMax - zMin) : 0.5;
    return { pts, depth, colour: shade(sequentialColour(0.15 + 0.7 * t), light) };
  });
  const floor = [
    [-e, -e],
    [e, -e],
    [e, e],
    [-e, e],
  ].map(([x, y]) => project(world(x!, y!, zMin)));

  const all = [...projected.flatMap((f) => f.pts), ...floor];
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((WIDTH - 2 * MARGIN) / (x1 - x0), (HEIGHT - 2 * MARGIN - 30) / (y1 - y0));
  const toPixel = (p: Point3): Point => [
    WIDTH / 2 + (p[0] - (x0 + x1) / 2) * scale,
    HEIGHT / 2 + 15 - (p[1] - (y0 + y1) / 2) * scale,
  ];

  const body: string[] = [];
  body.push(
    svgPolygon(floor.map(toPixel), {
      stroke: '#aaaaaa',
      strokeWidth: 1,
      dash: '4 3',
      className: 'floor',
    }),
  );
  const axisA = [world(-e, -e, zMin), world(e, -e, zMin)].map((p) => toPixel(project(p)));
  const axisB = [world(e, -e, zMin), world(e, e, zMin)].map((p) => toPixel(project(p)));
  body.push(
    svgText(
      [(axisA[0]![0] + axisA[1]![0]) / 2 - 10, (axisA[0]![1] + axisA[1]![1]) / 2 + 24],
      labels[0],
      {
        size: 15,
      },
    ),
  );
  body.push(
    svgText(
      [(axisB[0]![0] + axisB[1]![0]) / 2 + 18, (axisB[0]![1] + axisB[1]![1]) / 2 + 20],
      labels[1],
      {
        size: 15,
      },
    ),
  );
  for (const f of [...projected].sort((a, b) => b.depth - a.depth)) {
    body.push(
      svgPolygon(f.pts.map(toPixel), {
        fill: f.colour,
        stroke: '#1b1b3a',
        strokeWidth: 1.1,
        className: 'facet',
      }),
    );
  }
  const title = options.title ?? 'the graph of F, one planar facet per linear region';
  body.push(svgText([WIDTH / 2, 28], title, { size: 15, weight: 'bold' }));
  return svgDocument(WIDTH, HEIGHT, title, body);
}

export { surfaceSvg };
export type { SurfaceOptions };
