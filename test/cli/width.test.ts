/**
 * CLI contract of `symrelu width` and `symrelu verify`: most cases run `main` in-process with
 * stdout and stderr captured; two spawn the real entry point for exit codes and clean stderr.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run, spawnCli } from '../helpers/cli.ts';
import { presetGroup } from '../../src/group/presets.ts';
import { buildCertificate } from '../../src/certificate/buildCertificate.ts';
import { FIGURE2 } from '../theory/width/fixtures.ts';

let dir = '';
let good = '';
let bad = '';
let broken = '';
let notInvariant = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'symrelu-width-'));
  const cert = JSON.parse(JSON.stringify(buildCertificate(FIGURE2, presetGroup('klein4'))));
  good = join(dir, 'certificate.json');
  writeFileSync(good, JSON.stringify(cert));
  cert.claims[2].realisation.permutations[0][4] = 4;
  bad = join(dir, 'tampered.json');
  writeFileSync(bad, JSON.stringify(cert));
  broken = join(dir, 'broken.json');
  writeFileSync(broken, '{"format": "symrelu-certificate", ');
  notInvariant = join(dir, 'relu-a.json');
  writeFileSync(notInvariant, JSON.stringify({ channels: [{ alpha: [1, 0], beta: [1] }] }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('symrelu width', () => {
  it('gives Example 5.1 GN width 3 in text, with the lower-bound argument', async () => {
    const r = await run('width', 'examples/figure2.json', '--class', 'gn');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('least GN width: 3');
    expect(r.stdout).toContain('Theorem 4.2');
  });

  it('gives LEN widths 6 (any) and 8 (regular) as JSON with permutations', async () => {
    const any = await run(
      'width',
      'examples/figure2.json',
      '--class',
      'len',
      '--group',
      'klein4',
      '--json',
    );
    expect(any.code).toBe(0);
    const a = JSON.parse(any.stdout);
    expect([a.width, a.exact, a.realisation.channels.length, a.permutations.length]).toEqual([
      6,
      true,
      6,
      2,
    ]);
    expect(a.lowerBound.method).toBe('len-orbit-enumeration');
    const reg = JSON.parse(
      (
        await run(
          'width',
          'examples/figure2.json',
          '--class',
          'len',
          '--group',
          'klein4',
          '--hidden',
          'regular',
          '--json',
        )
      ).stdout,
    );
    expect(reg.width).toBe(8);
  });

  it(
    'gives GEN width 3 for the invariant target and exit 1 with a witness for a non-invariant ' +
      'one',
    async () => {
      const gen = await run(
        'width',
        'examples/figure2.json',
        '--class',
        'gen',
        '--group',
        'klein4',
        '--json',
      );
      expect(JSON.parse(gen.stdout).width).toBe(3);
      const no = await run('width', notInvariant, '--class', 'len', '--group', 'klein4');
      expect(no.code).toBe(1);
      expect(no.stdout).toContain('not invariant');
    },
  );

  it('refuses bad usage with exit 2 and one line', async () => {
    const noGroup = await run('width', 'examples/figure2.json', '--class', 'len');
    expect(noGroup.code).toBe(2);
    expect(noGroup.stderr).toMatch(/^symrelu: --group: .*\n$/);
    const badHidden = await run(
      'width',
      'examples/figure2.json',
      '--class',
      'len',
      '--group',
      'klein4',
      '--hidden',
      'free',
    );
    expect(badHidden.code).toBe(2);
    const badClass = await run('width', 'examples/figure2.json', '--class', 'xyz');
    expect(badClass.code).toBe(2);
  });
});

describe('symrelu verify', () => {
  it(
    'accepts the Example 5.1 certificate (exit 0) and names the failed claim of a tampered one ' +
      '(exit 1)',
    async () => {
      const ok = await run('verify', good);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('certificate verified');
      const no = await run('verify', bad, '--json');
      expect(no.code).toBe(1);
      const verdict = JSON.parse(no.stdout);
      expect(verdict.valid).toBe(false);
      expect(verdict.claims.find((c: { id: string }) => c.id === 'len-any').messages[0]).toContain(
        'claim "len-any"',
      );
    },
  );

  it('exits 2 with one stderr line for an unreadable certificate (real process)', () => {
    const r = spawnCli('verify', broken);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('broken.json');
    expect(r.stdout).toBe('');
  });

  it('exits 1 on a tampered certificate in a real process, without a stack trace', () => {
    const r = spawnCli('verify', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL len-any');
    expect(r.stderr).toBe('');
  });
});
