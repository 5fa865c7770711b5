/**
 * CLI contract of the core commands (issue 2): canon, hyperplanes, eval, feature, group, equal.
 * Most cases run `main` in-process with stdout and stderr captured (fast); a few spawn the real
 * executable to check exit codes, the absence of stack traces and the `symrelu` launcher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run, spawnCli as spawn } from '../helpers/cli.ts';
import { loadGroup, progressReporter, writeOutputDirectory } from '../../src/cli/io.ts';

let dir = '';
const file = (name: string) => join(dir, name);

function write(name: string, content: unknown): string {
  writeFileSync(file(name), typeof content === 'string' ? content : JSON.stringify(content));
  return file(name);
}

const FIG2_CANON = {
  linear: [['0', '0']],
  hyperplanes: [
    { normal: ['0', '1'], kink: ['1/2'] },
    { normal: ['1', '-1'], kink: ['1/2'] },
    { normal: ['1', '0'], kink: ['1/2'] },
  ],
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'symrelu-cli-'));
  copyFileSync('examples/figure2.json', file('fig2.json'));
  write('fig2-matrix.json', {
    A: [
      [1, 0],
      [0, -1],
      [-1, 1],
    ],
    B: [[1, 1, 1]],
  });
  write('len6.json', {
    inputDim: 2,
    outputDim: 1,
    channels: [
      [1, 0],
      [0, 1],
      [-1, 0],
      [0, -1],
      [1, -1],
      [-1, 1],
    ].map((alpha) => ({ alpha, beta: ['1/2'] })),
  });
  write('abs.json', {
    channels: [
      { alpha: [1], beta: [1] },
      { alpha: [-1], beta: [1] },
    ],
  });
  write('identity.json', {
    channels: [
      { alpha: [1], beta: [1] },
      { alpha: [-1], beta: [-1] },
    ],
  });
  write('vector.json', {
    A: [
      [1, 0],
      [0, 1],
    ],
    B: [
      [1, 0],
      ['1/2', -1],
    ],
  });
  write('k4.json', {
    generators: [
      {
        input: [
          [0, 1],
          [1, 0],
        ],
      },
      {
        input: [
          [-1, 0],
          [0, -1],
        ],
      },
    ],
  });
  write('malformed.json', '{\n  "channels": [\n    { "alpha": [1, 0], "beta": [1] },\n  ]\n}\n');
  write('shape.json', {
    channels: [
      { alpha: [1, 0], beta: [1] },
      { alpha: [1, 0, 2], beta: [1] },
    ],
  });
  write('zero-den.json', { channels: [{ alpha: [1, '3/0'], beta: [1] }] });
  write('float.json', { channels: [{ alpha: [1, 0.5], beta: [1] }] });
  write('huge.json', '{ "channels": [ { "alpha": [1e300, 0], "beta": [1] } ] }');
  write('singular.json', {
    generators: [
      {
        input: [
          [1, 2],
          [2, 4],
        ],
      },
    ],
  });
  write('infinite.json', {
    generators: [
      {
        input: [
          [1, 0],
          [0, 1],
        ],
      },
      {
        input: [
          [1, 1],
          [0, 1],
        ],
      },
    ],
  });
  write('nonsquare.json', {
    generators: [
      {
        input: [
          [1, 0, 0],
          [0, 1, 0],
        ],
      },
    ],
  });
  write('mismatched.json', {
    generators: [
      {
        input: [
          [0, 1],
          [1, 0],
        ],
      },
      { input: [[1]] },
    ],
  });
  write('b4.json', {
    generators: [
      {
        input: [
          [-1, 0, 0, 0],
          [0, 1, 0, 0],
          [0, 0, 1, 0],
          [0, 0, 0, 1],
        ],
      },
      {
        input: [
          [0, 0, 0, 1],
          [1, 0, 0, 0],
          [0, 1, 0, 0],
          [0, 0, 1, 0],
        ],
      },
      {
        input: [
          [0, 1, 0, 0],
          [1, 0, 0, 0],
          [0, 0, 1, 0],
          [0, 0, 0, 1],
        ],
      },
    ],
  });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('canon and hyperplanes', () => {
  it('canon --json gives the Figure 2 canonical form with string scalars', async () => {
    const r = await run('canon', file('fig2.json'), '--json');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual(FIG2_CANON);
  });

  it('the matrix form gives the same canonical form', async () => {
    const r = await run('canon', file('fig2-matrix.json'), '--json');
    expect(JSON.parse(r.stdout)).toEqual(FIG2_CANON);
  });

  it('canon prints text without --json', async () => {
    const r = await run('canon', file('fig2.json'));
    expect(r.stdout).toBe(
      'linear part W = [[0, 0]]\n' +
        '+ (1/2) |<(0, 1), x>|\n' +
        '+ (1/2) |<(1, -1), x>|\n' +
        '+ (1/2) |<(1, 0), x>|\n',
    );
  });

  it('relu(x) - relu(-x) gives a linear function with no hyperplane', async () => {
    const r = await run('canon', file('identity.json'), '--json');
    expect(JSON.parse(r.stdout)).toEqual({ linear: [['1']], hyperplanes: [] });
    const h = await run('hyperplanes', file('identity.json'));
    expect(h.stdout).toBe('no boundary hyperplanes (the network is linear)\n');
  });

  it('hyperplanes --json and text', async () => {
    const r = await run('hyperplanes', file('fig2.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ hyperplanes: FIG2_CANON.hyperplanes });
    const t = await run('hyperplanes', file('fig2.json'));
    expect(t.stdout).toBe(
      '<(0, 1), x> = 0    kink (1/2)\n' +
        '<(1, -1), x> = 0    kink (1/2)\n' +
        '<(1, 0), x> = 0    kink (1/2)\n',
    );
  });
});

describe('eval and feature', () => {
  it('evaluates exactly, negative fractions included', async () => {
    expect((await run('eval', file('fig2.json'), '1/2', '-1/3')).stdout).toBe('5/6\n');
    const r = await run('eval', file('fig2.json'), '-1/2', '-0.125', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ x: ['-1/2', '-1/8'], value: ['1/2'] });
    const v = await run('eval', file('vector.json'), '2', '-3', '--json');
    expect(JSON.parse(v.stdout)).toEqual({ x: ['2', '-3'], value: ['2', '1'] });
  });

  it('gives the feature function Phi(x), the Jacobian of the region', async () => {
    expect((await run('feature', file('fig2.json'), '1', '2')).stdout).toBe('0, 1\n');
    const r = await run('feature', file('fig2.json'), '-2', '-1', '--json');
    expect(JSON.parse(r.stdout)).toEqual({ x: ['-2', '-1'], feature: [['-1', '0']] });
  });
});

describe('group', () => {
  it('gives order, elements and orbit data of a preset', async () => {
    const r = await run('group', 'c3-nonorthogonal', '--orbit', '1', '0', '--json');
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.order).toBe(3);
    expect(g.elements.length).toBe(3);
    expect(g.outputDim).toBeNull();
    expect(g.generators).toEqual([
      {
        input: [
          ['0', '-1'],
          ['1', '-1'],
        ],
        output: null,
      },
    ]);
    expect(g.orbit.linear.points).toEqual([
      ['1', '0'],
      ['0', '1'],
      ['-1', '-1'],
    ]);
    expect(g.orbit.contragredient.points).toEqual([
      ['1', '0'],
      ['-1', '1'],
      ['0', '-1'],
    ]);
    expect(g.orbit.hyperplane.points).toEqual([
      ['1', '0'],
      ['1', '-1'],
      ['0', '1'],
    ]);
  });

  it('reads a group file and prints text', async () => {
    const r = await run('group', file('k4.json'), '--orbit', '1', '0');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `group ${file('k4.json')}: order 4, acting on Q^2 (trivial output action)\n` +
        '  generator 0: input [[0, 1], [1, 0]]\n' +
        '  generator 1: input [[-1, 0], [0, -1]]\n' +
        'orbit of (1, 0) under rho_in: 4 points, stabiliser order 1\n' +
        'orbit under the contragredient action rho_in^{-T}: 4 points, stabiliser order 1\n' +
        'orbit of the hyperplane with this normal: 2 hyperplanes\n',
    );
  });

  it('takes comma-separated orbit coordinates after --orbit=', async () => {
    const r = await run('group', 'klein4', '--orbit=-1/3,1', '--json');
    expect(JSON.parse(r.stdout).orbit.vector).toEqual(['-1/3', '1']);
  });

  it('closes B_4 from a file (order 384)', async () => {
    const r = await run('group', file('b4.json'), '--json');
    expect(JSON.parse(r.stdout).order).toBe(384);
  });
});

describe('equal', () => {
  it('exits 0 when equal (width 3 and width 6 realisations of Example 5.1)', async () => {
    const r = await run('equal', file('fig2.json'), file('len6.json'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ equal: true });
    const t = await run('equal', file('fig2.json'), file('fig2-matrix.json'));
    expect(t).toEqual({
      code: 0,
      stdout: 'equal: the two networks compute the same function\n',
      stderr: '',
    });
  });

  it('exits 1 with a witness point when not equal', async () => {
    const r = await run('equal', file('identity.json'), file('abs.json'), '--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['equal', 'witness']);
    expect(out.equal).toBe(false);
    const { x, left, right } = out.witness;
    const ev = async (f: string) => JSON.parse((await run('eval', file(f), ...x, '--json')).stdout);
    expect((await ev('identity.json')).value).toEqual(left);
    expect((await ev('abs.json')).value).toEqual(right);
    expect(left).not.toEqual(right);
  });
});

describe('every bad input gives exit 2 and one located line on stderr', () => {
  const cases: [string, () => string[], () => string][] = [
    [
      'malformed JSON (line and column)',
      () => ['canon', file('malformed.json')],
      () =>
        `${file('malformed.json')}: malformed JSON at line 4, column 3: ` +
        'expected a value, found "]"',
    ],
    [
      'wrong shape',
      () => ['hyperplanes', file('shape.json')],
      () => `${file('shape.json')}: channels[1].alpha: expected 2 entries, got 3`,
    ],
    [
      'zero denominator',
      () => ['canon', file('zero-den.json')],
      () => `${file('zero-den.json')}: channels[0].alpha[1]: zero denominator in "3/0"`,
    ],
    [
      'non-integer JSON number',
      () => ['canon', file('float.json')],
      () =>
        `${file('float.json')}: channels[0].alpha[1]: JSON number 0.5 is not a safe integer; ` +
        'quote it as a string ("0.5") so it is read exactly',
    ],
    [
      'JSON number beyond the safe integers',
      () => ['canon', file('huge.json')],
      () =>
        `${file('huge.json')}: channels[0].alpha[0]: JSON number 1e300 is not a safe integer; ` +
        'quote it as a string ("1e300") so it is read exactly',
    ],
    [
      'singular generator',
      () => ['group', file('singular.json')],
      () => `${file('singular.json')}: generators[0].input: matrix is singular`,
    ],
    [
      'infinite-order generator',
      () => ['group', file('infinite.json')],
      () =>
        `${file('infinite.json')}: generators[1]: has infinite order (no power is the identity)`,
    ],
    [
      'non-square generator',
      () => ['group', file('nonsquare.json')],
      () =>
        `${file('nonsquare.json')}: generators[0].input[0]: ` +
        'expected 2 entries (a square matrix), got 3',
    ],
    [
      'generators of different sizes',
      () => ['group', file('mismatched.json')],
      () => `${file('mismatched.json')}: generators[1].input: expected 2 rows, got 1`,
    ],
    [
      'too-large group',
      () => ['group', 'hyperoctahedral:5', '--max-order', '100'],
      () =>
        'hyperoctahedral:5: group has more than 100 elements (raise --max-order if it is finite; generators of finite order can also generate an infinite group)',
    ],
    [
      'too-large group from a file',
      () => ['group', file('b4.json'), '--max-order', '200'],
      () =>
        `${file('b4.json')}: group has more than 200 elements (raise --max-order if it is finite; generators of finite order can also generate an infinite group)`,
    ],
    [
      'bad --max-order',
      () => ['group', 'klein4', '--max-order', 'lots'],
      () => '--max-order: expected a positive whole number, got "lots"',
    ],
    [
      'missing network file',
      () => ['canon', file('nosuch.json')],
      () => `${file('nosuch.json')}: no such file`,
    ],
    [
      'unknown preset',
      () => ['group', 'klein5'],
      () =>
        'klein5: no such file, and not a preset (klein4, negation:N, cyclic:N, symmetric:N, ' +
        'hyperoctahedral:N, signed:N, dihedral4, c3-nonorthogonal)',
    ],
    [
      'preset without its dimension',
      () => ['group', 'symmetric'],
      () => '--group: preset "symmetric" needs a dimension 1..12, e.g. "symmetric:3"',
    ],
    [
      'wrong number of coordinates',
      () => ['eval', file('fig2.json'), '1', '2', '3'],
      () => `x: expected 2 coordinates (the input dimension of ${file('fig2.json')}), got 3`,
    ],
    [
      'bad coordinate',
      () => ['feature', file('fig2.json'), '1', '1/0'],
      () => 'x[1]: zero denominator in "1/0"',
    ],
    [
      'orbit vector of the wrong size',
      () => ['group', 'klein4', '--orbit', '1', '2', '3'],
      () => '--orbit: expected 2 coordinates, got 3',
    ],
    [
      'a directory instead of a file',
      () => ['canon', dir],
      () => `${dir}: cannot read file (EISDIR)`,
    ],
    [
      'empty file',
      () => ['canon', write('empty.json', '')],
      () =>
        `${file('empty.json')}: malformed JSON at line 1, column 1: ` +
        'expected a value, found end of input',
    ],
    [
      'networks of different shapes',
      () => ['equal', file('fig2.json'), file('abs.json')],
      () => `${file('abs.json')}: shape 1->1 differs from ${file('fig2.json')}'s 2->1`,
    ],
  ];

  it.each(cases)('%s', async (_, args, message) => {
    const r = await run(...args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`symrelu: ${message()}\n`);
  });

  it.each([
    [['eval'], "error: missing required argument 'net'\n"],
    [['frobnicate'], "error: unknown command 'frobnicate'\n"],
    [
      ['canon', 'a.json', 'b.json'],
      "error: too many arguments for 'canon'. Expected 1 argument but got 2.\n",
    ],
  ])('usage error %j', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
  });
});

describe('the real executable', () => {
  it('prints JSON on stdout and nothing on stderr, exit 0', () => {
    const r = spawn('canon', file('fig2.json'), '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(FIG2_CANON);
  });

  it('exits 1 for a definite no', () => {
    const n = spawn('equal', file('identity.json'), file('abs.json'));
    expect(n.code).toBe(1);
    expect(n.stdout).toMatch(/^not equal: at x = \(/);
  });

  it('exits 2 with one line and no stack trace for bad input', () => {
    for (const args of [
      ['canon', file('malformed.json')],
      ['group', file('infinite.json')],
    ]) {
      const r = spawn(...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^symrelu: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('runs through the symrelu launcher in bin/', () => {
    const r = spawnSync(process.execPath, ['bin/symrelu.js', 'eval', file('fig2.json'), '1', '2'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('2\n');
  });
});

describe('io helpers', () => {
  it('writeOutputDirectory writes every file, or none when one fails', () => {
    const out = join(dir, 'out-ok');
    writeOutputDirectory(
      out,
      new Map<string, string | Uint8Array>([
        ['a.txt', 'A'],
        ['b.bin', new Uint8Array([1, 2])],
      ]),
    );
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('A');
    expect([...readFileSync(join(out, 'b.bin'))]).toEqual([1, 2]);

    const failed = join(dir, 'out-failed');
    // The second file's folder does not exist, so writing it fails after the first was staged.
    expect(() =>
      writeOutputDirectory(
        failed,
        new Map([
          ['a.txt', 'A'],
          ['missing/b.txt', 'B'],
        ]),
      ),
    ).toThrow(`${failed}: cannot write the output folder (ENOENT)`);
    expect(existsSync(failed)).toBe(false);
    expect(() => writeOutputDirectory(file('fig2.json'), new Map([['a.txt', 'A']]))).toThrow(
      `${file('fig2.json')}: exists and is not a folder (choose another output folder)`,
    );
  });

  it('progressReporter is silent when stderr is not a terminal or CI is set', () => {
    let written = '';
    const ci = process.env.CI;
    process.env.CI = '1';
    const err = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => {
      written += chunk;
      return true;
    }) as typeof process.stderr.write;
    try {
      const progress = progressReporter('searching');
      progress(1, 10);
      progress(10, 10);
    } finally {
      process.stderr.write = err;
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
    }
    expect(written).toBe('');
  });

  it('loadGroup prefers an existing file over a preset of the same name', () => {
    const sub = join(dir, 'presetlike');
    mkdirSync(sub, { recursive: true });
    const path = join(sub, 'klein4');
    writeFileSync(path, JSON.stringify({ generators: [{ input: [[-1]] }] }));
    expect(loadGroup(path).elements.length).toBe(2);
    expect(loadGroup('klein4').elements.length).toBe(4);
    expect(loadGroup('hyperoctahedral:5', 5000).elements.length).toBe(3840);
  });
});
