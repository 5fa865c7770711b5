/**
 * CLI contract of issue 6: `derive` (case split and conditions, --json, --latex, --hyperplane)
 * and `layer` (general LEN layer as a parametric network file that derive reads back). Most
 * runs call `main` in-process with output captured; one spawn checks the real executable.
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
  it('prints the case split and the issue 6 answers', async () => {
    const r = await run('derive', FAMILY, '--group', 'klein4');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      'canonical form: 3 disjoint cases covering all rational parameter values',
    );
    expect(r.stdout).toContain('case 1: t > 0');
    expect(r.stdout).toContain('  + (1/2*t) |<(1, -1), x>|');
    expect(r.stdout).toContain('hyperplane <(1, -1), x> = 0 is a boundary hyperplane: t != 0');
    expect(r.stdout).toContain('klein4-equivariant: t = 1\n');
    expect(r.stdout).toContain('LEN under klein4 (this parametrisation): never');
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
    expect(json.cases[0].hyperplanes[2]).toEqual({
      normal: ['1', '-1'],
      kink: ['1/2*t'],
      kinkDenominator: '1',
      channels: [2],
    });
    const diag = json.hyperplanes.find((h: { normal: string[] }) => h.normal.join(',') === '1,1');
    expect(diag.boundary).toEqual([]);
    expect(readFileSync(tex, 'utf8')).toContain('\\begin{document}');
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
    expect(d.stdout).toContain('klein4-equivariant: always');
    expect(d.stdout).toContain('LEN under klein4 (this parametrisation): always');
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
