// Used by the TypeORM CLI only (`npx typeorm -d dist/src/database/data-source.js migration:generate`).
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

export default new DataSource({
  ...dataSourceOptions(
    process.env.DATABASE_URL ?? 'postgres://postgres:postgres@localhost:54329/helpdesk',
  ),
  entities: [`${__dirname}/../**/*.entity.{ts,js}`],
});
