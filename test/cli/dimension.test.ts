/**
 * CLI contract of `symrelu dimension`: the Example 5.1 table, JSON, and usage errors (in-process).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/program.ts';

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.exitCode = undefined;
  }
}

describe('symrelu dimension', () => {
  it('prints the Example 5.1 table', async () => {
    const r = await run('dimension', 'examples/figure2.json', '--group', 'klein4');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/LEN any hidden action, least width\s+6\s+5\s+3/);
    expect(r.stdout).toMatch(/GN, width of the symmetrised GN\s+12\s+36\s+24/);
  });

  it('gives JSON rows and refuses a missing group with exit 2', async () => {
    const r = await run('dimension', 'examples/figure2.json', '--group', 'klein4', '--json');
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { parameters: number }) => x.parameters)).toEqual([9, 5, 6, 9, 18, 36]);
    expect(rows[2].functionalDimension).toBe(4);
    const bad = await run('dimension', 'examples/figure2.json');
    expect(bad.code).toBe(2);
  });
});
