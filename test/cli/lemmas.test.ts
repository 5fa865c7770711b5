/**
 * CLI contract of `symrelu lemmas` and `symrelu check` (issue 5). Most cases run `main`
 * in-process with stdout and stderr captured; two spawn the real executable for exit codes and
 * the absence of stack traces.
 */
import { describe, expect, it } from 'vitest';
import { runCli as run, spawnCli as spawn } from '../helpers/cli.ts';

describe('symrelu lemmas', () => {
  it('--json reports every statement with its runs and result, exit 0', async () => {
    const r = await run('lemmas', '--runs', '3', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.seed).toBe(20251209);
    expect(report.passed).toBe(true);
    expect(report.statements).toHaveLength(14);
    expect(report.statements[0]).toMatchObject({
      name: 'lemma-4.5',
      runs: 3,
      passed: true,
      counterexample: null,
    });
    expect(r.stderr).toBe('');
  });

  it('prints a table with the seed, one row per statement', async () => {
    const r = await run(
      'lemmas',
      '--only',
      'theorem-4.2',
      '--only',
      'theorem-4.3',
      '--runs',
      '5',
      '--seed',
      '11',
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('seed 11');
    expect(lines[1]).toMatch(/^statement\s+reference\s+runs\s+result$/);
    expect(lines[2]).toMatch(
      /^theorem-4\.2\s+MATH\.md section 2, Theorem 4\.2 and Definition 4\.1\s+5\s+holds$/,
    );
    expect(lines[3]).toMatch(/^theorem-4\.3\s+.*\s+5\s+holds$/);
    expect(r.stdout).toContain('all 2 statements hold');
  });

  it('--soak prints a fresh seed first and runs 50 times as many cases', async () => {
    const r = await run(
      'lemmas',
      '--soak',
      '--only',
      'fixed-space-dimension',
      '--runs',
      '2',
      '--json',
    );
    expect(r.stderr).toMatch(/^soak seed (\d+) \(replay with --soak --seed \1\)\n$/);
    expect(JSON.parse(r.stdout).statements[0].runs).toBe(100);
  });

  it('refuses bad options with one line and exit 2', async () => {
    expect(await run('lemmas', '--seed', 'abc')).toMatchObject({
      code: 2,
      stderr: 'symrelu: --seed: expected a 32-bit whole number, got "abc"\n',
    });
    expect((await run('lemmas', '--only', 'theorem-9.9')).stderr).toMatch(
      /^symrelu: --only: unknown statement "theorem-9\.9" \(known: lemma-4\.5, /,
    );
    expect((await run('lemmas', '--path', '1:2')).code).toBe(2);
  });
});

describe('symrelu check', () => {
  it('refutes the false conjecture with a shrunk counterexample and LaTeX, exit 1', async () => {
    const r = await run('check', 'examples/conjectures/invariantIsLen.ts');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('invariant-network-is-len-of-same-width fails');
    expect(r.stdout).toContain(
      'reason: width 5, but every LEN computing the same function has width >= 6',
    );
    expect(r.stdout).toContain(
      'replay: symrelu check examples/conjectures/invariantIsLen.ts --seed 20251209 --path ',
    );
    expect(r.stdout).toContain('as LaTeX:');
    expect(r.stdout).toContain('1 of 1 statements fail');
  });

  it('passes a true conjecture with its own number of runs, exit 0', async () => {
    const r = await run('check', 'test/lemmas/fixtures/alwaysTrue.ts', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).statements[0]).toMatchObject({
      name: 'small-integers-square-nonnegative',
      runs: 120,
      passed: true,
    });
  });

  it('as a process: exit 2, one line, no stack trace for a missing file or bad export', () => {
    const missing = spawn('check', 'no/such/conjecture.ts');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('symrelu: no/such/conjecture.ts: no such file\n');
    const bad = spawn('check', 'test/lemmas/fixtures/badShape.ts');
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
