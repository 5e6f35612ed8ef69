import { Foundation1732470000000 } from './1732470000000-foundation';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [Foundation1732470000000];
