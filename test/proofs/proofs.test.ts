import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { run as example51 } from '../../proofs/example-5.1.ts';
import { run as theorem42 } from '../../proofs/theorem-4.2.ts';
import { run as lemma61 } from '../../proofs/lemma-6.1.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('proofs/', () => {
  it('example-5.1 proves GEN width 3, LEN width 6 (any) and 8 (regular)', () => {
    const { ok, lines } = example51();
    expect(ok).toBe(true);
    expect(lines).toContain('  checked  least GN width is 3');
    expect(lines).toContain('  checked  least LEN width (regular hidden orbits only) is 8');
    expect(lines.at(-1)).toBe(
      'proved: s is in GEN_3 but not in LEN_5; least LEN width 6 (any), 8 (regular)',
    );
  });

  it('theorem-4.2 agrees with the feature function on boundary and non-boundary lines', () => {
    const { ok, lines } = theorem42();
    expect(ok).toBe(true);
    expect(lines.filter((l) => l.includes('boundary by Theorem 4.2; Phi_F jumps'))).toHaveLength(3);
    expect(lines.filter((l) => l.includes('not boundary by Theorem 4.2'))).toHaveLength(3);
    expect(lines).toContain('    from ray (0, 1): Phi_F = (-1, 1)');
    expect(lines.some((l) => l.includes('the relu variant gives 1, the |.| sum gives 0'))).toBe(
      true,
    );
  });

  it('lemma-6.1 gives width 12, then 6 merged, both computing s', () => {
    const { ok, lines } = lemma61();
    expect(ok).toBe(true);
    expect(lines[1]).toMatch(/^ {2}symmetrisation: width 12 = \|G\| \* 3, a LEN with regular/);
    expect(lines[2]).toMatch(/^ {2}merged along rays: width 6, a LEN with any/);
  });

  it('runs as a script and exits 0', () => {
    const r = spawnSync('npx', ['tsx', 'proofs/lemma-6.1.ts'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('checked: GEN_3 is inside LEN_12');
    expect(r.stderr).toBe('');
  });
});
