import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { presetGroup } from '../../src/group/presets.ts';
import { generateGroup } from '../../src/group/matrixGroup.ts';
import { q } from '../../src/scalar/rational.ts';
import { InputError } from '../../src/scalar/parseRational.ts';
import { buildCertificate } from '../../src/certificate/buildCertificate.ts';
import { checkCertificate } from '../../src/certificate/checkCertificate.ts';
import { parseJsonText } from '../../src/scalar/parseJson.ts';
import fc from 'fast-check';
import {
  C3_IN_AND_OUT,
  C3_INTERVAL_TARGET,
  FIGURE2,
  net,
  randomLen,
  trivial,
} from '../theory/width/fixtures.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const EXAMPLE: Json = JSON.parse(JSON.stringify(buildCertificate(FIGURE2, presetGroup('klein4'))));

function tampered(edit: (c: Json) => void): Json {
  const copy = structuredClone(EXAMPLE);
  edit(copy);
  return copy;
}

function claimOf(c: Json, id: string): Json {
  return c.claims.find((x: Json) => x.id === id);
}

/** The verdict must be invalid, and the claim `id` must fail with a message naming it. */
function expectRejected(cert: Json, id: string, fragment: string | RegExp): void {
  const verdict = checkCertificate(cert);
  expect(verdict.valid).toBe(false);
  const claim = verdict.claims.find((v) => v.id === id)!;
  expect(claim.valid).toBe(false);
  expect(claim.messages[0]).toContain(`claim "${id}"`);
  expect(claim.messages[0]).toMatch(fragment);
}

describe('checkCertificate on Example 5.1', () => {
  it(
    'accepts the built certificate: GN 3, GEN 3, LEN 6 (any), not in LEN_5, LEN 8 ' + '(regular)',
    () => {
      expect(EXAMPLE.format).toBe('symrelu-certificate');
      expect(EXAMPLE.version).toBe(1);
      expect(EXAMPLE.group.order).toBe(4);
      expect(EXAMPLE.claims.map((c: Json) => [c.id, c.kind, c.width])).toEqual([
        ['gn', 'leastWidth', 3],
        ['gen', 'leastWidth', 3],
        ['len-any', 'leastWidth', 6],
        ['not-in-len-5', 'notInClass', 5],
        ['len-regular', 'leastWidth', 8],
      ]);
      const verdict = checkCertificate(EXAMPLE);
      expect(verdict.problems).toEqual([]);
      expect(verdict.claims.map((c) => c.valid)).toEqual([true, true, true, true, true]);
      expect(verdict.valid).toBe(true);
    },
  );

  it('writes every scalar as a string', () => {
    const text = JSON.stringify(EXAMPLE.claims[2].realisation.network);
    expect(text).toContain('"1/2"');
    expect(EXAMPLE.target.channels[0].alpha).toEqual(['1', '0']);
  });

  it('rejects a changed kink in the GN lower bound', () => {
    expectRejected(
      tampered((c) => (claimOf(c, 'gn').lowerBound.hyperplanes[0].kink[0] = '1')),
      'gn',
      /kink/,
    );
  });

  it('rejects a changed kink in the LEN orbit data', () => {
    expectRejected(
      tampered((c) => (claimOf(c, 'len-any').lowerBound.hyperplaneOrbits[0].kinks[1][0] = '1')),
      'len-any',
      /kinks/,
    );
  });

  it(
    'rejects a permutation entry that breaks the permutation, and one that swaps two ' + 'units',
    () => {
      expectRejected(
        tampered((c) => (claimOf(c, 'len-regular').realisation.permutations[1][0] = 3)),
        'len-regular',
        /not a permutation/,
      );
      expectRejected(
        tampered((c) => {
          const p = claimOf(c, 'len-any').realisation.permutations[0];
          [p[0], p[1]] = [p[1], p[0]];
        }),
        'len-any',
        /does not carry/,
      );
    },
  );

  it('rejects a lowered width, a raised notInClass width and an inflated LEN width', () => {
    expectRejected(
      tampered((c) => (claimOf(c, 'gn').width = 2)),
      'gn',
      /width 3, not the claimed 2/,
    );
    expectRejected(
      tampered((c) => (claimOf(c, 'not-in-len-5').width = 6)),
      'not-in-len-5',
      /costs 6 < 7/,
    );
    expectRejected(
      tampered((c) => (claimOf(c, 'len-regular').width = 9)),
      'len-regular',
      /width 8, not the claimed 9/,
    );
  });

  it('rejects a flipped sign in a realisation and in the optimal choice', () => {
    expectRejected(
      tampered((c) => (claimOf(c, 'gen').realisation.network.channels[0].alpha[1] = '1')),
      'gen',
      /does not compute the target/,
    );
    expectRejected(
      tampered((c) => (claimOf(c, 'gn').lowerBound.optimalChoice[0] = '+')),
      'gn',
      /optimalCost|optimal choice/,
    );
  });

  it('rejects a changed choice count and a changed remainder cost', () => {
    expectRejected(
      tampered((c) => (claimOf(c, 'len-any').lowerBound.choicesEnumerated = 3)),
      'len-any',
      /choicesEnumerated/,
    );
    expectRejected(
      tampered((c) => (claimOf(c, 'len-regular').lowerBound.remainderCost = 2)),
      'len-regular',
      /remainderCost/,
    );
  });

  it('rejects a changed target: every realisation then fails', () => {
    const verdict = checkCertificate(tampered((c) => (c.target.channels[0].beta[0] = '2')));
    expect(verdict.valid).toBe(false);
    expect(verdict.claims.filter((v) => !v.valid).map((v) => v.id)).toContain('gn');
  });

  it('rejects a changed group generator, naming the group order or the failing claim', () => {
    const identity = [
      ['1', '0'],
      ['0', '1'],
    ];
    const wrongOrder = checkCertificate(tampered((c) => (c.group.generators[0].input = identity)));
    expect(wrongOrder.valid).toBe(false);
    expect(wrongOrder.problems[0]).toMatch(/group.order says 4.*order 2/);
    const consistent = tampered((c) => {
      c.group.generators[0].input = identity;
      c.group.order = 2;
    });
    expectRejected(consistent, 'len-any', /permutations/);
    expectRejected(consistent, 'not-in-len-5', /hyperplaneOrbits|lines|channelOrbit/);
    const singular = checkCertificate(tampered((c) => (c.group.generators[1].input[0][0] = '0')));
    expect(singular.valid).toBe(false);
    expect(singular.problems[0]).toMatch(/^group: /);
  });

  it('rejects another version as a whole, and throws InputError for a non-certificate', () => {
    const v2 = checkCertificate(tampered((c) => (c.version = 2)));
    expect(v2.valid).toBe(false);
    expect(v2.problems[0]).toContain('unsupported version 2');
    expect(() => checkCertificate(tampered((c) => (c.format = 'other')))).toThrow(InputError);
    expect(() => checkCertificate([])).toThrow(InputError);
  });

  it('rejects missing permutations and a non-regular hidden action claimed regular', () => {
    expectRejected(
      tampered((c) => delete claimOf(c, 'len-any').realisation.permutations),
      'len-any',
      /one permutation per generator/,
    );
    const anyAsRegular = tampered((c) => {
      const any = claimOf(c, 'len-any');
      const reg = claimOf(c, 'len-regular');
      reg.realisation = any.realisation;
      reg.width = 6;
    });
    expectRejected(anyAsRegular, 'len-regular', /regular orbit/);
  });
});

