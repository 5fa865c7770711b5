/**
 * CLI contract of `symrelu dimension`: the Example 5.1 table, JSON, and usage errors (in-process).
 */
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.ts';

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
