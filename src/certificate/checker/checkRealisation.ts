/**
 * # Checking a realisation
 *
 * Checks a claimed realisation: exact width, the target's canonical form, and for LEN claims
 * hidden permutations that satisfy the layer equations and extend to a homomorphism of G
 * (regular orbits of |G| units under the `regular` convention).
 * Part of the independent checker (`../checkCertificate.ts`): imports no search code.
 */

import { expectObject } from '../../scalar/parseJson.ts';
import { identity, matMul, matVec, vectorsEqual, type Matrix } from '../../linalg/matrix.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import {
  canonicalForm,
  canonicalFormsEqual,
  type CanonicalForm,
} from '../../network/canonicalForm.ts';
import { parseNetwork } from '../../network/parseNetwork.ts';
import type { Network } from '../../network/network.ts';
import { fail, matrixKey, showValue } from './checkerBasics.ts';

function checkPermutations(
  net: Network,
  group: MatrixGroup,
  value: unknown,
  hidden: 'any' | 'regular',
): void {
  const m = net.channels.length;
  if (!Array.isArray(value) || value.length !== group.generators.length) {
    fail(
      `realisation.permutations: expected one permutation per generator ` +
        `(${group.generators.length})`,
    );
  }
  const perms = value.map((p, gi) => {
    if (!Array.isArray(p) || p.length !== m)
      fail(`realisation.permutations[${gi}]: expected ${m} entries`);
    const seen = new Set<number>();
    p.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0 || x >= m || seen.has(x)) {
        fail(
          `realisation.permutations[${gi}][${i}]: ${showValue(x)} makes this not a ` +
            `permutation of 0..${m - 1}`,
        );
      }
      seen.add(x);
    });
    return p as number[];
  });

  group.generators.forEach((g, gi) => {
    const out = g.output ?? identity(net.outputDim);
    net.channels.forEach((c, i) => {
      const image = net.channels[perms[gi]![i]!]!;
      if (!vectorsEqual(image.alpha, matVec(g.contragredient, c.alpha))) {
        fail(
          `realisation.permutations[${gi}][${i}]: unit ${perms[gi]![i]} does not carry ` +
            `rho_in(g)^{-T} alpha_${i}`,
        );
      }
      if (!vectorsEqual(image.beta, matVec(out, c.beta))) {
        fail(
          `realisation.permutations[${gi}][${i}]: unit ${perms[gi]![i]} does not carry ` +
            `rho_out(g) beta_${i}`,
        );
      }
    });
  });

  // The pairs (g, P_g) must close to a group in which each g has a single permutation.
  const k = group.outputDim;
  const keyOf = (input: Matrix, output: Matrix | null) =>
    `${matrixKey(input)}|${output === null ? '' : matrixKey(output)}`;
  const start = {
    input: identity(group.inputDim) as Matrix,
    output: (k === null ? null : identity(k)) as Matrix | null,
    perm: Array.from({ length: m }, (_, i) => i),
  };
  const permOf = new Map<string, number[]>([[keyOf(start.input, start.output), start.perm]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const cur = queue[head]!;
    group.generators.forEach((g, gi) => {
      const input = matMul(g.input, cur.input);
      const output = k === null ? null : matMul(g.output ?? identity(k), cur.output!);
      const perm = cur.perm.map((x) => perms[gi]![x]!);
      const key = keyOf(input, output);
      const prior = permOf.get(key);
      if (prior) {
        if (prior.some((x, i) => x !== perm[i]))
          fail(
            'realisation.permutations: do not define a representation of G (one element gets two ' +
              'permutations)',
          );
        return;
      }
      permOf.set(key, perm);
      queue.push({ input, output, perm });
    });
  }
  if (hidden === 'regular') {
    for (let i = 0; i < m; i++) {
      const images = new Set([...permOf.values()].map((p) => p[i]!));
      if (images.size !== group.elements.length)
        fail(
          `realisation: hidden unit ${i} lies in an orbit of ${images.size} units, not a regular ` +
            `orbit of ${group.elements.length}`,
        );
    }
  }
}

function checkRealisation(
  value: unknown,
  target: Network,
  targetForm: CanonicalForm,
  group: MatrixGroup,
  cls: string,
  width: number,
  hidden: 'any' | 'regular' | null,
): void {
  const obj = expectObject(value, 'realisation');
  const net = parseNetwork(obj.network, 'realisation.network');
  if (net.channels.length !== width)
    fail(`realisation has width ${net.channels.length}, not the claimed ${width}`);
  if (net.inputDim !== target.inputDim || net.outputDim !== target.outputDim)
    fail('realisation has a different shape from the target');
  if (!canonicalFormsEqual(canonicalForm(net), targetForm))
    fail('realisation does not compute the target (canonical forms differ)');
  if (cls === 'LEN') checkPermutations(net, group, obj.permutations, hidden!);
}

export { checkRealisation };
