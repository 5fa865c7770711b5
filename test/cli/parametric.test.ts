/**
 * CLI contract of the parametric commands: `derive` (case split and conditions, --json,
 * --latex, --hyperplane) and `layer` (general LEN layer as a parametric network file that derive
 * reads back). Most runs call `main` in-process with output captured; one spawn checks the real
 * executable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../helpers/cli.ts';

const FAMILY = 'examples/parametric/figure2-family.json';
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'symrelu-cli-parametric-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('symrelu derive', () => {
  it('prints the case split and the answers, terms in the order of symrelu canon', async () => {
    const r = await run('derive', FAMILY, '--group', 'klein4');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const noLen =
      'LEN (this parametrisation): for no parameter value in this case; at the sample, ';
    expect(r.stdout).toBe(
      [
        'parametric network Q^2 -> Q^1, width 3, parameters: t',
        'canonical form: 3 disjoint cases covering all rational parameter values',
        'case 1: t > 0    [sample point t = 7]',
        '  linear part W = [(-1/2*t + 1/2, 1/2*t - 1/2)]',
        '  + (1/2) |<(0, 1), x>|',
        '  + (1/2*t) |<(1, -1), x>|',
        '  + (1/2) |<(1, 0), x>|',
        '  G-equivariant: t = 1; at the sample, generator 0 and x = (1, 0) give (7) != (1)',
        `  ${noLen}generator 0 maps channel 0 to a pair no channel has`,
        'case 2: t < 0    [sample point t = -1/2]',
        '  linear part W = [(-1/2*t + 1/2, 1/2*t - 1/2)]',
        '  + (1/2) |<(0, 1), x>|',
        '  + (-1/2*t) |<(1, -1), x>|',
        '  + (1/2) |<(1, 0), x>|',
        '  G-equivariant: for no parameter value in this case; at the sample, generator 0 and ' +
          'x = (1, 0) give (0) != (3/2)',
        `  ${noLen}generator 0 maps channel 0 to a pair no channel has`,
        'case 3: t = 0    [sample point t = 0]',
        '  linear part W = [(1/2, -1/2)]',
        '  + (1/2) |<(0, 1), x>|',
        '  + (1/2) |<(1, 0), x>|',
        '  channel 2 has zero channel vector here',
        '  G-equivariant: for no parameter value in this case; at the sample, generator 0 and ' +
          'x = (1, 0) give (0) != (1)',
        `  ${noLen}generator 0 maps channel 0 to a pair no channel has`,
        'hyperplane <(0, 1), x> = 0 is a boundary hyperplane: for every parameter value',
        'hyperplane <(1, -1), x> = 0 is a boundary hyperplane: t != 0',
        'hyperplane <(1, 0), x> = 0 is a boundary hyperplane: for every parameter value',
        'klein4-equivariant: t = 1',
        'LEN under klein4 (this parametrisation): for no parameter value',
        '',
      ].join('\n'),
    );
    // examples/figure2.json is the family at t = 1: the same terms in the same order.
    const canon = await run('canon', 'examples/figure2.json');
    const normals = (text: string): string[] =>
      [...text.matchAll(/\|<(\([^)]*\)), x>\|/g)].map((m) => m[1]!);
    expect(normals(canon.stdout)).toEqual(['(0, 1)', '(1, -1)', '(1, 0)']);
    expect(normals(r.stdout.split('case 2:')[0]!)).toEqual(normals(canon.stdout));
  });

  it('says "for every parameter value" where t^2 - 2 != 0 holds for every rational t', async () => {
    const file = join(dir, 'irrational.json');
    writeFileSync(
      file,
      JSON.stringify({
        parameters: ['t'],
        inputDim: 2,
        outputDim: 1,
        channels: [
          { alpha: [1, 0], beta: [1] },
          { alpha: ['t^2 - 2', 1], beta: ['t'] },
        ],
      }),
    );
    const r = await run('derive', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '\nhyperplane <(1, 0), x> = 0 is a boundary hyperplane: for every parameter value\n',
    );
    // The kink +-t*(t^2 - 2)/2 over the pivot +-(t^2 - 2), nonzero over Q, is divided exactly.
    expect(r.stdout).toContain('\n  + (1/2*t) |<(t^2 - 2, 1), x>|\n');
    expect(r.stdout).toContain('\n  + (1/2*t) |<(-t^2 + 2, -1), x>|\n');
  });

  it('leaves a kink undivided when the pivot does not divide it', async () => {
    const file = join(dir, 'undivided.json');
    writeFileSync(
      file,
      JSON.stringify({
        parameters: ['a', 'b'],
        inputDim: 2,
        outputDim: 1,
        channels: [
          { alpha: ['a^2', 'a*b'], beta: [1] },
          { alpha: ['a', 'b'], beta: [1] },
        ],
      }),
    );
    const r = await run('derive', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n  + (1/2*a^2 + 1/2*a) / (a^2) |<(a^2, a*b), x>|\n');
    const one = join(dir, 'one.json');
    writeFileSync(
      one,
      JSON.stringify({ parameters: ['t'], channels: [{ alpha: [1, 0], beta: ['t^2 + 1'] }] }),
    );
    const single = await run('derive', one);
    expect(single.stdout.split('\n').slice(1, 3)).toEqual([
      'canonical form: 1 case, covering all rational parameter values',
      'case 1: all parameter values    [sample point t = 0]',
    ]);
  });

  it('answers in JSON and writes a LaTeX file', async () => {
    const tex = join(dir, 'family.tex');
    const r = await run(
      'derive',
      FAMILY,
      '--group',
      'klein4',
      '--json',
      '--latex',
      tex,
      '--hyperplane',
      '2,2',
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.equivariant.map((c: { statements: string[] }) => c.statements)).toEqual([
      ['t = 1'],
    ]);
    expect(json.len.condition).toEqual([]);
    expect(json.cases).toHaveLength(3);
    expect(json.cases[0].hyperplanes[1]).toEqual({
      normal: ['1', '-1'],
      kink: ['1/2*t'],
      kinkDenominator: '1',
      channels: [2],
    });
    const diag = json.hyperplanes.find((h: { normal: string[] }) => h.normal.join(',') === '1,1');
    expect(diag.boundary).toEqual([]);
    const latex = readFileSync(tex, 'utf8');
    expect(latex).toContain(
      'gives the following 3 pairwise disjoint cases, which together cover all rational ' +
        'parameter values (each split',
    );
    expect(latex).toContain('\nChannel 3 has zero channel vector here.\n');
    expect(latex).toContain('\n$F$ is klein4-equivariant if and only if $t = 1$.\n');
    expect(latex).toContain(
      '\nThe given parametrisation is a LEN under klein4 for no parameter value.\n',
    );
  });

  it('refuses bad input with one located line and exit 2, writing nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ parameters: ['t'], channels: [{ alpha: ['s', 1], beta: [1] }] }),
    );
    const tex = join(dir, 'never.tex');
    const r = await run('derive', bad, '--latex', tex);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `symrelu: ${bad}: channels[0].alpha[0]: ` +
        'undeclared parameter "s" (declared: t) at position 1 of "s"\n',
    );
    expect(existsSync(tex)).toBe(false);
    const g = await run('derive', FAMILY, '--group', 'cyclic:3');
    expect(g.code).toBe(2);
    expect(g.stderr).toBe('symrelu: --group: acts on Q^3, the network on Q^2\n');
    const h = await run('derive', FAMILY, '--hyperplane', '1');
    expect(h.stderr).toBe('symrelu: --hyperplane 1: expected 2 coordinates, got 1\n');
  });
});

describe('symrelu layer', () => {
  it('prints the 5-parameter Klein-four layer as a file derive reads back', async () => {
    const r = await run('layer', '--group', 'klein4', '--hidden', 'G/1,G/<3>');
    expect(r.code).toBe(0);
    const net = JSON.parse(r.stdout);
    expect(net.parameters).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(net.description).toBe(
      'General LEN layer for klein4, hidden orbits G/1, G/<3>: 5 parameters',
    );
    const file = join(dir, 'layer.json');
    writeFileSync(file, r.stdout);
    const d = await run('derive', file, '--group', 'klein4');
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('\nklein4-equivariant: for every parameter value\n');
    expect(d.stdout).toContain(
      '\nLEN under klein4 (this parametrisation): for every parameter value\n',
    );
    // The kink (a2*b1) / (a2) is shown as the exact quotient b1.
    expect(d.stdout).toContain('\n  + (b1) |<(a2, a1), x>|\n  + (b1) |<(a1, a2), x>|\n');
    expect(d.stdout).not.toMatch(/\) \/ \(/);
  });

  it('gives the permutations with --json and refuses bad orbit syntax', async () => {
    const r = await run('layer', '--group', 'klein4', '--hidden', '2*free', '--json');
    const json = JSON.parse(r.stdout);
    expect(json.parameters).toBe(6);
    expect(json.hiddenPermutations).toHaveLength(2);
    const bad = await run('layer', '--group', 'klein4', '--hidden', 'G/H');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^symrelu: --hidden item 1 \("G\/H"\): expected free/);
    expect(bad.stderr.split('\n')).toHaveLength(2);
  });

  it('runs as a real process without a stack trace on bad input', () => {
    const p = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'layer', '--group', 'klein4', '--hidden', 'G/<9>'],
      {
        encoding: 'utf8',
        env: { ...process.env, CI: '1' },
      },
    );
    expect(p.status).toBe(2);
    expect(p.stderr).toBe('symrelu: --hidden item 1 ("G/<9>"): element index "9" is not in 0..3\n');
    expect(readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
  });
});
