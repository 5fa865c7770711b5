/**
 * # Building a width certificate
 *
 * Defines `buildCertificate(F, G)` (alias `certifyExample`): runs the least-width searches of
 * `theory/width` on a target F and a group G and writes their answers, with realisations and
 * lower-bound data, in the certificate format of `certificate.ts` (documented field by field in
 * docs/certificates.md). For Example 5.1 (`examples/figure2.json`, `klein4`) the claims are:
 * least GN width 3, least GEN width 3, least LEN width 6 (any hidden action), not in LEN_5
 * (any), least LEN width 8 (regular hidden action).
 *
 * Which claims are written:
 * - GN: `leastWidth` when the search is exact, else `widthAtMost` with the upper realisation
 *   and `notInClass` at the lower end minus one;
 * - GEN: the same numbers, when F is G-equivariant (GEN membership is a property of the
 *   function);
 * - LEN, for `any` and `regular`: `leastWidth` when exact (and for `any` also `notInClass` at
 *   width - 1, the paper's "s is not in LEN_5"), else `widthAtMost` for the upper end and
 *   `notInClass` below the lower end (orbit-count bound);
 * - nothing about GEN or LEN when F is not equivariant (then no such network computes F).
 *
 * The builder never checks its own output; `checkCertificate` does that independently.
 */

import type { Rational } from '../scalar/rational.ts';
import type { Matrix, Vector } from '../linalg/matrix.ts';
import type { MatrixGroup } from '../group/matrixGroup.ts';
import type { Network } from '../network/network.ts';
import { isEquivariant } from '../theory/equivariance/isEquivariant.ts';
import { minimalGnWidth, type GnLowerBoundData } from '../theory/width/minimalGnWidth.ts';
import {
  minimalLenWidth,
  type LayerwiseNetwork,
  type LenLowerBoundData,
} from '../theory/width/minimalLenWidth.ts';
import {
  CERTIFICATE_FORMAT,
  CERTIFICATE_VERSION,
  type Certificate,
  type Claim,
  type GnLowerBound,
  type GroupJson,
  type HiddenConvention,
  type LenLowerBound,
  type MatrixText,
  type NetworkJson,
  type Realisation,
  type VectorText,
} from './certificate.ts';

function vectorText(v: Vector): VectorText {
  return v.map((x: Rational) => x.toString());
}

function matrixText(m: Matrix): MatrixText {
  return m.map(vectorText);
}

function networkJson(net: Network): NetworkJson {
  return {
    inputDim: net.inputDim,
    outputDim: net.outputDim,
    channels: net.channels.map((c) => ({ alpha: vectorText(c.alpha), beta: vectorText(c.beta) })),
  };
}

function groupJson(group: MatrixGroup): GroupJson {
  return {
    name: group.name,
    order: group.elements.length,
    generators: group.generators.map((g) => ({
      input: matrixText(g.input),
      output: g.output === null ? null : matrixText(g.output),
    })),
  };
}

function gnLowerBound(data: GnLowerBoundData): GnLowerBound {
  return {
    method: 'gn-hyperplane-enumeration',
    hyperplanes: data.hyperplanes.map((h) => ({
      normal: vectorText(h.normal),
      kink: vectorText(h.kink),
    })),
    linearPart: matrixText(data.linear),
    choicesEnumerated: data.choicesEnumerated,
    optimalChoice: data.optimalChoice,
    optimalCost: data.optimalCost,
    reason: data.reason,
  };
}

function lenLowerBound(data: LenLowerBoundData, group: MatrixGroup): LenLowerBound {
  return {
    method: 'len-orbit-enumeration',
    hidden: data.hidden,
    hyperplaneOrbits: data.hyperplaneOrbits.map((o) => ({
      representative: vectorText(o.representative),
      lines: o.lines.map(vectorText),
      kinks: o.kinks.map(vectorText),
      channelOrbit: o.channelOrbit.map(vectorText),
      stabiliser: o.stabiliser.map((i) => matrixText(group.elements[i]!.input)),
      oppositeInOrbit: o.oppositeInOrbit,
      orbitCost: o.orbitCost,
      orbitSum: vectorText(o.orbitSum),
    })),
    linearPart: matrixText(data.linear),
    remainderCost: data.remainderCost,
    choicesEnumerated: data.choicesEnumerated,
    optimalChoice: data.optimalChoice,
    optimalCost: data.optimalCost,
    ...(data.gnWidthLowerBound === null ? {} : { gnWidthLowerBound: data.gnWidthLowerBound }),
    reason: data.reason,
  };
}

