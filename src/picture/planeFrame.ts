/**
 * # The square frame shared by the planar figures
 *
 * Defines `planeFrame(extent, box)`: the map from the square `[-e, e]^2` of the plane (first
 * coordinate to the right, second up) to a pixel box, and the frame drawing (square outline,
 * axes through the origin, tick labels at `-e`, `0`, `e` and the coordinate names). The contour
 * map and the feature maps use it so they line up when shown side by side.
 */

import type { Rational } from '../scalar/rational.ts';
import { svgLine, svgPolygon, svgText, type Point } from './svg.ts';

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
  /** Outline, axes and labels, drawn over the picture. */
  readonly decorations: (labels: readonly [string, string]) => string[];
}

function planeFrame(extent: Rational, box: PixelBox): PlaneFrame {
  const e = extent.approximate();
  const toPixelApprox = ([x, y]: Point): Point => [
    box.left + ((x + e) / (2 * e)) * box.size,
    box.top + ((e - y) / (2 * e)) * box.size,
  ];
  const toPixel = (p: readonly Rational[]): Point =>
    toPixelApprox([p[0]!.approximate(), p[1]!.approximate()]);
  const decorations = (labels: readonly [string, string]): string[] => {
    const corners: Point[] = [
      [-e, -e],
      [e, -e],
      [e, e],
      [-e, e],
    ];
    const grey = { stroke: '#999999', strokeWidth: 0.8, dash: '3 3', className: 'axis' };
    const right = box.left + box.size;
    const bottom = box.top + box.size;
    const tick = extent.toString();
    return [
      svgLine(toPixelApprox([-e, 0]), toPixelApprox([e, 0]), grey),
      svgLine(toPixelApprox([0, -e]), toPixelApprox([0, e]), grey),
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
  return { toPixel, toPixelApprox, decorations };
}

export { planeFrame };
export type { PixelBox, PlaneFrame };
