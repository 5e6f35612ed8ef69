import { MAX_TEXT } from './ticket.input';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';

@InputType('AddCommentInput')
export class AddCommentInput {
  @ApiProperty({ maxLength: MAX_TEXT })
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_TEXT)
  body: string;

  @ApiPropertyOptional({
    default: true,
    description: 'False makes an internal note, never shown to the customer.',
  })
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  public?: boolean;

  @ApiPropertyOptional({
    enum: ['agent', 'customer'],
    description:
      'Defaults to the caller: an agent token writes as that agent; an API key as `agent` unless told.',
  })
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['agent', 'customer'], { message: 'authorType must be agent or customer' })
  authorType?: 'agent' | 'customer';

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "The agent or customer writing; customer comments default to the ticket's customer.",
  })
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'authorId must be a UUID' })
  authorId?: string;
}
