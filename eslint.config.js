import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const parseFloatRule = {
  object: 'Number',
  property: 'parseFloat',
  message: 'Exact code parses with Rational.',
};
const floatOnly = 'Floats are for pictures only: decide with Rational (src/scalar/rational.ts).';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'bin/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', 'parseFloat'],
      'no-restricted-properties': ['error', parseFloatRule],
    },
  },
  {
    // The ground rule "no float arithmetic on scalars": outside picture code, src/ may not round,
    // take float absolute values or square roots, or format floats.
    files: ['src/**/*.ts'],
    ignores: ['src/picture/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        parseFloatRule,
        ...['abs', 'round', 'floor', 'ceil', 'sqrt'].map((property) => ({
          object: 'Math',
          property,
          message: floatOnly,
        })),
        { property: 'toFixed', message: floatOnly },
      ],
    },
  },
);
