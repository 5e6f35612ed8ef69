import {
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

/**
 * Refuses operations nested deeper than `max` fields (introspection fields `__*` are not
 * counted). Each fragment's depth is computed once, so a fan-out of fragments spread twice per
 * level costs one visit per fragment, not 2^levels; a cycle or an unknown fragment adds nothing
 * here (graphql's own NoFragmentCycles and KnownFragmentNames rules refuse those). It replaces
 * graphql-depth-limit, which recursed without end on `fragment A { ...B } fragment B { ...A }`
 * (stack overflow: a 500) and threw on an unknown fragment.
 */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const known = new Map<string, number>();
    const visiting = new Set<string>();
    const depthOf = (set: SelectionSetNode | undefined): number => {
      let deepest = 0;
      for (const s of set?.selections ?? []) {
        if (s.kind === Kind.FIELD) {
          if (s.selectionSet && !s.name.value.startsWith('__'))
            deepest = Math.max(deepest, 1 + depthOf(s.selectionSet));
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(s.selectionSet));
        } else {
          const name = s.name.value;
          if (!known.has(name)) {
            const fragment = fragments.get(name);
            if (!fragment || visiting.has(name)) continue;
            visiting.add(name);
            known.set(name, depthOf(fragment.selectionSet));
            visiting.delete(name);
          }
          deepest = Math.max(deepest, known.get(name)!);
        }
      }
      return deepest;
    };
    for (const d of context.getDocument().definitions) {
      if (d.kind !== Kind.OPERATION_DEFINITION) continue;
      if (depthOf(d.selectionSet) > max) {
        context.reportError(
          new GraphQLError(`'${d.name?.value ?? ''}' exceeds maximum operation depth of ${max}`, {
            nodes: [d],
          }),
        );
      }
    }
    return {};
  };
}
