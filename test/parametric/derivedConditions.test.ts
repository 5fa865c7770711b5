/**
 * What `symrelu derive` must get right: the family relu(a) + relu(-b) + relu(t(b - a)) under
 * the Klein four group is invariant exactly for t = 1, has the boundary hyperplane a = b exactly
 * for t != 0, and is never a LEN; and the general LEN layer has the parameter counts of MATH.md
 * section 7.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { q } from '../../src/scalar/rational.ts';
import { presetGroup } from '../../src/group/presets.ts';
import {
  parseParametricNetwork,
  parametricNetworkToJson,
  substituteParameters,
} from '../../src/parametric/parametricNetwork.ts';
import {
  parametricCanonicalForm,
  evaluateForm,
} from '../../src/parametric/parametricCanonicalForm.ts';
import {
  boundaryHyperplaneConditions,
  equivarianceConditions,
  layerwiseEquivarianceConditions,
} from '../../src/parametric/derivedConditions.ts';
import { describeCase } from '../../src/parametric/parameterCase.ts';
import {
  deriveParametric,
  equivarianceWitness,
  lenWitness,
} from '../../src/parametric/derivation.ts';
import {
  generalLenLayer,
  parseOrbitTypes,
  fixedDimension,
} from '../../src/parametric/generalLayer.ts';
import { canonicalForm, canonicalFormsEqual } from '../../src/network/canonicalForm.ts';
import { Rational } from '../../src/scalar/rational.ts';
import { parseGroup } from '../../src/group/parseGroup.ts';

const family = parseParametricNetwork(
  JSON.parse(readFileSync('examples/parametric/figure2-family.json', 'utf8')),
  'figure2-family.json',
);
const klein4 = presetGroup('klein4');

describe('the Example 5.1 family relu(a) + relu(-b) + relu(t(b - a))', () => {
  it('splits into t > 0, t < 0, t = 0 with the exact canonical forms', () => {
    const split = parametricCanonicalForm(family);
    expect(split.map((x) => describeCase(x.case))).toEqual(['t > 0', 't < 0', 't = 0']);
    const text = split.map((x) =>
      x.form.lines.map((l) => `${l.kink.join(',')}|${l.normal.join(',')}`).join(' '),
    );
    // Terms in canonicalForm's order of the primitive normals: (0, 1), (1, -1), (1, 0).
    expect(text).toEqual([
      '1/2|0,1 1/2*t|1,-1 1/2|1,0',
      '1/2|0,1 -1/2*t|1,-1 1/2|1,0',
      '1/2|0,1 1/2|1,0',
    ]);
    const atTwo = canonicalForm(substituteParameters(family, new Map([['t', q(2)]])));
    expect(split[0]!.form.lines.map((l) => l.normal.join(','))).toEqual(
      atTwo.hyperplanes.map((h) => h.normal.join(',')),
    );
    expect(split[0]!.form.linear[0]!.map(String)).toEqual(['-1/2*t + 1/2', '1/2*t - 1/2']);
    for (const t of [q(3), q(-2, 7), q(0)]) {
      const point = new Map([['t', t]]);
      const cell = split.find(
        (x) => describeCase(x.case) === (t.sign() > 0 ? 't > 0' : t.sign() < 0 ? 't < 0' : 't = 0'),
      )!;
      const expected = canonicalForm(substituteParameters(family, point));
      expect(canonicalFormsEqual(evaluateForm(cell.form, point), expected)).toBe(true);
    }
  });

  it('has the boundary hyperplane a = b exactly when t != 0 (Theorem 4.2)', () => {
    const h = boundaryHyperplaneConditions(family, [q(1), q(-1)]);
    expect(h.boundary.map(describeCase)).toEqual(['t != 0']);
    expect(h.notBoundary.map(describeCase)).toEqual(['t = 0']);
  });

  it('is Klein-four invariant exactly for t = 1, with a witness elsewhere', () => {
    expect(equivarianceConditions(family, klein4).map(describeCase)).toEqual(['t = 1']);
    const at2 = equivarianceWitness(substituteParameters(family, new Map([['t', q(2)]])), klein4);
    expect(at2.equivariant).toBe(false);
    expect(
      equivarianceWitness(substituteParameters(family, new Map([['t', q(1)]])), klein4),
    ).toEqual({ equivariant: true });
  });

  it('is never a LEN, for any t', () => {
    const len = layerwiseEquivarianceConditions(family, klein4);
    expect(len).toEqual({ cases: [], complete: true });
    const at1 = lenWitness(substituteParameters(family, new Map([['t', q(1)]])), klein4);
    expect(at1).toEqual({ len: false, generator: 0, channel: 0 });
  });

  it('derives all of it in one call', () => {
    const d = deriveParametric(family, klein4);
    expect(d.equivariant!.map(describeCase)).toEqual(['t = 1']);
    expect(d.len!.condition).toEqual([]);
    const ab = d.hyperplanes.find((h) => h.normal.join(',') === '1,-1')!;
    expect(ab.boundary.map(describeCase)).toEqual(['t != 0']);
    expect(d.cases.every((c) => c.sample !== null)).toBe(true);
  });
});

describe('the general LEN layer', () => {
  it('has 5 parameters for Klein four with one free orbit and one orbit G/{I, -P}', () => {
    // Element 3 of klein4 is -P (elements: I, P, -I, -P).
    expect(klein4.elements[3]!.input.map((r) => r.map(String))).toEqual([
      ['0', '-1'],
      ['-1', '0'],
    ]);
    const orbits = parseOrbitTypes('G/1,G/<3>', klein4, '--hidden');
    const layer = generalLenLayer(klein4, orbits, 1);
    expect(layer.network.parameters).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(layer.network.channels).toHaveLength(6);

    // MATH.md section 7: sum over orbits of dim Fix_H(rho_in^*) + dim Fix_H(rho_out).
    const formula = orbits.reduce(
      (s, o) =>
        s
          .add(fixedDimension(klein4, o.subgroup, 'dual', 1))
          .add(fixedDimension(klein4, o.subgroup, 'output', 1)),
      Rational.ZERO,
    );
    expect(formula.toString()).toBe('5');
  });

  it('gives d + k parameters per regular orbit and round-trips through the file format', () => {
    const layer = generalLenLayer(klein4, parseOrbitTypes('2*free', klein4, '--hidden'), 1);
    expect(layer.network.parameters).toHaveLength(6);
    const back = parseParametricNetwork(parametricNetworkToJson(layer.network), 'layer.json');
    expect(back.channels.map((c) => c.alpha.join(','))).toEqual(
      layer.network.channels.map((c) => c.alpha.join(',')),
    );
  });

  it('is a LEN and invariant for every parameter value', () => {
    const layer = generalLenLayer(klein4, parseOrbitTypes('G/1,G/<3>', klein4, '--hidden'), 1);
    const len = layerwiseEquivarianceConditions(layer.network, klein4);
    expect(len.complete).toBe(true);
    expect(len.cases.map((x) => describeCase(x.case))).toEqual(['all parameter values']);
    expect(len.cases[0]!.permutations).toEqual(layer.permutations);
  });

  it('refuses unknown orbit syntax and element indices out of range', () => {
    expect(() => parseOrbitTypes('G/H', klein4, '--hidden')).toThrow(
      /--hidden item 1 \("G\/H"\): expected free/,
    );
    expect(() => parseOrbitTypes('free,G/<7>', klein4, '--hidden')).toThrow(
      /element index "7" is not in 0..3/,
    );
  });
});

describe('vector outputs with a group acting on them', () => {
  const swapBoth = parseGroup(
    {
      name: 'swap-both',
      generators: [
        {
          input: [
            [0, 1],
            [1, 0],
          ],
          output: [
            [0, 1],
            [1, 0],
          ],
        },
      ],
    },
    'swap-both',
  );
  const net = parseParametricNetwork(
    {
      parameters: ['s', 't'],
      inputDim: 2,
      outputDim: 2,
      channels: [
        { alpha: [1, 0], beta: [1, 's'] },
        { alpha: [0, 1], beta: ['t', 1] },
      ],
    },
    'eq2',
  );

  it('is equivariant and a LEN exactly when s = t', () => {
    expect(equivarianceConditions(net, swapBoth).map(describeCase)).toEqual(['s = t']);
    const len = layerwiseEquivarianceConditions(net, swapBoth);
    expect(len.cases.map((x) => [describeCase(x.case), x.permutations])).toEqual([
      ['s = t', [[1, 0]]],
    ]);
  });

  it('has d + k parameters for a regular orbit', () => {
    const layer = generalLenLayer(swapBoth, parseOrbitTypes('free', swapBoth, '--hidden'), 2);
    expect(layer.network.parameters).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(() =>
      generalLenLayer(swapBoth, parseOrbitTypes('free', swapBoth, '--hidden'), 1),
    ).toThrow('--outputs: the group acts on Q^2; got 1');
  });
});