function layerwiseRealisation(len: LayerwiseNetwork): Realisation {
  return { network: networkJson(len.network), permutations: len.permutations.map((p) => [...p]) };
}

function lenClaims(target: Network, group: MatrixGroup, hidden: HiddenConvention): Claim[] {
  const result = minimalLenWidth(target, group, hidden);
  const id = `len-${hidden}`;
  const convention =
    hidden === 'any' ? 'any hidden permutation action' : 'regular hidden orbits only';
  if (!result.member) return [];
  if (!result.exact) {
    const claims: Claim[] = [
      {
        id,
        kind: 'widthAtMost',
        class: 'LEN',
        hidden,
        width: result.upper,
        statement: `a LEN of width ${result.upper} (${convention}) computes the target`,
        realisation: layerwiseRealisation(result.realisation),
      },
    ];
    if (result.lower > 0) {
      claims.push({
        id: `${id}-not-in-len-${result.lower - 1}`,
        kind: 'notInClass',
        class: 'LEN',
        hidden,
        width: result.lower - 1,
        statement: `the target is not in LEN_${result.lower - 1} (${convention})`,
        lowerBound: lenLowerBound(result.lowerBound, group),
      });
    }
    return claims;
  }
  const lowerBound = lenLowerBound(result.lowerBound, group);
  const claims: Claim[] = [
    {
      id,
      kind: 'leastWidth',
      class: 'LEN',
      hidden,
      width: result.width,
      statement: `least LEN width (${convention}) is ${result.width}`,
      realisation: layerwiseRealisation(result.realisation),
      lowerBound,
    },
  ];
  if (hidden === 'any' && result.width > 0) {
    claims.push({
      id: `not-in-len-${result.width - 1}`,
      kind: 'notInClass',
      class: 'LEN',
      hidden,
      width: result.width - 1,
      statement: `the target is not in LEN_${result.width - 1} (${convention})`,
      lowerBound,
    });
  }
  return claims;
}

/**
 * The width certificate of a target under a group: GN, GEN and LEN (any and regular) claims.
 * @example buildCertificate(figure2, presetGroup('klein4')).claims.map((c) => c.width)
 *   // [3, 3, 6, 5, 8]
 * @param target the function, as any network computing it
 * @param group G acting on the target's input (and output) space
 * @param description free text stored in the certificate
 * @throws InputError when G does not act on the target's spaces
 */
function buildCertificate(target: Network, group: MatrixGroup, description?: string): Certificate {
  const gn = minimalGnWidth(target);
  const equivariant = isEquivariant(target, group).equivariant;
  const claims: Claim[] = [];
  const classes = equivariant ? (['GN', 'GEN'] as const) : (['GN'] as const);
  for (const cls of classes) {
    const id = cls.toLowerCase();
    if (gn.exact) {
      claims.push({
        id,
        kind: 'leastWidth',
        class: cls,
        width: gn.width,
        statement: `least ${cls} width is ${gn.width}`,
        realisation: { network: networkJson(gn.realisation) },
        lowerBound: gnLowerBound(gn.lowerBound),
      });
    } else {
      claims.push({
        id,
        kind: 'widthAtMost',
        class: cls,
        width: gn.upper,
        statement: `a ${cls} network of width ${gn.upper} computes the target`,
        realisation: { network: networkJson(gn.realisation) },
      });
      claims.push({
        id: `${id}-not-in-${id}-${gn.lower - 1}`,
        kind: 'notInClass',
        class: cls,
        width: gn.lower - 1,
        statement: `the target is not in ${cls}_${gn.lower - 1}`,
        lowerBound: gnLowerBound(gn.lowerBound),
      });
    }
  }
  if (equivariant)
    claims.push(...lenClaims(target, group, 'any'), ...lenClaims(target, group, 'regular'));
  return {
    format: CERTIFICATE_FORMAT,
    version: CERTIFICATE_VERSION,
    description:
      description ??
      `least widths of the target in GN, GEN and LEN under ${group.name} (order ` +
        `${group.elements.length})` +
        (equivariant ? '' : '; the target is not equivariant, so it lies in no GEN or LEN'),
    group: groupJson(group),
    target: networkJson(target),
    claims,
  };
}

/** The same as `buildCertificate`, under the name the `prove` and `certify` commands use. */
const certifyExample = buildCertificate;

export {
  buildCertificate,
  certifyExample,
  networkJson,
  groupJson,
  gnLowerBound,
  lenLowerBound,
  layerwiseRealisation,
};
