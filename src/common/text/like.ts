/** Escapes `\`, `%` and `_` for a LIKE pattern written with ESCAPE '\'. */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
