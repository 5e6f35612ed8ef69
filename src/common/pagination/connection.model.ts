import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { Page } from './paginate';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string | null }[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** A Relay connection type for `T`: `edges { node cursor }`, `nodes`, `pageInfo`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node: T;

    @Field(() => String, {
      nullable: true,
      description: 'Cursor after this node (set on the last edge when more follow).',
    })
    cursor: string | null;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass as Type<Connection<T>>;
}

export function toConnection<T>(page: Page<T>): Connection<T> {
  return {
    nodes: page.data,
    edges: page.data.map((node, i) => ({
      node,
      cursor: i === page.data.length - 1 ? page.nextCursor : null,
    })),
    pageInfo: { hasNextPage: page.nextCursor !== null, endCursor: page.nextCursor },
  };
}
