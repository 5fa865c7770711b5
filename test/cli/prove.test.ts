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
    expect(summary.files).toEqual(['certificate.json', 'derivation.pdf', 'derivation.tex']);
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
    expect(output.summary[1]).toBe(
      'target: F(a,b) = relu(a) - relu(-a) + relu(b) + relu(-b); 1 boundary hyperplane',
    );
    expect(output.summary[2]).toBe(
      'least GN width 3; the target is not G-equivariant, so it lies in no GEN or LEN class',
    );
    expect(output.files.has('figure1-surface.svg')).toBe(true);
    expect(output.pdf).toBe('missing');
  });
});
