import { describe, expect, it } from 'vitest';
import { q } from '../../../src/scalar/rational.ts';
import { presetGroup } from '../../../src/group/presets.ts';
import type { Network } from '../../../src/network/network.ts';
import { symmetrisationRisks } from '../../../src/lemmas/properties/lemma61Risk.ts';
import { runStatement } from '../../../src/lemmas/runSuite.ts';
import { lemma61RiskStatement } from '../../../src/lemmas/properties/lemma61Risk.ts';
import { EXAMPLE_5_1_TARGET } from '../../helpers/example51.ts';

const net = (channels: [number[], number[]][]): Network => ({
  inputDim: 2,
  outputDim: 1,
  channels: channels.map(([a, b]) => ({ alpha: a.map((x) => q(x)), beta: b.map((x) => q(x)) })),
});
const s = EXAMPLE_5_1_TARGET;

describe('lemma-6.1-risk', () => {
  it('computes the risks exactly: relu(a) against s under klein4 on the orbit of (1,0)', () => {
    // Sample (±1,0), (0,±1), where s = 1; relu(a) gives 1,0,0,0 (risk 3), and its
    // symmetrisation (|a| + |b|)/4 gives 1/4 at each point (risk 4 * (3/4)^2 = 9/4).
    const risks = symmetrisationRisks({
      target: { group: presetGroup('klein4'), network: s, kind: 'example5.1' },
      model: net([[[1, 0], [1]]]),
      points: [[q(1), q(0)]],
    });
    expect(risks && [risks.before.toString(), risks.after.toString()]).toEqual(['3', '9/4']);
  });

  it('holds at the CI seed', () => {
    const report = runStatement(lemma61RiskStatement(), { runs: 100 });
    expect(report.passed).toBe(true);
  });
});