describe('checkCertificate on other targets', () => {
  it('verifies the p + 2 scalar case (|a| + |b| + 3a) under the trivial group', () => {
    const f = net(2, 1, [
      [[1, 0], [1]],
      [[-1, 0], [1]],
      [[0, 1], [1]],
      [[0, -1], [1]],
      [[3, 0], [1]],
      [[-3, 0], [-1]],
    ]);
    const cert: Json = JSON.parse(JSON.stringify(buildCertificate(f, trivial(2))));
    expect(cert.claims.map((c: Json) => c.width)).toEqual([4, 4, 4, 3, 4]);
    expect(checkCertificate(cert).valid).toBe(true);
    cert.claims[0].lowerBound.linearPart[0][0] = '2';
    expectRejected(cert, 'gn', /linearPart/);
  });

  it('writes only a GN claim for a target that is not equivariant', () => {
    const cert: Json = JSON.parse(
      JSON.stringify(buildCertificate(net(2, 1, [[[1, 0], [1]]]), presetGroup('klein4'))),
    );
    expect(cert.claims.map((c: Json) => c.id)).toEqual(['gn']);
    expect(checkCertificate(cert).valid).toBe(true);
    cert.claims[0].class = 'GEN';
    expectRejected(cert, 'gn', /not equivariant/);
  });
});

describe('checker independence', () => {
  it('imports nothing from theory/ or from the builder (entry file and checker/ folder)', () => {
    const files = [
      '../../src/certificate/checkCertificate.ts',
      ...readdirSync(new URL('../../src/certificate/checker/', import.meta.url)).map(
        (f) => `../../src/certificate/checker/${f}`,
      ),
    ];
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const path of imports) {
        expect(path).not.toMatch(/theory|buildCertificate/);
        expect(path).toMatch(
          /^(\.\.\/)+(scalar|linalg|group|network)\/|^\.\.?\/(checker\/)?[a-zA-Z]+\.ts$/,
        );
      }
    }
  });
});

