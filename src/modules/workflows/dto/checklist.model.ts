import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { VersionedModel } from '../../../common/models/versioned.model';

@ObjectType('ChecklistTemplateItem')
export class TemplateItemModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  id: string;

  @ApiProperty()
  @Field()
  title: string;

  @ApiProperty()
  @Field()
  required: boolean;
}

@ObjectType('ChecklistAppliesTo')
export class AppliesToModel {
  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  type: string | null;

  @ApiProperty({ type: String, nullable: true })
  @Field(() => String, { nullable: true })
  category: string | null;
}

@ObjectType('ChecklistTemplate')
export class ChecklistTemplateModel extends VersionedModel {
  @ApiProperty()
  @Field()
  name: string;

  @ApiProperty({ type: [TemplateItemModel] })
  @Field(() => [TemplateItemModel])
  items: TemplateItemModel[];

  @ApiProperty({ type: AppliesToModel, nullable: true })
  @Field(() => AppliesToModel, { nullable: true })
  appliesTo: AppliesToModel | null;
}

@ObjectType('ChecklistActor')
export class ChecklistActorModel {
  @ApiProperty({ example: 'agent' })
  @Field()
  type: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  @Field(() => ID, { nullable: true })
  id: string | null;
}

@ObjectType('ChecklistItem')
export class ChecklistItemModel extends TemplateItemModel {
  @ApiProperty()
  @Field()
  done: boolean;

  @ApiProperty({ type: ChecklistActorModel, nullable: true })
  @Field(() => ChecklistActorModel, { nullable: true })
  doneBy: ChecklistActorModel | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  @Field(() => Date, { nullable: true })
  doneAt: Date | null;
}

@ObjectType('TicketChecklist')
export class TicketChecklistModel extends VersionedModel {
  @ApiProperty({ format: 'uuid' })
  @Field(() => ID)
  ticketId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  templateId: string | null;

  @ApiProperty()
  @Field()
  name: string;

  @ApiProperty({ type: [ChecklistItemModel] })
  @Field(() => [ChecklistItemModel])
  items: ChecklistItemModel[];

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}
