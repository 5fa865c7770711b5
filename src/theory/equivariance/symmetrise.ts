/**
 * # Symmetrisation: from any network to a LEN (Lemma 6.1)
 *
 * Defines `symmetrise(F, G, { merge })`. For F of width m, the symmetrisation
 * `F^G(x) = (1/|G|) sum_h rho_out(h)^{-1} F(rho_in(h) x)` is the network with channels
 * `rho_in(h)^T alpha_i` and output weights `rho_out(h)^{-1} beta_i / |G|`, one unit per pair
 * (i, h), so width |G| m (MATH.md section 6, Lemma 6.1). G acts on the units by
 * `g.(i, h) = (i, h g^{-1})`, because `rho_in(g)^{-T} rho_in(h)^T alpha = rho_in(h g^{-1})^T alpha`:
 * the regular action on each block. If F is equivariant, every summand equals F, so F^G = F.
 *
 * With `merge`, units on the same open ray are merged (`relu(<c a, x>) = c relu(<a, x>)` for
 * c > 0, so their output weights add with factor c) and zero units are dropped: the refined
 * bound `sum_i |G| / |Stab(ray of alpha_i)|`. The merged channel of each ray must be chosen
 * equivariantly, or the result stops being a LEN for non-orthogonal representations (where
 * `rho_in(g)^{-T}` does not preserve primitive integer vectors): one vector v is chosen per orbit
 * of rays and the ray of `g.v` gets the channel `g.v`. This is well defined because an element
 * sending v to `c v` with c > 0 has finite order, so c = 1.
 *
 * Nothing is assumed: the result is checked to be a LEN by `isLayerwiseEquivariant` (regular
 * convention unmerged, `any` merged, since merging leaves orbits G/H), and compared with F
 * exactly; when F is equivariant, a difference would contradict Lemma 6.1 and is thrown as an
 * internal error.
 */

import { Rational } from '../../scalar/rational.ts';
import {
  inverse,
  isZeroVector,
  matVec,
  primitiveIntegerVector,
  scaleVector,
  addVectors,
  transpose,
  type Vector,
} from '../../linalg/matrix.ts';
import { act } from '../../group/action.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Channel, Network } from '../../network/network.ts';
import { functionallyEqual, type Equality } from '../../network/functionalEquality.ts';
import { assertGroupFitsNetwork } from './groupFitsNetwork.ts';
import { isEquivariant } from './isEquivariant.ts';
import { isLayerwiseEquivariant, type LayerwiseWitness } from './isLayerwiseEquivariant.ts';

interface SymmetrisationResult {
  readonly network: Network;
  readonly merged: boolean;
  /** The LEN witness of the result (regular convention unless merged). */
  readonly layerwise: LayerwiseWitness;
  readonly inputEquivariant: boolean;
  /** Whether F^G = F, with a witness point when not (possible only for non-equivariant F). */
  readonly sameFunction: Equality;
}

function rayKey(v: Vector): string {
  return primitiveIntegerVector(v).join(',');
}

function symmetrisedChannels(net: Network, group: MatrixGroup): Channel[] {
  const k = net.outputDim;
  const order = Rational.of(group.elements.length);
  const parts = group.elements.map((h) => ({
    transposed: transpose(h.input),
    outputInverse: inverse(outputMatrix(h, k))!,
  }));
  return net.channels.flatMap((c) =>
    parts.map(({ transposed, outputInverse }) => ({
      alpha: matVec(transposed, c.alpha),
      beta: scaleVector(matVec(outputInverse, c.beta), order.inv()),
    })),
  );
}

/** Merges units on one open ray into one unit whose channel is chosen equivariantly. */
function mergeRays(channels: readonly Channel[], group: MatrixGroup, k: number): Channel[] {
  const representative = new Map<string, Rational[]>();
  const weight = new Map<string, Rational[]>();
  for (const c of channels) {
    if (isZeroVector(c.alpha)) continue;
    const key = rayKey(c.alpha);
    if (!representative.has(key)) {
      for (const g of group.elements) {
        const image = act(g, c.alpha, 'contragredient');
        const imageKey = rayKey(image);
        if (!representative.has(imageKey)) {
          representative.set(imageKey, image);
          weight.set(imageKey, Array<Rational>(k).fill(Rational.ZERO));
        }
      }
    }
    const rep = representative.get(key)!;
    const j = rep.findIndex((x) => !x.isZero());
    const scale = c.alpha[j]!.div(rep[j]!);
    weight.set(key, addVectors(weight.get(key)!, scaleVector(c.beta, scale)));
  }

  const merged: Channel[] = [];
  const seen = new Set<string>();
  for (const c of channels) {
    if (isZeroVector(c.alpha)) continue;
    const key = rayKey(c.alpha);
    if (seen.has(key)) continue;
    seen.add(key);
    const beta = weight.get(key)!;
    if (!isZeroVector(beta)) merged.push({ alpha: representative.get(key)!, beta });
  }
  return merged;
}

/**
 * The symmetrisation F^G of Lemma 6.1, a LEN, optionally merged along equal rays.
 * @example symmetrise(figure2, presetGroup('klein4'), { merge: true }).network.channels.length === 6
 * @param net the network F of width m
 * @param group G acting on Q^d and (trivially or) on Q^k
 * @param options `merge`: merge units on the same open ray and drop zero units
 * @returns the network (width |G| m unmerged), its LEN witness, and whether it equals F
 * @throws InputError when G does not act on the network's input and output spaces
 */
function symmetrise(
  net: Network,
  group: MatrixGroup,
  options: { merge?: boolean } = {},
): SymmetrisationResult {
  assertGroupFitsNetwork(net, group);
  const merge = options.merge ?? false;
  const full = symmetrisedChannels(net, group);
  const channels = merge ? mergeRays(full, group, net.outputDim) : full;
  const network: Network = { inputDim: net.inputDim, outputDim: net.outputDim, channels };

  const layerwise = isLayerwiseEquivariant(network, group, merge ? 'any' : 'regular');
  if (!layerwise.layerwise) {
    throw new Error(`internal: the symmetrisation is not a LEN (${layerwise.failure.reason})`);
  }
  const inputEquivariant = isEquivariant(net, group).equivariant;
  const sameFunction = functionallyEqual(network, net);
  if (inputEquivariant && !sameFunction.equal) {
    throw new Error('internal: Lemma 6.1 fails, the symmetrisation of an equivariant F differs');
  }
  return { network, merged: merge, layerwise, inputEquivariant, sameFunction };
}

export { symmetrise };
export type { SymmetrisationResult };
