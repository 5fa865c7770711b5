import { describe, expect, it } from 'vitest';
import {
  checkCertificate,
  buildCertificate,
  minimalGnWidth,
  minimalLenWidth,
  parseNetwork,
  presetGroup,
} from '../src/index.ts';

const s = parseNetwork(
  {
    channels: [
      { alpha: [1, 0], beta: [1] },
      { alpha: [0, -1], beta: [1] },
      { alpha: [-1, 1], beta: [1] },
    ],
  },
  'example',
);

describe('the symrelu facade', () => {
  it('answers Example 5.1 from one import: GN 3, LEN 6 (any), LEN 8 (regular)', () => {
    const klein4 = presetGroup('klein4');
    expect(minimalGnWidth(s).width).toBe(3);
    expect(minimalLenWidth(s, klein4, 'any').width).toBe(6);
    expect(minimalLenWidth(s, klein4, 'regular').width).toBe(8);
  });

  it('builds a certificate that the independent checker accepts', () => {
    const cert = JSON.parse(JSON.stringify(buildCertificate(s, presetGroup('klein4'))));
    expect(checkCertificate(cert).valid).toBe(true);
  });
});
