/**
 * # Orbits of boundary hyperplanes and transport of kinks (Theorem 4.3)
 *
 * Defines `hyperplaneOrbits(F, G)`: the G-orbits of the boundary hyperplanes of F under
 * `g.M = rho_in(g) M` (normal `rho_in(g)^{-T} n`, the contragredient action; hyperplanes are
 * unoriented, so normals are taken up to sign), each hyperplane's stabiliser, whether the set
 * of boundary hyperplanes is G-symmetric, and whether the kinks are transported consistently.
 *
 * Kink transport, derived: write `F(x) = W x + sum_l c_l |<n_l, x>|` and let g act, with
 * `R = rho_in(g)`, `S = rho_out(g)`. For a boundary hyperplane n put `n' = lineNormal(R^{-T} n)
 * = mu R^{-T} n` (mu a nonzero rational). Then `R^T n' = mu n`, so the term of n' in `F(R x)`
 * is `c_{n'} |<n', R x>| = c_{n'} |mu| |<n, x>|`, while `S F(x)` has `S c_n |<n, x>|`. By
 * uniqueness of the canonical form, F is equivariant iff `W R = S W` and, for every g and n,
 * n' is a boundary hyperplane with
 *
 *     c_{n'} = S c_n / |mu|.
 *
 * (For g in the stabiliser of n, mu = +-1 because g has finite order, so `c_n = S c_n`.) The
 * report checks this for every element and names the first element and hyperplane that break
 * it, so for a non-equivariant F it says which orbit breaks, and why (a missing image or a
 * wrong kink); `linearEquivariant` covers the remaining condition `W R = S W`.
 */

import type { Rational } from '../../scalar/rational.ts';
import {
  matMul,
  matVec,
  matricesEqual,
  scaleVector,
  vectorsEqual,
  type Vector,
} from '../../linalg/matrix.ts';
import { lineNormal, lineOrbit, vectorKey } from '../../group/action.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { canonicalForm } from '../../network/canonicalForm.ts';
import { assertGroupFitsNetwork } from './groupFitsNetwork.ts';

interface HyperplaneOrbitMember {
  /** Primitive integer normal, first nonzero entry positive. */
  readonly normal: Rational[];
  /** Elements (indices into `group.elements`) mapping this hyperplane to itself. */
  readonly stabiliser: number[];
  /** Its kink when it is a boundary hyperplane of F, else null. */
  readonly kink: Rational[] | null;
}

/** The first place where kinks are not transported: `c_to` should be `expectedKink`. */
interface KinkTransportBreak {
  readonly element: number;
  readonly from: Rational[];
  readonly to: Rational[];
  readonly expectedKink: Rational[];
  /** null when `to` is not a boundary hyperplane at all. */
  readonly actualKink: Rational[] | null;
}

interface HyperplaneOrbit {
  readonly members: HyperplaneOrbitMember[];
  /** Every member is a boundary hyperplane. */
  readonly symmetric: boolean;
  readonly consistent: boolean;
  readonly break: KinkTransportBreak | null;
}

interface HyperplaneOrbitReport {
  readonly orbits: HyperplaneOrbit[];
  /** The set of boundary hyperplanes is a union of G-orbits. */
  readonly symmetric: boolean;
  /** Every kink is transported by `c_{n'} = rho_out(g) c_n / |mu|`. */
  readonly consistent: boolean;
  /** `W rho_in(g) = rho_out(g) W` for every generator. */
  readonly linearEquivariant: boolean;
}

function firstRatio(target: Vector, source: Vector): Rational {
  const j = source.findIndex((x) => !x.isZero());
  return target[j]!.div(source[j]!);
}

/**
 * The hyperplane orbits of F under G, with stabilisers and the kink-transport check.
 * @example hyperplaneOrbits(figure2, presetGroup('klein4')).orbits.length === 2
 * @throws InputError when G does not act on the network's input and output spaces
 */
function hyperplaneOrbits(net: Network, group: MatrixGroup): HyperplaneOrbitReport {
  assertGroupFitsNetwork(net, group);
  const k = net.outputDim;
  const cf = canonicalForm(net);
  const kinkOf = new Map(cf.hyperplanes.map((h) => [vectorKey(h.normal), h.kink]));
  const covered = new Set<string>();
  const orbits: HyperplaneOrbit[] = [];

  for (const h of cf.hyperplanes) {
    if (covered.has(vectorKey(h.normal))) continue;
    const points = lineOrbit(group, h.normal, 'contragredient').points;
    points.forEach((p) => covered.add(vectorKey(p)));
    const members = points.map((normal) => ({
      normal,
      stabiliser: lineOrbit(group, normal, 'contragredient').stabiliser,
      kink: kinkOf.get(vectorKey(normal)) ?? null,
    }));
    const brk = firstTransportBreak(members, group, k, kinkOf);
    orbits.push({
      members,
      symmetric: members.every((m) => m.kink !== null),
      consistent: brk === null,
      break: brk,
    });
  }

  const linearEquivariant = group.generators.every((g) =>
    matricesEqual(matMul(cf.linear, g.input), matMul(outputMatrix(g, k), cf.linear)),
  );
  return {
    orbits,
    symmetric: orbits.every((o) => o.symmetric),
    consistent: orbits.every((o) => o.consistent),
    linearEquivariant,
  };
}

function firstTransportBreak(
  members: readonly HyperplaneOrbitMember[],
  group: MatrixGroup,
  k: number,
  kinkOf: ReadonlyMap<string, Rational[]>,
): KinkTransportBreak | null {
  for (const m of members) {
    if (m.kink === null) continue;
    for (let e = 0; e < group.elements.length; e++) {
      const g = group.elements[e]!;
      const moved = matVec(g.contragredient, m.normal);
      const to = lineNormal(moved);
      const mu = firstRatio(to, moved);
      const expectedKink = scaleVector(matVec(outputMatrix(g, k), m.kink), mu.abs().inv());
      const actualKink = kinkOf.get(vectorKey(to)) ?? null;
      if (actualKink === null || !vectorsEqual(actualKink, expectedKink)) {
        return { element: e, from: m.normal, to, expectedKink, actualKink };
      }
    }
  }
  return null;
}

export { hyperplaneOrbits };
export type { HyperplaneOrbitReport, HyperplaneOrbit, HyperplaneOrbitMember, KinkTransportBreak };
