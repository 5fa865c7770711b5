/**
 * # Exact linear regions of a network on the plane
 *
 * Defines `linearRegions(F)` for a network with input dimension 2: the sectors into which the
 * boundary lines (Definition 4.1, through the origin since there are no biases) cut the plane,
 * each with an interior rational point, the sign of every boundary normal on it, the gradient
 * of F there, and the sector clipped to the square `[-e, e]^2` as an exact convex polygon.
 *
 * Figures 1 and 2 are drawn from these regions rather than from samples, so every edge, corner
 * and level segment in a picture sits where the mathematics puts it. The gradient is the
 * feature function `Phi_F` (Figure 2) at an interior point that avoids every channel line,
 * including the lines of cancelling channels, because `Phi_F` counts a channel as inactive on
 * its own line. Directions are ordered by angle exactly (half-plane, then cross product), and
 * polygons are clipped exactly, so no float enters until a picture is drawn.
 */

import { Rational } from '../scalar/rational.ts';
import { InputError } from '../scalar/parseRational.ts';
import { dot, type Vector } from '../linalg/matrix.ts';
import { canonicalForm, type BoundaryHyperplane } from '../network/canonicalForm.ts';
import { featureFunction } from '../network/evaluate.ts';
import type { Network } from '../network/network.ts';

interface LinearRegion {
  /** A rational point in the open sector, off every channel line. */
  readonly interior: Rational[];
  /** The sector's bounding rays, counter-clockwise; null when there is no boundary line. */
  readonly rays: readonly [Rational[], Rational[]] | null;
  /** Sign (+1 or -1) of `<n_l, x>` on the sector, one per boundary hyperplane. */
  readonly signs: number[];
  /** The Jacobian of F on the sector (k x 2), `Phi_F` at the interior point. */
  readonly gradient: Rational[][];
  /** The sector intersected with the square `[-e, e]^2`, counter-clockwise, exact vertices. */
  readonly polygon: Rational[][];
}

interface PlanarRegions {
  readonly hyperplanes: BoundaryHyperplane[];
  readonly extent: Rational;
  /** Sectors in counter-clockwise order, starting at the first ray after angle 0. */
  readonly regions: LinearRegion[];
}

function cross(u: Vector, v: Vector): Rational {
  return u[0]!.mul(v[1]!).sub(u[1]!.mul(v[0]!));
}

/** 0 for angles in [0, pi), 1 for [pi, 2 pi). */
function halfPlane(v: Vector): number {
  const y = v[1]!.sign();
  return y > 0 || (y === 0 && v[0]!.sign() > 0) ? 0 : 1;
}

function compareByAngle(u: Vector, v: Vector): number {
  const h = halfPlane(u) - halfPlane(v);
  if (h !== 0) return h;
  return -cross(u, v).sign();
}

function rotateQuarter(v: Vector): Rational[] {
  return [v[1]!.neg(), v[0]!];
}

function scaledSum(u: Vector, v: Vector, t: Rational): Rational[] {
  return [u[0]!.add(v[0]!.mul(t)), u[1]!.add(v[1]!.mul(t))];
}

/**
 * A point of the open sector from `from` counter-clockwise to `to` that lies on no channel
 * line: of the m + 1 candidates `base + t step`, each nonzero channel vector vanishes on at most
 * one, because `base` and `step` are linearly independent.
 */
function genericInteriorPoint(net: Network, from: Vector, to: Vector | null): Rational[] {
  const [base, step] =
    to !== null && cross(from, to).sign() > 0 ? [from, to] : [rotateQuarter(from), from];
  const alphas = net.channels.map((c) => c.alpha).filter((a) => a.some((x) => !x.isZero()));
  for (let t = 1; t <= alphas.length + 1; t++) {
    const x = scaledSum(base, step, Rational.of(t));
    if (alphas.every((a) => !dot(a, x).isZero())) return x;
  }
  throw new Error('unreachable: m + 1 candidates cannot all lie on m lines');
}

/** Sutherland-Hodgman against the closed half-plane `<n, x> >= 0`, exactly. */
function clipToHalfPlane(polygon: Rational[][], n: Vector): Rational[][] {
  const out: Rational[][] = [];
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i]!;
    const r = polygon[(i + 1) % polygon.length]!;
    const vp = dot(n, p);
    const vr = dot(n, r);
    if (vp.sign() >= 0) out.push(p);
    if (vp.sign() * vr.sign() < 0) {
      const t = vp.div(vp.sub(vr));
      out.push([p[0]!.add(r[0]!.sub(p[0]!).mul(t)), p[1]!.add(r[1]!.sub(p[1]!).mul(t))]);
    }
  }
  return out.filter((p, i) => {
    const next = out[(i + 1) % out.length]!;
    return out.length === 1 || !(p[0]!.equals(next[0]!) && p[1]!.equals(next[1]!));
  });
}

function square(e: Rational): Rational[][] {
  const m = e.neg();
  return [
    [e, m],
    [e, e],
    [m, e],
    [m, m],
  ];
}

/**
 * The linear regions of a network on Q^2, clipped to `[-extent, extent]^2`.
 * @example linearRegions(s).regions.length === 6 for Example 5.1's s(a, b)
 * @param net a network with input dimension 2
 * @param extent half the side of the square the polygons are clipped to (positive)
 */
function linearRegions(net: Network, extent: Rational = Rational.ONE): PlanarRegions {
  if (net.inputDim !== 2) {
    throw new InputError(
      'network.inputDim',
      `pictures need input dimension 2, got ${net.inputDim}`,
    );
  }
  if (extent.sign() <= 0) throw new InputError('extent', 'must be positive');
  const hyperplanes = canonicalForm(net).hyperplanes;
  const rays = hyperplanes
    .flatMap((h) => {
      const d = rotateQuarter(h.normal);
      return [d, d.map((x) => x.neg())];
    })
    .sort(compareByAngle);

  const sectors: [Rational[], Rational[] | null][] =
    rays.length === 0
      ? [[[Rational.ONE, Rational.ZERO], null]]
      : rays.map((r, i) => [r, rays[(i + 1) % rays.length]!]);
  const regions = sectors.map(([from, to]) => {
    const interior = genericInteriorPoint(net, from, to);
    const signs = hyperplanes.map((h) => dot(h.normal, interior).sign());
    let polygon = square(extent);
    hyperplanes.forEach((h, l) => {
      polygon = clipToHalfPlane(
        polygon,
        h.normal.map((x) => x.mul(Rational.of(signs[l]!))),
      );
    });
    const gradient = featureFunction(net, interior);
    return { interior, rays: to === null ? null : ([from, to] as const), signs, gradient, polygon };
  });
  return { hyperplanes, extent, regions };
}

export { linearRegions, compareByAngle };
export type { LinearRegion, PlanarRegions };
