import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { q, type Rational } from '../../src/scalar/rational.ts';
import { presetGroup } from '../../src/group/presets.ts';
import type { Network } from '../../src/network/network.ts';
import { checkCertificate } from '../../src/certificate/checkCertificate.ts';
import {
  certificationOutput,
  example51Target,
  runCertification,
} from '../../src/cli/commands/prove.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const EXAMPLE_FILES = [
  'certificate.json',
  'derivation-body.tex',
  'derivation.pdf',
  'derivation.tex',
  'figure1-contours.png',
  'figure1-contours.svg',
  'figure1-surface.png',
  'figure1-surface.svg',
  'figure2-feature-a.png',
  'figure2-feature-a.svg',
  'figure2-feature-b.png',
  'figure2-feature-b.svg',
];

function symrelu(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const v = (...xs: number[]): Rational[] => xs.map((x) => q(x));
const scratchDirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'symrelu-prove-'));
  scratchDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe('symrelu prove example-5.1', () => {
  it('prints the summary, writes every file at once, and the certificate re-checks', () => {
    const out = join(scratch(), 'example');
    const r = symrelu(['prove', 'example-5.1', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('group klein4 of order 4 on Q^2 (invariant output)');
    expect(r.stdout).toContain('least GN width 3; least GEN width 3');
    expect(r.stdout).toContain(
      'least LEN width 6 with any permutation hidden layer, 8 with regular hidden layers only',
    );
    expect(r.stdout).toContain('re-checked by the independent checker');
    expect(r.stderr).toBe('');
    expect(readdirSync(out).sort()).toEqual(EXAMPLE_FILES);
    for (const name of EXAMPLE_FILES.filter((n) => n.endsWith('.png'))) {
      expect([...readFileSync(join(out, name)).subarray(0, 8)]).toEqual(PNG);
    }
    expect(readFileSync(join(out, 'derivation.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const cert = JSON.parse(readFileSync(join(out, 'certificate.json'), 'utf8'));
    expect(cert.claims.map((c: { width: number }) => c.width)).toEqual([3, 3, 6, 5, 8]);
    expect(checkCertificate(cert).valid).toBe(true);
  });

  it('without pdflatex still writes the .tex and says how to get pdflatex', () => {
    const out = join(scratch(), 'nopdf');
    const r = symrelu(['prove', 'example-5.1', '--out', out, '--json'], {
      SYMRELU_PDFLATEX: '/nonexistent/pdflatex',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('apt-get install texlive-latex-base');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const summary = JSON.parse(r.stdout);
    expect(summary.verified).toBe(true);
    expect(summary.pdf).toBe('missing');
    expect(existsSync(join(out, 'derivation.tex'))).toBe(true);
    expect(existsSync(join(out, 'derivation.pdf'))).toBe(false);
  });

  it('refuses an unknown result with one line and exit 2', () => {
    const r = symrelu(['prove', 'theorem-9.9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('symrelu: result: unknown result "theorem-9.9" (known: example-5.1)\n');
    expect(r.stdout).toBe('');
  });
});

describe('symrelu certify', () => {
  it('certifies a 3-D target under S_3 without figures', () => {
    const dir = scratch();
    const net = join(dir, 'sum.json');
    writeFileSync(
      net,
      JSON.stringify({
        inputDim: 3,
        outputDim: 1,
        channels: [
          { alpha: [1, 0, 0], beta: [1] },
          { alpha: [0, 1, 0], beta: [1] },
          { alpha: [0, 0, 1], beta: [1] },
        ],
      }),
    );
    const out = join(dir, 'out');
    const r = symrelu(['certify', net, '--group', 'symmetric:3', '--out', out, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.files).toEqual([
      'certificate.json',
      'derivation-body.tex',
      'derivation.pdf',
      'derivation.tex',
    ]);
    expect(summary.equivariant).toBe(true);
    expect(summary.claims.every((c: { verified: boolean }) => c.verified)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(summary.files);
  });

  it('rejects a group that does not fit the target with exit 2 and writes nothing', () => {
    const out = join(scratch(), 'never');
    const r = symrelu(['certify', 'examples/figure2.json', '--group', 'symmetric:3', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^symrelu: /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('symrelu certify on the wide and the non-invariant targets users reported', () => {
  it('certifies the 384-unit hyperoctahedral:4 symmetrisation without an internal error', () => {
    const dir = scratch();
    const seed = join(dir, 'q4.json');
    writeFileSync(seed, '{"channels":[{"alpha":[1,2,3,4],"beta":[1]}]}');
    const sym = symrelu(['symmetrize', seed, '--group', 'hyperoctahedral:4', '--merge']);
    expect(sym.code).toBe(0);
    writeFileSync(join(dir, 'q4s.json'), sym.stdout);
    const out = join(dir, 'out');
    const started = Date.now();
    const r = symrelu([
      'certify',
      join(dir, 'q4s.json'),
      '--group',
      'hyperoctahedral:4',
      '--out',
      out,
    ]);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(
      /^target: F\(x1,x2,x3,x4\) = 1\/384 relu\(x1 \+ 2 x2 \+ 3 x3 \+ 4 x4\)/,
    );
    expect(lines[1]).toMatch(/ \+ \.\.\. \(384 units in all\); 192 boundary hyperplanes$/);
    expect(r.stdout).toContain('least LEN width 384 with any permutation hidden layer');
    expect(readdirSync(out).sort()).toEqual([
      'certificate.json',
      'derivation-body.tex',
      'derivation.pdf',
      'derivation.tex',
    ]);
  }, 120_000);

  it('says first that figure2.json is not dihedral4-invariant, and still exits 0', () => {
    const out = join(scratch(), 'd4');
    const r = symrelu(['certify', 'examples/figure2.json', '--group', 'dihedral4', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'the target is not dihedral4-invariant: no GEN or LEN network computes it; witness ' +
        'x = (1, 1) and generator g1: F(g x) = 2 but F(x) = 1',
    );
    expect(r.stdout).toContain('least GN width 3; no GEN or LEN width (not equivariant)');
    const help = symrelu(['certify', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('A target that is not equivariant is certified too (exit 0)');
    expect(help).toContain('an existing folder is reused: files of the same names are overwritten');
  });
});

describe('runCertification in process', () => {
  it('leaves no output directory when a step fails midway (the PDF, after figures)', () => {
    const out = join(scratch(), 'half');
    expect(() =>
      runCertification(example51Target(), presetGroup('klein4'), {
        title: 'test',
        out,
        compile: () => {
          throw new Error('pdflatex crashed');
        },
      }),
    ).toThrow('pdflatex crashed');
    expect(existsSync(out)).toBe(false);
  });

  it('certifies a target with a nonzero linear part and draws figures for it', () => {
    // relu(a) - relu(-a) + relu(b) + relu(-b) = a + |b|, invariant under b -> -b.
    const target: Network = {
      inputDim: 2,
      outputDim: 1,
      channels: [
        { alpha: v(1, 0), beta: v(1) },
        { alpha: v(-1, 0), beta: v(-1) },
        { alpha: v(0, 1), beta: v(1) },
        { alpha: v(0, -1), beta: v(1) },
      ],
    };
    const group = presetGroup('klein4');
    const output = certificationOutput(target, group, {
      title: 'a + |b|',
      compile: () => ({ status: 'missing', command: 'none' }),
    });
    expect(output.verdict.valid).toBe(true);
    // F(a, b) = a + |b| and g1 swaps a and b: F(1, -1) = 2 but F(-1, 1) = 0.
    expect(output.summary[0]).toBe(
      'the target is not klein4-invariant: no GEN or LEN network computes it; witness ' +
        'x = (1, -1) and generator g1: F(g x) = 0 but F(x) = 2',
    );
    expect(output.summary[2]).toBe(
      'target: F(a,b) = relu(a) - relu(-a) + relu(b) + relu(-b); 1 boundary hyperplane',
    );
    expect(output.summary[3]).toBe('least GN width 3; no GEN or LEN width (not equivariant)');
    expect(output.files.has('figure1-surface.svg')).toBe(true);
    expect(output.pdf).toBe('missing');
  });
});
