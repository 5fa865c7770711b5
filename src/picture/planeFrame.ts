/**
 * # The square frame shared by the planar figures
 *
 * Defines `planeFrame(extent, box)`: the map from the square `[-e, e]^2` of the plane (first
 * coordinate to the right, second up) to a pixel box, the frame drawing (square outline,
 * axes through the origin, tick labels at `-e`, `0`, `e` and the coordinate names), the
 * boundary lines, and the key to the line styles. The contour map and the feature maps use it
 * so they line up when shown side by side and draw lines alike: every boundary hyperplane solid
 * black (`BOUNDARY_STYLE`), a coordinate axis dotted grey and only where it is not a boundary
 * hyperplane, so no boundary line is ever drawn in another style.
 */

import type { Rational } from '../scalar/rational.ts';
import { svgLine, svgPolygon, svgText, type Point, type Style } from './svg.ts';

interface PixelBox {
  readonly left: number;
  readonly top: number;
  readonly size: number;
}

interface PlaneFrame {
  /** Pixel position of an exact point of the plane. */
  readonly toPixel: (p: readonly Rational[]) => Point;
  /** Pixel position of a float point of the plane (label placement only). */
  readonly toPixelApprox: (p: Point) => Point;
  /**
   * Outline, axes and labels, drawn over the picture; an axis that is one of the `boundaries`
   * (normals of boundary lines) is left to the boundary line.
   */
  readonly decorations: (
    labels: readonly [string, string],
    boundaries?: readonly (readonly Rational[])[],
  ) => string[];
  /** The boundary lines with the given normals, solid black, clipped to the square. */
  readonly boundaryLines: (normals: readonly (readonly Rational[])[]) => string[];
  /** The key to the line styles, one row at pixel height `y`. */
  readonly legend: (y: number) => string[];
}

const BOUNDARY_STYLE: Style = { stroke: '#111111', strokeWidth: 2, className: 'boundary' };
const AXIS_STYLE: Style = { stroke: '#999999', strokeWidth: 1, dash: '1 4', className: 'axis' };

/** The boundary line through the origin with normal n, cut by the square `[-e, e]^2`. */
function boundarySegment(
  normal: readonly Rational[],
  e: number,
): [[number, number], [number, number]] {
  const [dx, dy] = [-normal[1]!.approximate(), normal[0]!.approximate()];
  const t = e / Math.max(Math.abs(dx), Math.abs(dy));
  return [
    [-dx * t, -dy * t],
    [dx * t, dy * t],
  ];
}

function planeFrame(extent: Rational, box: PixelBox): PlaneFrame {
  const e = extent.approximate();
  const toPixelApprox = ([x, y]: Point): Point => [
    box.left + ((x + e) / (2 * e)) * box.size,
    box.top + ((e - y) / (2 * e)) * box.size,
  ];
  const toPixel = (p: readonly Rational[]): Point =>
    toPixelApprox([p[0]!.approximate(), p[1]!.approximate()]);
  const decorations = (
    labels: readonly [string, string],
    boundaries: readonly (readonly Rational[])[] = [],
  ): string[] => {
    // The axis b = 0 has normal (0, 1), the axis a = 0 normal (1, 0).
    const isBoundary = (j: number): boolean =>
      boundaries.some((n) => n[j]!.sign() !== 0 && n[1 - j]!.isZero());
    const corners: Point[] = [
      [-e, -e],
      [e, -e],
      [e, e],
      [-e, e],
    ];
    const right = box.left + box.size;
    const bottom = box.top + box.size;
    const tick = extent.toString();
    return [
      ...(isBoundary(1)
        ? []
        : [svgLine(toPixelApprox([-e, 0]), toPixelApprox([e, 0]), AXIS_STYLE)]),
      ...(isBoundary(0)
        ? []
        : [svgLine(toPixelApprox([0, -e]), toPixelApprox([0, e]), AXIS_STYLE)]),
      svgPolygon(corners.map(toPixelApprox), {
        stroke: '#333333',
        strokeWidth: 1.2,
        className: 'frame',
      }),
      svgText([box.left, bottom + 18], `-${tick}`, { size: 12 }),
      svgText([right, bottom + 18], tick, { size: 12 }),
      svgText([box.left - 16, bottom + 4], `-${tick}`, { size: 12 }),
      svgText([box.left - 16, box.top + 4], tick, { size: 12 }),
      svgText([box.left + box.size / 2, bottom + 22], labels[0], { size: 15 }),
      svgText([box.left - 22, box.top + box.size / 2 + 5], labels[1], { size: 15 }),
    ];
  };
  const boundaryLines = (normals: readonly (readonly Rational[])[]): string[] =>
    normals.map((n) => {
      const [from, to] = boundarySegment(n, e);
      return svgLine(toPixelApprox(from), toPixelApprox(to), BOUNDARY_STYLE);
    });
  const legend = (y: number): string[] => {
    const x = box.left;
    return [
      svgLine([x, y - 4], [x + 28, y - 4], { ...BOUNDARY_STYLE, className: 'legend' }),
      svgText([x + 36, y], 'boundary hyperplane', { size: 12, anchor: 'start' }),
      svgLine([x + 200, y - 4], [x + 228, y - 4], { ...AXIS_STYLE, className: 'legend' }),
      svgText([x + 236, y], 'coordinate axis', { size: 12, anchor: 'start' }),
    ];
  };
  return { toPixel, toPixelApprox, decorations, boundaryLines, legend };
}

export { planeFrame, boundarySegment };
export type { PixelBox, PlaneFrame };
