/**
 * A list in a query string, sent as a comma list (`status=new,open`) or by repeating the
 * parameter (`status=new&status=open`): the transform makes an array of either, and the
 * Swagger options describe it as OpenAPI's `style: form, explode: false`.
 */
export const commaList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

/** Spread into `@ApiPropertyOptional({ ...COMMA_LIST, enum, isArray: true })`. */
export const COMMA_LIST = { style: 'form', explode: false } as const;
