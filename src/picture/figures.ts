/**
 * # The figure set for a planar target
 *
 * Defines `figureFiles(net, options)`: the files of Figures 1 and 2 for a network with input
 * dimension 2, as a name -> content map ready for `writeOutputDirectory`:
 *
 * - `figure1-surface.svg/png`: the graph of F as an exact polyhedral surface;
 * - `figure1-contours.svg/png`: the exact level sets (hexagons for Example 5.1);
 * - `figure2-feature-<a>.svg/png`, one per input coordinate: that column of `Phi_F`.
 *
 * For an output dimension k > 1 every name gets the suffix `-out<r>` (r = 1..k) and one set is
 * drawn per output component, from the linear regions of that component alone (the network
 * with output weights `beta_i[r]`): its boundary hyperplanes are where that component has a
 * kink, so a linear component is one flat facet with no boundary line. Titles carry no figure
 * number; the document's captions number the figures.
 */

import { Rational } from '../scalar/rational.ts';
import type { Network } from '../network/network.ts';
import { linearRegions } from './linearRegions.ts';
import { surfaceSvg } from './surfaceSvg.ts';
import { contourSvg } from './contourSvg.ts';
import { featureMapSvg } from './featureMapSvg.ts';
import { svgToPng } from './svgToPng.ts';

interface FigureOptions {
  /** Names of the two input coordinates (default `x1`, `x2`). */
  readonly labels?: readonly [string, string];
  /** Half the side of the drawn square (default 1). */
  readonly extent?: Rational;
  /** Also render PNG copies (default true). */
  readonly png?: boolean;
}

/** Output component r of a network, as a network with scalar output. */
function componentNetwork(net: Network, r: number): Network {
  return {
    inputDim: net.inputDim,
    outputDim: 1,
    channels: net.channels.map((c) => ({ alpha: c.alpha, beta: [c.beta[r]!] })),
  };
}

function fileSafe(label: string): string {
  return label.replace(/[^A-Za-z0-9_-]/g, '') || 'x';
}

/**
 * Every figure file for a planar target, SVG and (by default) PNG.
 * @example [...figureFiles(s, { labels: ['a', 'b'] }).keys()] // figure1-surface.svg, ...
 * @param net a network with input dimension 2
 * @param options coordinate names, drawn square, whether to render PNG
 * @throws InputError when the input dimension is not 2
 */
function figureFiles(net: Network, options: FigureOptions = {}): Map<string, string | Uint8Array> {
  const labels = options.labels ?? ['x1', 'x2'];
  const files = new Map<string, string | Uint8Array>();
  const add = (name: string, svg: string): void => {
    files.set(`${name}.svg`, svg);
    if (options.png ?? true) files.set(`${name}.png`, svgToPng(svg));
  };
  for (let r = 0; r < net.outputDim; r++) {
    const suffix = net.outputDim > 1 ? `-out${r + 1}` : '';
    const of = net.outputDim > 1 ? ` (output ${r + 1})` : '';
    const regions = linearRegions(componentNetwork(net, r), options.extent ?? Rational.ONE);
    add(`figure1-surface${suffix}`, surfaceSvg(regions, { labels, title: `the graph of F${of}` }));
    add(
      `figure1-contours${suffix}`,
      contourSvg(regions, { labels, title: `exact level sets of F${of}` }),
    );
    for (let j = 0; j < 2; j++) {
      add(
        `figure2-feature-${fileSafe(labels[j]!)}${suffix}`,
        featureMapSvg(regions, {
          coordinate: j,
          labels,
          title: `feature function, dF/d${labels[j]}${of}`,
        }),
      );
    }
  }
  return files;
}

export { figureFiles };
export type { FigureOptions };
