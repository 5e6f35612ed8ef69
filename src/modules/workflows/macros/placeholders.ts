/** The placeholders a macro body may use, each read from a plain value (never an object path). */
export const PLACEHOLDERS = [
  'customer.name',
  'customer.email',
  'ticket.number',
  'ticket.subject',
  'ticket.status',
  'ticket.priority',
  'agent.name',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * Replaces `{{customer.name}}` and the other known placeholders with their values. Unknown or
 * missing ones render as nothing; nothing is evaluated, and the lookup is a Map of the known
 * names, so `{{__proto__}}` or `{{constructor.name}}` are just unknown placeholders.
 */
export function renderPlaceholders(
  template: string,
  values: Partial<Record<Placeholder, string | number | null | undefined>>,
): string {
  const known = new Map<string, string>();
  for (const name of PLACEHOLDERS) {
    const v = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    known.set(name, v === null || v === undefined ? '' : String(v));
  }
  return template.replace(/\{\{\s*([\w.$]+)\s*\}\}/g, (_, name: string) => known.get(name) ?? '');
}
