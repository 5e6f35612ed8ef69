import { Injectable, OnModuleInit } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { SystemSecrets } from '../../database/system-secrets';

/**
 * Who an anonymous "was this helpful" vote comes from: an HMAC of the client's address and user
 * agent, under a key generated once and kept in the database (every instance agrees; a table
 * dump does not reveal addresses). People behind one address with one browser count as one voter.
 */
@Injectable()
export class VoterFingerprint implements OnModuleInit {
  private key: Buffer;

  constructor(private readonly secrets: SystemSecrets) {}

  async onModuleInit(): Promise<void> {
    this.key = Buffer.from(await this.secrets.getOrCreate('kb_voter_key', 32), 'base64url');
  }

  of(client: { ip?: string; userAgent?: string }): string {
    return createHmac('sha256', this.key)
      .update(`${client.ip ?? ''}\n${client.userAgent ?? ''}`)
      .digest('base64url');
  }
}
