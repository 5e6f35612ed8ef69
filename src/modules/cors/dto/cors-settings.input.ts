import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsDefined, IsString, Matches, MaxLength } from 'class-validator';

/** An origin as browsers send it: scheme, host, optional port; no path, no trailing slash. */
export const ORIGIN_PATTERN =
  /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](:\d{1,5})?$/i;
export const MAX_ALLOWED_ORIGINS = 50;

/** `tenants.settings.cors`: the browser origins allowed to call the API with this tenant's credentials. */
export class CorsSettingsModel {
  @ApiProperty({
    type: [String],
    example: ['https://support.example.com', 'http://localhost:5173'],
    description:
      'Origins whose pages may call the API, GraphQL and the event stream from a browser with this tenant’s credentials (besides the CORS_ORIGINS of the deployment).',
  })
  allowedOrigins: string[];
}

/** `PATCH /v1/tenant/settings/cors`: the list sent replaces the stored one. */
export class UpdateCorsSettingsInput {
  @ApiProperty({
    type: [String],
    maxItems: MAX_ALLOWED_ORIGINS,
    example: ['https://support.example.com'],
  })
  @IsDefined({ message: 'allowedOrigins is required: the full list ([] for none)' })
  @IsArray()
  @ArrayMaxSize(MAX_ALLOWED_ORIGINS)
  @IsString({ each: true })
  @MaxLength(255, { each: true })
  @Matches(ORIGIN_PATTERN, {
    each: true,
    message:
      'each of allowedOrigins must be an origin like https://app.example.com (scheme, host, optional port; no path or trailing slash)',
  })
  allowedOrigins: string[];
}
