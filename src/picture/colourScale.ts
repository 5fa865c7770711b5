/**
 * # Colour scales for the figures
 *
 * Defines `sequentialColour(t)` (t in [0, 1], pale yellow to deep blue, for heights and contour
 * levels), `divergingColour(t)` (t in [-1, 1], red through white to blue, for signed values of
 * the feature function), and `shade(colour, f)` for lighting a surface facet. All results are
 * `#rrggbb` hex strings, the only colour form the pictures use.
 */

type Rgb = readonly [number, number, number];

const SEQUENTIAL: readonly Rgb[] = [
  [255, 247, 188],
  [127, 205, 187],
  [44, 127, 184],
  [37, 52, 148],
];

const DIVERGING_NEGATIVE: Rgb = [202, 0, 32];
const DIVERGING_ZERO: Rgb = [247, 247, 247];
const DIVERGING_POSITIVE: Rgb = [5, 113, 176];

function clamp01(t: number): number {
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function parseHex(colour: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as unknown as Rgb;
}

function sequentialColour(t: number): string {
  const s = clamp01(t) * (SEQUENTIAL.length - 1);
  const i = Math.min(SEQUENTIAL.length - 2, Math.floor(s));
  return hex(mix(SEQUENTIAL[i]!, SEQUENTIAL[i + 1]!, s - i));
}

function divergingColour(t: number): string {
  const u = t < -1 ? -1 : t > 1 ? 1 : t;
  return u < 0
    ? hex(mix(DIVERGING_ZERO, DIVERGING_NEGATIVE, -u * 0.85))
    : hex(mix(DIVERGING_ZERO, DIVERGING_POSITIVE, u * 0.85));
}

/** The colour scaled towards black by the factor f in [0, 1] (1 keeps it). */
function shade(colour: string, f: number): string {
  const rgb = parseHex(colour);
  return hex(mix([0, 0, 0], rgb, clamp01(f)));
}

export { sequentialColour, divergingColour, shade };
