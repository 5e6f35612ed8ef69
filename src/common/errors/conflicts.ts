import { isUniqueViolation } from '../../database/pg-errors';
import { AppError } from './app-error';

/**
 * Runs a write; a unique violation becomes a 409 with `detail` (what is taken and what to do
 * instead). Other errors pass through unchanged.
 */
export async function conflictOnDuplicate<T>(write: Promise<T>, detail: string): Promise<T> {
  try {
    return await write;
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('conflict', detail);
    throw e;
  }
}
