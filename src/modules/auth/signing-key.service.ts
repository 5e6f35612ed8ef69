import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { SystemSecrets } from '../../database/system-secrets';
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
    private readonly secrets: SystemSecrets,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.jwtSecret) {
      this.secret = this.config.jwtSecret;
      return;
    }
    this.secret = await this.secrets.getOrCreate('jwt_secret', 48);
  }

  get key(): string {
    return this.secret;
  }
}
