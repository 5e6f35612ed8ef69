import { DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

/** The part of class-validator's metadata read here. */
interface ValidationMetadata {
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
  groups?: string[];
}

type Schema = Record<string, unknown>;

/** What a class-validator rule says about the value, in JSON Schema terms. */
function limitsOf(m: ValidationMetadata): Schema | undefined {
  const [a, b] = (m.constraints ?? []) as unknown[];
  switch (m.name) {
    case 'maxLength':
      return { maxLength: a };
    case 'minLength':
      return { minLength: a };
    case 'isLength':
      return { minLength: a, ...(b === undefined ? {} : { maxLength: b }) };
    case 'arrayMaxSize':
      return { maxItems: a };
    case 'arrayMinSize':
      return { minItems: a };
    case 'isUuid':
      return { format: 'uuid' };
    // validator.js refuses a local part over 64 and a domain over 254 characters.
    case 'isEmail':
      return { format: 'email', maxLength: 320 };
    case 'isIn':
      return { enum: a };
    case 'min':
      return { minimum: a };
    case 'max':
      return { maximum: a };
    case 'isInt':
      return { type: 'integer', format: 'int32' };
    case 'matches':
      return a instanceof RegExp && a.flags === '' ? { pattern: a.source } : undefined;
    default:
      return undefined;
  }
}

/** Only limits for the value's kind: no `maxLength` on a number, no `minimum` on a string. */
const FOR = {
  string: ['maxLength', 'minLength', 'format', 'pattern', 'enum'],
  number: ['minimum', 'maximum', 'type', 'format', 'enum'],
  array: ['maxItems', 'minItems'],
} as const;

function kindOf(type: unknown): keyof typeof FOR | undefined {
  if (type === String || type === 'string') return 'string';
  if (type === Number || type === 'number' || type === 'integer') return 'number';
  if (Array.isArray(type) || type === 'array') return 'array';
  return undefined;
}

function pick(limits: Schema, kind: keyof typeof FOR | undefined, current: Schema): Schema {
  const allowed: readonly string[] = kind ? FOR[kind] : [];
  // What the decorator says explicitly wins; a rule adds only what is missing.
  return Object.fromEntries(
    Object.entries(limits).filter(([k]) => allowed.includes(k) && current[k] === undefined),
  );
}

/**
 * Copies the limits class-validator enforces (lengths, sizes, ranges, formats, patterns) into
 * the Swagger metadata of every validated property that the document shows, so that
 * openapi.yaml states the same limits the API applies, for bodies and query parameters alike.
 * An explicit `@ApiProperty` value always wins. Runs before the document is built; repeated
 * runs change nothing.
 */
export function applyValidationLimits(): void {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<{ prototype: object }, ValidationMetadata[]>;
  };
  for (const [target, rules] of storage.validationMetadatas) {
    for (const rule of rules) {
      const limits = limitsOf(rule);
      if (!limits || rule.groups?.length) continue;
      const key = rule.propertyName;
      const current = Reflect.getMetadata(
        DECORATORS.API_MODEL_PROPERTIES,
        target.prototype,
        key,
      ) as Schema | undefined;
      if (!current) continue;
      const type =
        typeof current.type === 'function' && !isClass(current.type) ? undefined : current.type;
      const isArray = Array.isArray(type) || current.isArray === true;
      let next: Schema;
      // `each` on a value that is not a list in the API: a comma list split by a transform.
      if (rule.each && !isArray) continue;
      if (rule.each) {
        const itemType = Array.isArray(type) ? type[0] : current.enum ? 'string' : type;
        const items = (current.items as Schema | undefined) ?? { type: schemaType(itemType) };
        const add = pick(limits, current.enum ? undefined : kindOf(itemType), items);
        if (!Object.keys(add).length) continue;
        next = { ...current, items: { ...items, ...add } };
      } else {
        const kind = isArray ? 'array' : kindOf(type);
        const add = pick(limits, kind, current);
        // An integer rule on a TypeScript `number` makes it an integer in the document.
        if (kind === 'number' && limits.type === 'integer') add.type = 'integer';
        if (!Object.keys(add).length) continue;
        next = { ...current, ...add };
      }
      Reflect.defineMetadata(DECORATORS.API_MODEL_PROPERTIES, next, target.prototype, key);
    }
  }
}

const isClass = (f: unknown) => f === String || f === Number || f === Boolean || f === Date;

function schemaType(type: unknown): string | undefined {
  if (type === String || type === 'string') return 'string';
  if (type === Number || type === 'number') return 'number';
  if (type === Boolean || type === 'boolean') return 'boolean';
  return undefined;
}
