import { describe, expect, it } from 'vitest';
import { q } from '../../src/scalar/rational.ts';
import { canonicalForm } from '../../src/network/canonicalForm.ts';

const ch = (alpha: number[], beta: number[]) => ({ alpha: alpha.map((x) => q(x)), beta: beta.map((x) => q(x)) });

describe('canonicalForm', () => {
  it('gives the Figure 2 network hyperplanes x=0, y=0, y=x with kinks 1/2 and zero linear part', () => {
    const fig2 = { inputDim: 2, outputDim: 1, channels: [ch([1, 0], [1]), ch([0, -1], [1]), ch([-1, 1], [1])] };
    const cf = canonicalForm(fig2);
    expect(JSON.parse(JSON.stringify(cf))).toEqual({
      inputDim: 2,
      outputDim: 1,
      linear: [['0', '0']],
      hyperplanes: [
        { normal: ['0', '1'], kink: ['1/2'] },
        { normal: ['1', '-1'], kink: ['1/2'] },
        { normal: ['1', '0'], kink: ['1/2'] },
      ],
    });
  });
});
