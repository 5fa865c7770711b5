/**
 * The message of the `InputError` that `action` throws; any other outcome fails the test.
 */
import { InputError } from '../../src/scalar/parseRational.ts';

function inputErrorMessage(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

export { inputErrorMessage };
