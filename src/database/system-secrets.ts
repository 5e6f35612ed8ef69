import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * Platform secrets generated once and kept in `system_settings`, so every instance sharing the
 * database signs and verifies with the same key (access tokens, survey links). The first
 * instance to start creates it; the others read it.
 */
@Injectable()
export class SystemSecrets {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The secret named `name` (base64url), created with `bytes` random bytes if missing. */
  async getOrCreate(name: string, bytes: number): Promise<string> {
    await this.dataSource.query(
      `INSERT INTO system_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING`,
      [name, randomBytes(bytes).toString('base64url')],
    );
    const [row]: { value: string }[] = await this.dataSource.query(
      `SELECT value FROM system_settings WHERE key = $1`,
      [name],
    );
    return row.value;
  }
}
