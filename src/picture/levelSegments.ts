/**
 * # Exact level sets of a piecewise-linear function on the plane
 *
 * Defines `levelSegments(regions, component, c)`: the level set `{F = c}` inside the square, one
 * straight segment per linear region it meets, with exact endpoints. On a region F is
 * `<g, x>`, so the level set there is the line `<g, x> = c` cut by the region's convex polygon;
 * its endpoints are where that line crosses the polygon's edges. For the Example 5.1 target the
 * six segments of a level below 1 close up into a hexagon (Figure 1). `contourLevels` chooses
 * evenly spaced exact levels between the extremes of F on the square.
 */

import { Rational } from '../scalar/rational.ts';
import { dot, vectorsEqual } from '../linalg/matrix.ts';
import type { PlanarRegions } from './linearRegions.ts';

interface LevelSegment {
  readonly region: number;
  readonly from: Rational[];
  readonly to: Rational[];
}

/**
 * The exact pieces of the level set `{F_component = c}` inside the drawn square.
 * @example levelSegments(linearRegions(s), 0, q(1, 2)).length === 6 // a hexagon
 * @param regions the exact linear regions of F
 * @param component output component of F
 * @param c the level
 */
function levelSegments(regions: PlanarRegions, component: number, c: Rational): LevelSegment[] {
  const segments: LevelSegment[] = [];
  regions.regions.forEach((r, index) => {
    const g = r.gradient[component]!;
    // A region where F is constant equal to c is a level region, not a segment: not drawn.
    if (g.every((x) => x.isZero())) return;
    const points: Rational[][] = [];
    const add = (p: Rational[]): void => {
      if (!points.some((q) => vectorsEqual(p, q))) points.push(p);
    };
    const n = r.polygon.length;
    for (let i = 0; i < n; i++) {
      const p = r.polygon[i]!;
      const s = r.polygon[(i + 1) % n]!;
      const vp = dot(g, p).sub(c);
      const vs = dot(g, s).sub(c);
      if (vp.isZero()) add(p);
      if (vp.sign() * vs.sign() < 0) {
        const t = vp.div(vp.sub(vs));
        add([p[0]!.add(s[0]!.sub(p[0]!).mul(t)), p[1]!.add(s[1]!.sub(p[1]!).mul(t))]);
      }
    }
    if (points.length === 2) segments.push({ region: index, from: points[0]!, to: points[1]! });
  });
  return segments;
}

/**
 * `count - 1` evenly spaced levels strictly between 0 and the maximum of F on the square, and
 * likewise towards the minimum; both extremes are attained at polygon corners, F being linear
 * on each polygon.
 */
function contourLevels(regions: PlanarRegions, component: number, count = 8): Rational[] {
  const values = regions.regions.flatMap((r) =>
    r.polygon.map((p) => dot(r.gradient[component]!, p)),
  );
  const max = values.reduce((a, b) => (a.compare(b) >= 0 ? a : b), Rational.ZERO);
  const min = values.reduce((a, b) => (a.compare(b) <= 0 ? a : b), Rational.ZERO);
  const levels: Rational[] = [];
  for (let i = count - 1; i >= 1; i--) {
    if (min.sign() < 0) levels.push(min.mul(Rational.of(i, count)));
  }
  for (let i = 1; i < count; i++) {
    if (max.sign() > 0) levels.push(max.mul(Rational.of(i, count)));
  }
  return levels;
}

export { levelSegments, contourLevels };
export type { LevelSegment };
