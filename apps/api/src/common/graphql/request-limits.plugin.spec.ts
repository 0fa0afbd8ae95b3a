import { ErrorCode } from '@jobbridge/contracts';
import { GraphQLError, OperationDefinitionNode, parse } from 'graphql';
import { checkShape, DEFAULT_REQUEST_LIMITS, fragmentsOf } from './request-limits.plugin';

function shape(doc: string, limits = { ...DEFAULT_REQUEST_LIMITS, maxDepth: 4, maxAliases: 3 }): string | null {
  const document = parse(doc);
  try {
    checkShape(document.definitions[0] as OperationDefinitionNode, fragmentsOf(document), limits);
    return null;
  } catch (e) {
    return String((e as GraphQLError).extensions.code);
  }
}

describe('request shape limits', () => {
  it('counts depth through fields, fragments and inline fragments alike', () => {
    expect(shape('{ a { b { c { d } } } }')).toBeNull();
    expect(shape('{ a { b { c { d { e } } } } }')).toBe(ErrorCode.QUERY_TOO_DEEP);
    expect(shape('{ a { ...F } } fragment F on T { b { c { d { e } } } }')).toBe(ErrorCode.QUERY_TOO_DEEP);
    expect(shape('{ a { ... on T { b { c { d { e } } } } } }')).toBe(ErrorCode.QUERY_TOO_DEEP);
  });

  it('counts aliases anywhere in the document, fragments included', () => {
    expect(shape('{ x: a y: a z: a }')).toBeNull();
    expect(shape('{ x: a y: a z: a w: a }')).toBe(ErrorCode.QUERY_TOO_COMPLEX);
    expect(shape('{ a { ...F } } fragment F on T { x: b y: b z: b w: b }')).toBe(ErrorCode.QUERY_TOO_COMPLEX);
  });

  it('does not loop on a fragment that spreads itself', () => {
    expect(shape('{ a { ...F } } fragment F on T { b ...F }')).toBeNull();
  });

  it('answers with HTTP 400', () => {
    const document = parse('{ a { b { c { d { e } } } } }');
    try {
      checkShape(document.definitions[0] as OperationDefinitionNode, fragmentsOf(document), { ...DEFAULT_REQUEST_LIMITS, maxDepth: 2 });
      throw new Error('not refused');
    } catch (e) {
      expect((e as GraphQLError).extensions.http).toEqual({ status: 400 });
    }
  });
});
