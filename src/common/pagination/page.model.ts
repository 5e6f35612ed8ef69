import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** Swagger model for `{data: T[], nextCursor}`. */
export function PageOf<T>(
  item: Type<T>,
  name: string,
): Type<{ data: T[]; nextCursor: string | null }> {
  class PageClass {
    @ApiProperty({ type: () => [item] })
    data: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as `cursor` for the next page; null on the last page.',
    })
    nextCursor: string | null;
  }
  Object.defineProperty(PageClass, 'name', { value: name });
  return PageClass;
}
