import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { SystemSecrets } from '../../database/system-secrets';
import { httpConfig } from '../../config/configuration';
import { FeedbackKind, scoresOf } from './satisfaction';
import {
  signSurveyLink,
  SurveyLinkCheck,
  SurveyLinkClaims,
  verifySurveyLink,
} from './survey-token';

/** How long survey links work. */
export const SURVEY_LINK_DAYS = 30;

/**
 * Signs and checks survey links. The HMAC key is generated on first start and kept in the
 * database (like the access-token key, `SigningKeyService`), so every instance sharing the
 * database agrees on every link; it is a key of its own, so rotating one does not touch the other.
 */
@Injectable()
export class SurveyLinks implements OnModuleInit {
  private key: Buffer;

  constructor(
    @Inject(httpConfig.KEY) private readonly http: ConfigType<typeof httpConfig>,
    private readonly secrets: SystemSecrets,
  ) {}

  async onModuleInit(): Promise<void> {
    this.key = Buffer.from(await this.secrets.getOrCreate('survey_link_key', 32), 'base64url');
  }

  /** When a survey requested now stops taking answers (whole seconds, as in the token). */
  expiryFrom(now = new Date()): Date {
    return new Date(Math.floor(now.getTime() / 1000) * 1000 + SURVEY_LINK_DAYS * 86_400_000);
  }

  /** `{ "1": url, …, "5": url }` (or "0".."10" for NPS): one link per score. */
  linksOf(
    tenantId: string,
    survey: { id: string; kind: FeedbackKind; expiresAt: Date },
  ): Record<string, string> {
    return Object.fromEntries(
      scoresOf(survey.kind).map((score) => [
        String(score),
        this.urlOf(
          this.sign({ tenantId, surveyId: survey.id, score, expiresAt: survey.expiresAt }),
        ),
      ]),
    );
  }

  urlOf(token: string): string {
    return `${this.http.publicUrl}/s/${token}`;
  }

  sign(claims: SurveyLinkClaims): string {
    return signSurveyLink(this.key, claims);
  }

  verify(token: string): SurveyLinkCheck {
    return verifySurveyLink(this.key, token);
  }
}
