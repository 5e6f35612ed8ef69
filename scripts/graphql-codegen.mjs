// `node scripts/graphql-codegen.mjs clients/graphql`: runs GraphQL Code Generator's plugins on
// the directory's codegen.yml, as `graphql-codegen --config codegen.yml` does, with
// @graphql-codegen/core (the CLI needs a newer Node than this project's). Prints the files written.
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { buildSchema, parse, printSchema } from 'graphql';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import process from 'node:process';
import { parse as parseYaml } from 'yaml';

const pluginMap = { typescript, 'typescript-operations': typescriptOperations };
const dir = resolve(process.argv[2] ?? '.');
// Paths in codegen.yml (importSchemaTypesFrom too) are relative to it, as for the CLI.
process.chdir(dir);
const config = parseYaml(readFileSync(resolve(dir, 'codegen.yml'), 'utf8'));
const schema = parse(printSchema(buildSchema(readFileSync(resolve(dir, config.schema), 'utf8'))));
const documents = [config.documents].flat().map((file) => {
  const location = resolve(dir, file);
  return { location, document: parse(readFileSync(location, 'utf8')) };
});
for (const [target, output] of Object.entries(config.generates)) {
  const file = resolve(dir, target);
  const text = await codegen({
    filename: target,
    schema,
    documents,
    plugins: output.plugins.map((name) => ({ [name]: {} })),
    pluginMap,
    config: { ...config.config, ...output.config },
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  process.stdout.write(`${file}\n`);
}
