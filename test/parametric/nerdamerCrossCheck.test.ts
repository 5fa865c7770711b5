/**
 * Cross-check of our exact expression parser against nerdamer (an independent implementation of
 * expansion): for random expressions over declared parameters with exact p/q constants,
 * nerdamer's expanded form, read back by `parseExpression`, is the same polynomial as ours.
 * nerdamer is only an oracle here; symrelu's own algebra never depends on it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nerdamer from 'nerdamer-prime';
import { parseExpression } from '../../src/parametric/parseExpression.ts';

const PARAMETERS = ['a', 'b', 't'];

const expression: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...PARAMETERS),
    fc
      .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 4 }))
      .map(([p, q]) => `(${p}/${q})`),
    fc
      .tuple(tie('node'), fc.constantFrom('+', '-', '*'), tie('node'))
      .map(([x, op, y]) => `(${x} ${op} ${y})`),
    fc.tuple(tie('node'), fc.integer({ min: 0, max: 3 })).map(([x, e]) => `(${x})^${e}`),
  ),
})).node;

describe('parseExpression agrees with nerdamer expansion', () => {
  it('on random polynomial expressions', () => {
    nerdamer.set('TIMEOUT', 2000);
    fc.assert(
      fc.property(expression, (text) => {
        const ours = parseExpression(text, PARAMETERS, 'random');
        const theirs = nerdamer(text).expand().toString();
        expect(parseExpression(theirs, PARAMETERS, 'nerdamer').equals(ours)).toBe(true);
      }),
      { seed: 6, numRuns: 60 },
    );
  });
});
