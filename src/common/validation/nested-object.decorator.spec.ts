import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, IsOptional, validateSync } from 'class-validator';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestedObject } from './nested-object.decorator';

class Inner {
  @IsOptional()
  x?: string;
}
class Outer {
  @NestedObject(() => Inner)
  inner: Inner;
}

const errorsOf = (body: object) =>
  validateSync(plainToInstance(Outer, body)).flatMap((e) => Object.values(e.constraints ?? {}));

/** Every input class of the service: the files under src/modules/<feature>/dto/. */
function loadInputs(): void {
  const modules = resolve(__dirname, '../../modules');
  for (const feature of readdirSync(modules)) {
    const dto = join(modules, feature, 'dto');
    if (!existsSync(dto)) continue;
    for (const f of readdirSync(dto).filter((x) => /\.(input|args|dto)\.ts$/.test(x))) {
      // Loaded for their decorators' side effect (class-validator's metadata storage).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(join(dto, f));
    }
  }
}

describe('@NestedObject()', () => {
  it('refuses an array (or a scalar) where one object goes', () => {
    expect(errorsOf({ inner: [] })).toEqual(['inner must be an object']);
    expect(errorsOf({ inner: 'x' })).toContain('inner must be an object');
    expect(errorsOf({ inner: {} })).toEqual([]);
  });

  it('is used by every nested single object of every input (no bare @ValidateNested())', () => {
    loadInputs();
    type Meta = {
      target: unknown;
      propertyName: string;
      type: string;
      name?: string;
      each?: boolean;
    };
    const all = [
      ...(
        getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, Meta[]> }
      ).validationMetadatas.values(),
    ].flat();
    const bare = all
      .filter((m) => m.type === 'nestedValidation' && !m.each)
      .filter((m) => {
        const target = m.target as { prototype: object; name: string };
        if (Reflect.getMetadata('design:type', target.prototype, m.propertyName) === Array)
          return false;
        return !all.some(
          (o) =>
            o.target === m.target && o.propertyName === m.propertyName && o.name === 'isObject',
        );
      })
      .map((m) => `${(m.target as { name: string }).name}.${m.propertyName}`);
    expect(all.length).toBeGreaterThan(100);
    expect(bare).toEqual([]);
  });
});
