/**
 * # A minimal SVG writer
 *
 * Defines the few SVG elements the figures use (document, polygon, polyline, line, text), with
 * XML escaping and coordinates rounded to two decimals so output is stable and small. Colours
 * are hex strings only (`#rrggbb`), because resvg and every SVG viewer read them identically.
 * Floats are allowed here: this is picture code, and every coordinate it receives was computed
 * exactly and converted with `Rational.approximate()` only for drawing.
 */

type Point = readonly [number, number];

interface Style {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly dash?: string;
  readonly className?: string;
  readonly opacity?: number;
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function coordinate(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

function checkedColour(colour: string): string {
  if (colour !== 'none' && !HEX_COLOUR.test(colour)) {
    throw new Error(`picture colours must be lower-case #rrggbb, got "${colour}"`);
  }
  return colour;
}

function styleAttributes(style: Style): string {
  const parts: string[] = [];
  if (style.className) parts.push(`class="${escapeXml(style.className)}"`);
  parts.push(`fill="${checkedColour(style.fill ?? 'none')}"`);
  if (style.stroke) parts.push(`stroke="${checkedColour(style.stroke)}"`);
  if (style.strokeWidth !== undefined)
    parts.push(`stroke-width="${coordinate(style.strokeWidth)}"`);
  if (style.dash) parts.push(`stroke-dasharray="${style.dash}"`);
  if (style.opacity !== undefined) parts.push(`fill-opacity="${coordinate(style.opacity)}"`);
  if (style.stroke) parts.push('stroke-linejoin="round" stroke-linecap="round"');
  return parts.join(' ');
}

function pointList(points: readonly Point[]): string {
  return points.map(([x, y]) => `${coordinate(x)},${coordinate(y)}`).join(' ');
}

function svgPolygon(points: readonly Point[], style: Style): string {
  return `<polygon points="${pointList(points)}" ${styleAttributes(style)}/>`;
}

function svgPolyline(points: readonly Point[], style: Style): string {
  return `<polyline points="${pointList(points)}" ${styleAttributes(style)}/>`;
}

function svgLine(from: Point, to: Point, style: Style): string {
  const [x1, y1] = from.map(coordinate);
  const [x2, y2] = to.map(coordinate);
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" ${styleAttributes(style)}/>`;
}

interface TextOptions {
  readonly size?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly colour?: string;
  readonly className?: string;
  readonly weight?: 'normal' | 'bold';
}

function svgText(at: Point, text: string, options: TextOptions = {}): string {
  const cls = options.className ? ` class="${escapeXml(options.className)}"` : '';
  const weight = options.weight === 'bold' ? ' font-weight="bold"' : '';
  return (
    `<text${cls} x="${coordinate(at[0])}" y="${coordinate(at[1])}" font-family="DejaVu Sans, ` +
    `sans-serif" font-size="${coordinate(options.size ?? 14)}"${weight} text-anchor="` +
    `${options.anchor ?? 'middle'}" fill="${checkedColour(options.colour ?? '#222222')}">` +
    `${escapeXml(text)}</text>`
  );
}

/** A complete SVG document of the given pixel size on a white background. */
function svgDocument(
  width: number,
  height: number,
  title: string,
  body: readonly string[],
): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

export { escapeXml, svgDocument, svgPolygon, svgPolyline, svgLine, svgText, HEX_COLOUR };
export type { Point, Style, TextOptions };
