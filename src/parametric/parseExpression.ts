/**
 * # Reading polynomial expressions in declared parameters
 *
 * Defines `parseExpression(text, parameters, where)`, turning a weight of a parametric network
 * (`"t"`, `"2*a - 1"`, `"a*b/3"`, `"(1/2)*t^2"`, `"-0.25*s"`) into an exact `Polynomial`.
 *
 * Grammar (recursive descent, one token of lookahead):
 *
 *     expr   := term (('+' | '-') term)*
 *     term   := unary (('*' | '/') unary)*          division only by a nonzero constant
 *     unary  := ('+' | '-') unary | power
 *     power  := atom ('^' natural)?                  exponent a whole number <= 64
 *     atom   := number | parameter | '(' expr ')'
 *
 * Every intermediate polynomial stays within total degree 64 and 10000 terms, checked before
 * a product or power is formed, so `"((t+1)^64)^64"` is refused at its `^` instead of
 * exhausting memory.
 *
 * Numbers are integers or decimals (`0.125`, `1e-3`) read exactly by `parseRational`. Every
 * name must be declared in `parameters`; anything else is an `InputError` naming the field and
 * the character position. Why a parser of our own instead of nerdamer: the accepted language
 * is tiny, the result must be an exact polynomial (nerdamer would need its output re-parsed and
 * re-checked anyway), and errors must point at the offending character.
 */

import { InputError, inexactNumberToken, parseRational } from '../scalar/parseRational.ts';
import { Polynomial } from './polynomial.ts';

const MAX_EXPONENT = 64;
const MAX_DEGREE = 64;
const MAX_TERMS = 10_000;

/** Upper bound on the number of monomials of degree <= D in v variables: C(v + D, v). */
function monomialBound(variables: number, degree: number): number {
  let bound = 1;
  for (let j = 1; j <= variables; j++) {
    bound = (bound * (degree + j)) / j;
    if (bound > MAX_TERMS) return bound;
  }
  return bound;
}

interface Token {
  readonly kind: 'number' | 'name' | 'op' | 'end';
  readonly text: string;
  readonly at: number;
}

function tokenize(text: string, where: string): Token[] {
  const tokens: Token[] = [];
  const number = /\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?/.source;
  const name = /[A-Za-z_][A-Za-z0-9_]*/.source;
  const pattern = new RegExp(`\\s*(?:(${number})|(${name})|([-+*/^()]))`, 'y');
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    if (!m) {
      const at = pos + (/^\s*/.exec(text.slice(pos))?.[0].length ?? 0);
      throw new InputError(
        where,
        `unexpected character "${text[at]}" at position ${at + 1} of "${text}"`,
      );
    }
    const at = m.index + m[0].length - (m[1] ?? m[2] ?? m[3])!.length;
    if (m[1] !== undefined) tokens.push({ kind: 'number', text: m[1], at });
    else if (m[2] !== undefined) tokens.push({ kind: 'name', text: m[2], at });
    else tokens.push({ kind: 'op', text: m[3]!, at });
    pos = pattern.lastIndex;
  }
  tokens.push({ kind: 'end', text: '', at: text.length });
  return tokens;
}

/**
 * The polynomial denoted by `text`.
 * @example parseExpression('2*a - 1', ['a'], 'f.json: A[0][0]').toString() === '2*a - 1'
 * @param text the expression (or a JSON number, read as a constant)
 * @param parameters the declared parameter names
 * @param where file and field, used in error messages
 * @throws InputError for syntax errors, undeclared names, division by a non-constant or by zero
 */
function parseExpression(text: unknown, parameters: readonly string[], where: string): Polynomial {
  // An unquoted inexact JSON number arrives marked; parseRational words the refusal.
  if (typeof text === 'number' || inexactNumberToken(text) !== null) {
    return Polynomial.constant(parseRational(text, where));
  }
  if (typeof text !== 'string') {
    throw new InputError(where, 'expected a number or an expression string like "2*t - 1"');
  }
  if (text.trim() === '') throw new InputError(where, 'empty expression');
  const tokens = tokenize(text, where);
  let i = 0;
  const peek = (): Token => tokens[i]!;
  const fail = (t: Token, problem: string): never => {
    throw new InputError(where, `${problem} at position ${t.at + 1} of "${text}"`);
  };

  const checkSize = (at: Token, degree: number, terms: number): void => {
    if (degree > MAX_DEGREE)
      fail(at, `the expression reaches degree ${degree} (at most ${MAX_DEGREE})`);
    if (terms > MAX_TERMS) fail(at, `the expression may expand to more than ${MAX_TERMS} terms`);
  };
  const expr = (): Polynomial => {
    let acc = term();
    while (peek().kind === 'op' && (peek().text === '+' || peek().text === '-')) {
      const op = tokens[i++]!.text;
      const rhs = term();
      acc = op === '+' ? acc.add(rhs) : acc.sub(rhs);
    }
    return acc;
  };
  const term = (): Polynomial => {
    let acc = unary();
    while (peek().kind === 'op' && (peek().text === '*' || peek().text === '/')) {
      const opToken = tokens[i++]!;
      const rhs = unary();
      if (opToken.text === '*') {
        checkSize(opToken, acc.totalDegree() + rhs.totalDegree(), acc.terms.size * rhs.terms.size);
        acc = acc.mul(rhs);
      } else {
        const c = rhs.constantValue();
        if (c === null)
          fail(opToken, 'division by a non-constant (only division by numbers is allowed)');
        if (c!.isZero()) fail(opToken, 'division by zero');
        acc = acc.scale(c!.inv());
      }
    }
    return acc;
  };
  const unary = (): Polynomial => {
    const t = peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      i++;
      const inner = unary();
      return t.text === '-' ? inner.neg() : inner;
    }
    return power();
  };
  const power = (): Polynomial => {
    const base = atom();
    if (peek().kind === 'op' && peek().text === '^') {
      i++;
      const e = tokens[i++]!;
      if (e.kind !== 'number' || !/^\d+$/.test(e.text) || Number(e.text) > MAX_EXPONENT) {
        fail(e, `exponent must be a whole number 0..${MAX_EXPONENT}`);
      }
      const degree = base.totalDegree() * Number(e.text);
      checkSize(e, degree, monomialBound(base.variables().length, degree));
      return base.pow(Number(e.text));
    }
    return base;
  };
  const atom = (): Polynomial => {
    const t = tokens[i++]!;
    if (t.kind === 'number') return Polynomial.constant(parseRational(t.text, where));
    if (t.kind === 'name') {
      if (!parameters.includes(t.text)) {
        const declared = parameters.length ? parameters.join(', ') : 'none';
        fail(t, `undeclared parameter "${t.text}" (declared: ${declared})`);
      }
      return Polynomial.variable(t.text);
    }
    if (t.kind === 'op' && t.text === '(') {
      const inner = expr();
      const close = tokens[i++]!;
      if (close.kind !== 'op' || close.text !== ')') fail(close, 'expected ")"');
      return inner;
    }
    return fail(t, t.kind === 'end' ? 'unexpected end of expression' : `unexpected "${t.text}"`);
  };

  const result = expr();
  if (peek().kind !== 'end') fail(peek(), `unexpected "${peek().text}"`);
  return result;
}

export { parseExpression };
