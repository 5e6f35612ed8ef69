import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { authConfig } from '../../config/configuration';

/**
 * The HMAC key for access tokens: JWT_SECRET when set, otherwise one generated on first start
 * and kept in the database, so every instance sharing the database signs alike.
 */
@Injectable()
export class SigningKeyService implements OnModuleInit {
  private secret: string;

  constructor(
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.secret = this.config.jwtSecret;
      return;
    }
    await this.dataSource.query(
      `INSERT INTO system_settings (key, value) VALUES ('jwt_secret', $1) ON CONFLICT (key) DO NOTHING`,
      [randomBytes(48).toString('base64url')],
    );
    const [row] = await this.dataSource.query(
      `SELECT value FROM system_settings WHERE key = 'jwt_secret'`,
    );
    this.secret = row.value;
  }

  get key(): string {
    return this.secret;
  }
}
