/**
 * The project's own rules, checked with the suite so CI enforces them: the whole tree type-checks
 * under the strict tsconfig, eslint finds nothing (it forbids float helpers such as parseFloat
 * and Math.round in exact code), and prettier's 100-column style holds.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function run(command: string, args: string[]): { code: number | null; output: string } {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}`.slice(0, 4000) };
}

describe('code quality', () => {
  it('type-checks (tsc --noEmit)', () => {
    const r = run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  it('passes eslint', () => {
    const r = run(process.execPath, ['node_modules/eslint/bin/eslint.js', '.']);
    expect(r.output).toBe('');
    expect(r.code).toBe(0);
  });

  it('is formatted by prettier', () => {
    const r = run(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']);
    expect(r.code, r.output).toBe(0);
  });
});
