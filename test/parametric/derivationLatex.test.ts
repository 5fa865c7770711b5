/**
 * The LaTeX derivation of `symrelu derive` compiles with the real pdflatex (texlive-latex-base
 * only), for the Example 5.1 family and for a general LEN layer with five parameters, and reads
 * as exact sentences.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { presetGroup } from '../../src/group/presets.ts';
import { parseParametricNetwork } from '../../src/parametric/parametricNetwork.ts';
import { deriveParametric } from '../../src/parametric/derivation.ts';
import { derivationToLatex } from '../../src/parametric/derivationLatex.ts';
import { generalLenLayer, parseOrbitTypes } from '../../src/parametric/generalLayer.ts';

const PDFLATEX = '/usr/bin/pdflatex';

function compile(tex: string): { ok: boolean; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'symrelu-parametric-'));
  try {
    writeFileSync(join(dir, 'derivation.tex'), tex);
    const r = spawnSync(
      PDFLATEX,
      ['-interaction=nonstopmode', '-halt-on-error', 'derivation.tex'],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const log = existsSync(join(dir, 'derivation.log'))
      ? readFileSync(join(dir, 'derivation.log'), 'utf8')
      : '';
    return { ok: r.status === 0 && existsSync(join(dir, 'derivation.pdf')), log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const klein4 = presetGroup('klein4');

describe.skipIf(!existsSync(PDFLATEX))('derivationToLatex compiles', () => {
  it('for the Example 5.1 family, stating t = 1 and t != 0', () => {
    const net = parseParametricNetwork(
      JSON.parse(readFileSync('examples/parametric/figure2-family.json', 'utf8')),
      'family',
    );
    const tex = derivationToLatex(deriveParametric(net, klein4), 'Family with t_1 & 50% #');
    expect(tex).toContain(
      'gives the following 3 pairwise disjoint cases, which together cover all rational ' +
        'parameter values (each split covers all signs;',
    );
    expect(tex).toContain('\n$F$ is klein4-equivariant if and only if $t = 1$.\n');
    expect(tex).toContain(
      '\\item $\\langle (1,\\ -1), x\\rangle = 0$ is a boundary hyperplane if and only if ' +
        '$t \\neq 0$.\n',
    );
    expect(tex).toContain(
      '\\item $\\langle (0,\\ 1), x\\rangle = 0$ is a boundary hyperplane for every ' +
        'parameter value.\n',
    );
    expect(tex).toContain(
      '\nThe given parametrisation is a LEN under klein4 for no parameter value.\n',
    );
    // Channels are numbered from 1 here: the third channel vanishes for t = 0.
    expect(tex).toContain('\nChannel 3 has zero channel vector here.\n');
    expect(tex).toContain(
      '\n\\emph{Equivariance:} $F$ is klein4-equivariant in this case if and only if $t = 1$.\n',
    );
    expect(tex).toContain(
      '\n\\emph{LEN:} the parametrisation is a LEN for no parameter value in this case.\n',
    );
    expect(tex).not.toMatch(/[a-z]\d+ pairwise|exactly \(|parameter values\./);
    const { ok, log } = compile(tex);
    expect(ok, log.slice(-2000)).toBe(true);
    expect(log).not.toContain('Overfull');
  });

  it('for the general LEN layer (five parameters, many cases)', () => {
    const layer = generalLenLayer(klein4, parseOrbitTypes('G/1,G/<3>', klein4, '--hidden'), 1);
    const tex = derivationToLatex(deriveParametric(layer.network, klein4));
    expect(tex).toContain('\nChannels 5 and 6 have zero channel vectors here.\n');
    expect(tex).toContain('\nChannels 1, 2, 3 and 4 have zero channel vectors here.\n');
    expect(tex).toContain('\n$F$ is klein4-equivariant for every parameter value.\n');
    expect(tex).toContain(
      '\\item $\\bigl(b_{1}\\bigr)\\,' +
        '\\lvert\\langle (a_{2},\\ a_{1}), x\\rangle\\rvert$ (channels 1, 3).',
    );
    const { ok, log } = compile(tex);
    expect(ok, log.slice(-2000)).toBe(true);
  });
});
