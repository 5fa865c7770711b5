/**
 * CLI contract of `symrelu lemmas` and `symrelu check` (issue 5). Most cases run `main`
 * in-process with stdout and stderr captured; some spawn the real executable for exit codes and
 * the absence of stack traces, and the conjecture files outside the repository are run by
 * `bin/symrelu.js` from their own folder, as a user runs them (vitest resolves imports itself,
 * so only a real process shows how Node resolves `symrelu`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run, spawnCli as spawn, type CliRun } from '../helpers/cli.ts';

const BIN = resolve('bin/symrelu.js');

/** `symrelu ARGS` started by its launcher in `cwd`, as a user's shell starts it. */
function userRun(cwd: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('symrelu lemmas', () => {
  it('--json reports every statement with its runs and result, exit 0', async () => {
    const r = await run('lemmas', '--runs', '3', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.seed).toBe(20251209);
    expect(report.passed).toBe(true);
    expect(report.statements).toHaveLength(15);
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
    expect(lines[1]).toMatch(/^statement\s+reference\s+runs\s+time\s+result$/);
    expect(lines[2]).toMatch(
      /^theorem-4\.2\s+MATH\.md section 2, Theorem 4\.2 and Definition 4\.1\s+5\s+\d+ ms\s+holds$/,
    );
    expect(lines[3]).toMatch(/^theorem-4\.3\s+.*\s+5\s+\d+ ms\s+holds$/);
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
      'replay: symrelu check examples/conjectures/invariantIsLen.ts ' +
        '--only invariant-network-is-len-of-same-width --seed 20251209 --path ',
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

// A user's folder with no package.json and no node_modules: the file imports symrelu by name.
// fast-check is imported directly: there is none in the folder, so symrelu's own copy is used.
const USER_CONJECTURE = `import fc from 'fast-check';
import { defineStatement, expectThat, networkArbitrary } from 'symrelu/arbitraries';
import { minimalGnWidth, q } from 'symrelu';

export default [
  defineStatement({
    name: 'gn-width-at-most-width',
    reference: 'MATH.md section 4',
    arbitrary: networkArbitrary(2, 1, { maxWidth: 3 }),
    check: (network) => {
      const gn = minimalGnWidth(network);
      expectThat(gn.exact && gn.width <= network.channels.length, 'least width above width');
    },
    runs: 20,
  }),
  defineStatement({
    name: 'halves-below-25',
    claim: 'n/2 < 25 for n in [0, 100]',
    arbitrary: fc.integer({ min: 0, max: 100 }),
    check: (n: number) => expectThat(q(n, 2).compare(q(25)) < 0, \`\${n}/2 is not below 25\`),
  }),
];
`;

describe('symrelu check on files outside the repository', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'symrelu-user-'));
    writeFileSync(join(dir, 'myconj.ts'), USER_CONJECTURE);
    writeFileSync(
      join(dir, 'bad.ts'),
      "import { fc } from 'symrelu/arbitraries';\n\nexport default {\n" +
        "  name: 'x',\n  arbitrary: fc.integer(,\n};\n",
    );
    writeFileSync(
      join(dir, 'throws.ts'),
      "import { fc } from 'symrelu/arbitraries';\n\nconst n: number = 1;\n" +
        "if (n > 0) throw new RangeError('no arbitrary today');\n" +
        "export default { name: 'x', arbitrary: fc.integer(), check: () => true };\n",
    );
    writeFileSync(
      join(dir, 'twice.ts'),
      "import { defineStatement, fc } from 'symrelu/arbitraries';\n" +
        "const s = defineStatement({ name: 'same', arbitrary: fc.nat(), check: () => true });\n" +
        'export default [s, s];\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves symrelu and symrelu/arbitraries, and its replay line reruns as printed', () => {
    expect(dir.startsWith(resolve('.'))).toBe(false);
    const r = userRun(dir, 'check', 'myconj.ts');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('seed 20251209');
    expect(lines[2]).toMatch(/^gn-width-at-most-width\s+MATH\.md section 4\s+20\s+\d+ ms\s+holds$/);
    expect(lines[3]).toMatch(/^halves-below-25\s+user conjecture\s+\d+\s+\d+ ms\s+FAILS$/);
    expect(r.stdout).toContain('reason: 50/2 is not below 25');
    const replay = lines.find((l) => l.startsWith('  replay: '))!;
    expect(replay.trimStart()).toMatch(
      /^replay: symrelu check myconj\.ts --only halves-below-25 --seed 20251209 --path \d+(:\d+)*$/,
    );

    const again = userRun(dir, ...replay.replace('  replay: symrelu ', '').split(' '));
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/\nhalves-below-25\s+user conjecture\s+1\s+\d+ ms\s+FAILS\n/);
    expect(again.stdout).toContain('shrunk counterexample:\n    50\n');
    expect(again.stdout).toContain('1 of 1 statements fail');
  });

  it('--only runs one statement of the file; --path without it is refused', () => {
    const one = userRun(dir, 'check', join(dir, 'myconj.ts'), '--only', 'gn-width-at-most-width');
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('all 1 statements hold');
    const both = userRun(dir, 'check', 'myconj.ts', '--path', '1:1');
    expect(both).toMatchObject({
      code: 2,
      stderr:
        'symrelu: --path: replays one statement, but 2 are selected in myconj.ts: ' +
        'give exactly one --only NAME\n',
    });
    expect(userRun(dir, 'check', 'myconj.ts', '--only', 'nope').stderr).toBe(
      'symrelu: --only: unknown statement "nope" (known in myconj.ts: ' +
        'gn-width-at-most-width, halves-below-25)\n',
    );
  });

  it('locates a syntax error, an error thrown while loading, and a repeated name', () => {
    expect(userRun(dir, 'check', 'bad.ts')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'symrelu: bad.ts:5:24: cannot compile the module: Unexpected ","\n',
    });
    expect(userRun(dir, 'check', 'throws.ts')).toMatchObject({
      code: 2,
      stderr: 'symrelu: throws.ts:4:18: cannot load the module (RangeError: no arbitrary today)\n',
    });
    expect(userRun(dir, 'check', 'twice.ts')).toMatchObject({
      code: 2,
      stderr:
        'symrelu: twice.ts: default export[1].name: "same" is already the name of ' +
        'default export[0]; names must be unique\n',
    });
  });

  it('check --help does not offer --soak, and check refuses it', () => {
    const help = userRun(dir, 'check', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--only <name>');
    expect(help.stdout).not.toContain('soak');
    expect(userRun(dir, 'check', 'myconj.ts', '--soak').code).toBe(2);
  });
});
