import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRational } from '../../src/scalar/parseRational.ts';
import { loadGroup, loadNetwork } from '../../src/cli/io.ts';
import { parseNetwork } from '../../src/network/parseNetwork.ts';
import { functionallyEqual } from '../../src/network/functionalEquality.ts';
import { checkEquivarianceCounterexample } from '../../src/theory/equivariance/checkEquivariance.ts';
import { checkLayerwiseWitness } from '../../src/theory/equivariance/checkLayerwiseWitness.ts';

const FIGURE2 = 'examples/figure2.json';
let dir = '';
let transposedGroup = '';

function run(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const rationals = (xs: string[]) => xs.map((x) => parseRational(x, 'test'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'symrelu-equivariance-'));
  transposedGroup = join(dir, 'c3-transposed.json');
  writeFileSync(
    transposedGroup,
    JSON.stringify({
      generators: [
        {
          input: [
            [0, 1],
            [-1, -1],
          ],
        },
      ],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('symrelu equivariant', () => {
  it('exits 0 for the Figure 2 network under klein4', () => {
    const r = run('equivariant', FIGURE2, '--group', 'klein4', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).equivariant).toBe(true);
  });

  it('exits 1 with a witness point that re-checks, under C_3 by the transpose', () => {
    const r = run('equivariant', FIGURE2, '--group', transposedGroup, '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.equivariant).toBe(false);
    const w = out.witness;
    const witness = {
      generator: w.generator,
      x: rationals(w.x),
      left: rationals(w.left),
      right: rationals(w.right),
    };
    const check = checkEquivarianceCounterexample(
      loadNetwork(FIGURE2),
      loadGroup(transposedGroup),
      witness,
    );
    expect(check).toEqual({ ok: true });
  });

  it('exits 2 with one line on stderr when the group does not fit the network', () => {
    const r = run('equivariant', FIGURE2, '--group', 'cyclic:3');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/acts on Q\^3 but the network's inputs are in Q\^2/);
  });
});

describe('symrelu layerwise', () => {
  it('exits 1 for Figure 2 under klein4, naming the channel without a partner', () => {
    const r = run('layerwise', FIGURE2, '--group', 'klein4');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'not layer-wise equivariant (any): channel 0 (alpha (1, 0), beta (1)) occurs once\n' +
        '  but its image under generator 0, alpha (0, 1), beta (1), occurs 0 times\n',
    );
  });

  it('exits 0 with verified permutations for C_3 by [[0,-1],[1,-1]], regular convention', () => {
    const r = run(
      'layerwise',
      FIGURE2,
      '--group',
      'c3-nonorthogonal',
      '--hidden',
      'regular',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.permutations).toEqual([[2, 0, 1]]);
    expect(out.orbits).toEqual([{ units: [0, 2, 1], stabiliser: [0], size: 3 }]);
    const witness = { convention: 'regular' as const, ...out };
    expect(
      checkLayerwiseWitness(loadNetwork(FIGURE2), loadGroup('c3-nonorthogonal'), witness),
    ).toEqual({ ok: true });
  });

  it('exits 2 for an unknown hidden convention', () => {
    const r = run('layerwise', FIGURE2, '--group', 'klein4', '--hidden', 'free');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('symrelu: --hidden: expected "any" or "regular", got "free"\n');
  });
});

describe('symrelu symmetrize and orbits', () => {
  it('prints the merged symmetrisation of width 6, a LEN equal to the input', () => {
    const r = run('symmetrize', FIGURE2, '--group', 'klein4', '--merge');
    expect(r.code).toBe(0);
    const sym = parseNetwork(JSON.parse(r.stdout), 'stdout');
    expect(sym.channels.length).toBe(6);
    expect(functionallyEqual(sym, loadNetwork(FIGURE2))).toEqual({ equal: true });
    expect(r.stderr).toMatch(/width 6, a LEN with 2 hidden orbit\(s\) \(any convention\)/);
    const lw = run('layerwise', join(dir, 'missing.json'), '--group', 'klein4');
    expect(lw.code).toBe(2);
    expect(lw.stderr).toMatch(/missing\.json: no such file/);
  });

  it('reports hyperplane and channel orbits as JSON', () => {
    const r = run('orbits', FIGURE2, '--group', 'klein4', '--json', '--types');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(
      out.hyperplaneOrbits.orbits.map((o: { members: unknown[] }) => o.members.length),
    ).toEqual([2, 1]);
    expect(out.hyperplaneOrbits.consistent).toBe(true);
    expect(out.channelOrbits.map((o: { stabiliser: number[] }) => o.stabiliser)).toEqual([
      [0],
      [0, 3],
    ]);
    expect(out.orbitTypes.map((t: { orbitSize: number }) => t.orbitSize)).toEqual([4, 2, 2]);
  });
});
