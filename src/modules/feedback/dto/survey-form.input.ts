import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_COMMENT_LENGTH } from './submit-feedback.input';

/** The survey page's forms (`application/x-www-form-urlencoded`, posted back to the link). */
export class SurveyFormInput {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 10,
    description: "Changes the answer to this score (of the survey's kind).",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'score must be an integer' })
  @Min(0)
  @Max(10)
  score?: number;

  @ApiPropertyOptional({ maxLength: MAX_COMMENT_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string;
}
