/**
 * # Orbits and stabilisers of channels
 *
 * Defines `channelOrbit(G, alpha, beta)`: the orbit and stabiliser of a channel (channel vector
 * and output weight) under `g.(alpha, beta) = (rho_in(g)^{-T} alpha, rho_out(g) beta)`, the
 * action of Theorem 4.6 (MATH.md section 3; channels are oriented, so alpha and -alpha are
 * different points), and `channelOrbits(F, G)`: the orbits met by the channels of F, with how
 * many units of F sit at each point. A hidden layer is layer-wise equivariant (`any`
 * convention) iff every orbit has the same multiplicity at all its points.
 *
 * The action on pairs is computed element by element (|G| matrix-vector products per orbit):
 * orbits are small next to the group sizes symrelu accepts, and this also yields the stabiliser.
 */

import type { Rational } from '../../scalar/rational.ts';
import { matVec, type Vector } from '../../linalg/matrix.ts';
import { vectorKey } from '../../group/action.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { assertGroupFitsNetwork } from './groupFitsNetwork.ts';

interface ChannelPoint {
  readonly alpha: Rational[];
  readonly beta: Rational[];
}

interface ChannelOrbit {
  /** Distinct images, the given channel first. */
  readonly points: ChannelPoint[];
  /** Elements (indices into `group.elements`) fixing the given channel. */
  readonly stabiliser: number[];
}

interface NetworkChannelOrbit extends ChannelOrbit {
  /** For each point, the units of F sitting there (indices into its channels). */
  readonly units: number[][];
  /** The same number of units at every point of the orbit. */
  readonly balanced: boolean;
}

function pointKey(alpha: Vector, beta: Vector): string {
  return `${vectorKey(alpha)}|${vectorKey(beta)}`;
}

/**
 * Orbit and stabiliser of the channel (alpha, beta); without beta, of the channel vector alone.
 * @example channelOrbit(presetGroup('klein4'), [q(1), q(-1)]).stabiliser.length === 2
 */
function channelOrbit(group: MatrixGroup, alpha: Vector, beta?: Vector): ChannelOrbit {
  const weight = beta ?? [];
  const k = weight.length;
  const key = pointKey(alpha, weight);
  const seen = new Set<string>();
  const points: ChannelPoint[] = [];
  const stabiliser: number[] = [];
  group.elements.forEach((g, e) => {
    const image = {
      alpha: matVec(g.contragredient, alpha),
      beta: k === 0 ? [] : matVec(outputMatrix(g, k), weight),
    };
    const imageKey = pointKey(image.alpha, image.beta);
    if (imageKey === key) stabiliser.push(e);
    if (!seen.has(imageKey)) {
      seen.add(imageKey);
      points.push(image);
    }
  });
  return { points, stabiliser };
}

/**
 * The orbits of the channels of F, with the units at each point.
 * @throws InputError when G does not act on the network's input and output spaces
 */
function channelOrbits(net: Network, group: MatrixGroup): NetworkChannelOrbit[] {
  assertGroupFitsNetwork(net, group);
  const unitsAt = new Map<string, number[]>();
  net.channels.forEach((c, i) => {
    const key = pointKey(c.alpha, c.beta);
    unitsAt.set(key, [...(unitsAt.get(key) ?? []), i]);
  });
  const covered = new Set<string>();
  const result: NetworkChannelOrbit[] = [];
  for (const c of net.channels) {
    if (covered.has(pointKey(c.alpha, c.beta))) continue;
    const o = channelOrbit(group, c.alpha, c.beta);
    const units = o.points.map((p) => {
      const key = pointKey(p.alpha, p.beta);
      covered.add(key);
      return unitsAt.get(key) ?? [];
    });
    const balanced = units.every((u) => u.length === units[0]!.length);
    result.push({ ...o, units, balanced });
  }
  return result;
}

export { channelOrbit, channelOrbits };
export type { ChannelPoint, ChannelOrbit, NetworkChannelOrbit };