describe('checkCertificate on an equivariant (non-invariant) output', () => {
  it('verifies the orbit-count bound max(orbits, GN width) and rejects a raised GN bound', () => {
    // C_2 swapping a and b and negating the output; F = (|b| - |a|)/2.
    const swapSign = generateGroup(
      [
        {
          input: [
            [q(0), q(1)],
            [q(1), q(0)],
          ],
          output: [[q(-1)]],
        },
      ],
      { name: 'swap-sign' },
    );
    const f = net(2, 1, [
      [[0, 1], [1]],
      [[0, -1], [1]],
      [[1, 0], [-1]],
      [[-1, 0], [-1]],
    ]);
    const cert: Json = JSON.parse(JSON.stringify(buildCertificate(f, swapSign)));
    expect(cert.claims.map((c: Json) => [c.id, c.width])).toEqual([
      ['gn', 4],
      ['gen', 4],
      ['len-any', 4],
      ['not-in-len-3', 3],
      ['len-regular', 4],
    ]);
    expect(claimOf(cert, 'len-any').lowerBound.gnWidthLowerBound).toBe(4);
    expect(checkCertificate(cert).valid).toBe(true);
    claimOf(cert, 'len-regular').lowerBound.gnWidthLowerBound = 5;
    expectRejected(cert, 'len-regular', /cost 4 < 5|4 < 5/);
  });
});

describe('checkCertificate on an interval answer', () => {
  it('certifies both ends of [4, 6]: a width-6 LEN and "not in LEN_3"', () => {
    const cert: Json = JSON.parse(
      JSON.stringify(buildCertificate(C3_INTERVAL_TARGET, C3_IN_AND_OUT)),
    );
    const len = cert.claims.filter((c: Json) => c.class === 'LEN');
    expect(len.map((c: Json) => [c.id, c.kind, c.width])).toEqual([
      ['len-any', 'widthAtMost', 6],
      ['len-any-not-in-len-3', 'notInClass', 3],
      ['len-regular', 'leastWidth', 6],
    ]);
    expect(checkCertificate(cert).valid).toBe(true);
    claimOf(cert, 'len-any-not-in-len-3').width = 4;
    expectRejected(cert, 'len-any-not-in-len-3', /only 4 units, less than 5/);
  });
});

describe('checkCertificate on random invariant targets', () => {
  it('accepts every certificate built for a random LEN target (property)', () => {
    for (const name of ['klein4', 'c3-nonorthogonal', 'dihedral4']) {
      const group = presetGroup(name);
      const seed = fc.record({
        alpha: fc.array(fc.integer({ min: -2, max: 2 }), { minLength: 2, maxLength: 2 }),
        beta: fc.integer({ min: -2, max: 2 }),
      });
      fc.assert(
        fc.property(fc.array(seed, { maxLength: 3 }), (seeds) => {
          const f = randomLen(group, seeds, 'any');
          const verdict = checkCertificate(JSON.parse(JSON.stringify(buildCertificate(f, group))));
          expect(verdict.problems).toEqual([]);
          for (const c of verdict.claims) expect(c.messages.join('; ') + c.valid).toMatch(/true$/);
        }),
        { seed: 777, numRuns: 15 },
      );
    }
  });
});

describe('verdict wording', () => {
  it('describes a claim from its data, not from its free statement text', () => {
    const lowered = tampered((c) => {
      claimOf(c, 'len-any').width = 5;
    });
    const verdict = checkCertificate(lowered);
    const claim = verdict.claims.find((v) => v.id === 'len-any')!;
    expect(claim.valid).toBe(false);
    expect(claim.statement).toBe('least LEN width (any hidden action) is 5');
    expect(verdict.claims.find((v) => v.id === 'not-in-len-5')!.statement).toBe(
      'the target is not in LEN_5 (any hidden action)',
    );
  });

  it('names the file in a format error', () => {
    const wrong = tampered((c) => {
      c.format = 'something-else';
    });
    expect(() => checkCertificate(wrong, 'mine.json')).toThrow(/^mine\.json: format: /);
  });
});

describe('unknown fields', () => {
  it('rejects a claim carrying a field the checker would otherwise ignore', () => {
    expectRejected(
      tampered((c) => {
        claimOf(c, 'len-any').extra = 1;
      }),
      'len-any',
      'extra: unknown field',
    );
  });

  it('rejects a hidden convention on a GN claim', () => {
    expectRejected(
      tampered((c) => {
        claimOf(c, 'gn').hidden = 'regular';
      }),
      'gn',
      'only LEN claims have a hidden convention',
    );
  });

  it('refuses an unknown top-level field as not a certificate of this format', () => {
    const extra = tampered((c) => {
      c.note = 'trust me';
    });
    expect(() => checkCertificate(extra, 'c.json')).toThrow(/^c\.json: note: unknown field/);
  });
});

describe('unquoted inexact numbers in a certificate', () => {
  it('fail the claim with the number as written, never an internal marker', () => {
    const text = JSON.stringify(EXAMPLE).replace('"width":3,', '"width":3.0,');
    const verdict = checkCertificate(parseJsonText(text, 'c.json'), 'c.json');
    const gn = verdict.claims.find((v) => v.id === 'gn')!;
    expect(gn.statement).toBe('least GN width is the JSON number 3.0');
    expect(gn.messages[0]).toBe(
      'claim "gn" fails: width: expected a whole number >= 0, got the JSON number 3.0',
    );
  });
});
