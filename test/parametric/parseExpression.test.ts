import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/parametric/parseExpression.ts';
import { parseParametricNetwork } from '../../src/parametric/parametricNetwork.ts';
import { parseJsonText } from '../../src/scalar/parseJson.ts';
import { inputErrorMessage } from '../helpers/inputErrorMessage.ts';

describe('parseExpression size guards (adversarial review: nested powers ran out of memory)', () => {
  it('refuses a nested power at the ^ that passes degree 64, before expanding it', () => {
    const start = Date.now();
    expect(inputErrorMessage(() => parseExpression('(((t+1)^64)^64)^64', ['t'], 'A[0][0]'))).toBe(
      'A[0][0]: the expression reaches degree 4096 (at most 64) at position 13 of ' +
        '"(((t+1)^64)^64)^64"',
    );
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('refuses a power that may expand to more than 10000 terms', () => {
    expect(inputErrorMessage(() => parseExpression('(a+b+c+d+e+f)^40', [...'abcdef'], 'w'))).toBe(
      'w: the expression may expand to more than 10000 terms at position 15 of "(a+b+c+d+e+f)^40"',
    );
  });

  it('still accepts degree 64 exactly', () => {
    expect(parseExpression('(t+1)^32*(t-1)^32', ['t'], 'w').totalDegree()).toBe(64);
  });
});

describe('unquoted inexact JSON numbers in a parametric file', () => {
  it('are refused with the same message as in a plain network file', () => {
    const text = '{"parameters":["t"],"A":[["t", 0.5]],"B":[[1]]}';
    expect(
      inputErrorMessage(() => parseParametricNetwork(parseJsonText(text, 'p.json'), 'p.json')),
    ).toBe(
      'p.json: A[0][1]: JSON number 0.5 is not a safe integer; quote it as a string ("0.5") so ' +
        'it is read exactly',
    );
  });
});
