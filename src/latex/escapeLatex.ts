/**
 * # Escaping text for LaTeX
 *
 * Defines `escapeLatex(text)`: arbitrary text (a group's name, a claim's statement, a file name)
 * made safe for LaTeX's text mode, so that characters such as `_`, `%`, `&`, `#`, `{`, `}`,
 * `\`, `^`, `~`, `<`, `>` and `|` print as themselves instead of being read as markup. Non-ASCII
 * characters outside Latin-1 are replaced by `?`, because the document is compiled with the
 * plain `inputenc`/`fontenc` setup of texlive-latex-base.
 */

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/**
 * Text made safe for LaTeX text mode.
 * @example escapeLatex('LEN_5 & 50%') === 'LEN\\_5 \\& 50\\%'
 */
function escapeLatex(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch];
    else if (code < 32) out += ' ';
    else if (code > 255) out += '?';
    else out += ch;
  }
  return out;
}

export { escapeLatex };
