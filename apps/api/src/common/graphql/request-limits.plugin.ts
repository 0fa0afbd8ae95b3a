import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@jobbridge/contracts';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator, fieldExtensionsEstimator } from 'graphql-query-complexity';
import { textProblem, walkArgument } from './argument-values';
import { NESTED_LIST_SIZE } from './complexity.plugin';

export interface RequestLimits {
  /** The most a request may cost (see costEstimators): about a page of 50 rows with their nested objects. */
  maxComplexity: number;
  /** Selection-set nesting, fragments followed. */
  maxDepth: number;
  /** Aliased fields in one document (1,000 aliases of one field is the classic amplification). */
  maxAliases: number;
  /** Longest accepted text in any argument or variable, in characters. */
  maxTextLength: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { maxComplexity: 3000, maxDepth: 12, maxAliases: 30, maxTextLength: 200_000 };

/** Every refusal here is the client's fault: HTTP 400, a typed code, a Chinese message. */
export const requestError = (code: ErrorCode, message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}), http: { status: 400 } } });

/** A field that reads from the database costs at least this much at the root of an operation. */
const ROOT_FIELD_COST = 10;
/** A list without a page size at the root of an operation (`regions`, `myLiveRooms`) is assumed to hold this many rows. */
const UNPAGED_ROOT_LIST_SIZE = 20;

/**
 * What a field costs: its declared `complexity` (connections multiply by `first`), else lists multiply their
 * children, and root fields (each one a database round trip) cost ROOT_FIELD_COST.
 */
export const costEstimatorsForTest = (schema: GraphQLSchema) => costEstimators(schema);
const costEstimators = (schema: GraphQLSchema): ComplexityEstimator[] => {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean).map((t) => t!.name));
  const rootAware: ComplexityEstimator = (o) => {
    const atRoot = roots.has(o.type.name);
    const base =
      fieldExtensionsEstimator()(o) ?? listEstimator(o.field, o.childComplexity, atRoot ? UNPAGED_ROOT_LIST_SIZE : NESTED_LIST_SIZE);
    return atRoot ? base + ROOT_FIELD_COST : base;
  };
  return [rootAware, simpleEstimator({ defaultComplexity: 1 })];
};

function listEstimator(field: GraphQLField<unknown, unknown>, childComplexity: number, listSize: number): number {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  // A connection's `edges` are its page, already multiplied by `first` (connectionComplexity).
  const unpaged = isListType(type) && field.name !== 'edges' && field.name !== 'nodes';
  return 1 + childComplexity * (unpaged ? listSize : 1);
}

/**
 * Checks a request before any resolver runs: the operation type, variables against their declared types, text in
 * every argument (control characters, lone surrogates, length), aliases, depth and cost. Everything it refuses is
 * answered with HTTP 400 and a typed code.
 */
export function requestLimitsPlugin(limits: RequestLimits = DEFAULT_REQUEST_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) throw requestError(ErrorCode.BAD_REQUEST, '找不到要执行的操作');
          if (operation.operation === 'subscription') {
            throw requestError(ErrorCode.UNSUPPORTED_OPERATION, '不支持订阅操作，实时消息请使用 socket.io 通道');
          }
          checkRequest(schema, document, operation, request.variables ?? {}, limits, request.operationName ?? undefined);
        },
      };
    },
  };
}

/**
 * The checks of one operation, in order: variables against their declared types, depth and aliases, text in every
 * argument, then cost. Throws the refusal; returns the cost. Exported so a test can run every document the web app
 * sends through the same checks (test/web-documents.spec.ts).
 */
export function checkRequest(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: RequestLimits,
  operationName?: string,
): number {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (coerced.errors) {
    const e = coerced.errors[0];
    const variable = /"\$([A-Za-z_][A-Za-z0-9_]*)"/.exec(e.message)?.[1];
    throw requestError(ErrorCode.BAD_USER_INPUT, `参数类型或取值不正确：${e.message}`, variable);
  }
  const fragments = fragmentsOf(document);
  checkShape(operation, fragments, limits);
  checkTexts(schema, operation, fragments, coerced.coerced, limits);
  const complexity = getComplexity({
    schema,
    operationName,
    query: document,
    variables: coerced.coerced,
    estimators: costEstimators(schema),
  });
  if (complexity > limits.maxComplexity) {
    throw requestError(ErrorCode.QUERY_TOO_COMPLEX, `查询过于复杂（${complexity} > ${limits.maxComplexity}），请减少字段或分页大小`);
  }
  return complexity;
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) map.set(d.name.value, d);
  return map;
}

/** Depth and aliases, following fragment spreads (each fragment once per path, so cycles cannot loop). */
export function checkShape(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  limits: RequestLimits,
): void {
  let aliases = 0;
  const visit = (set: SelectionSetNode, depth: number, seen: Set<string>): void => {
    if (depth > limits.maxDepth) throw requestError(ErrorCode.QUERY_TOO_DEEP, `查询嵌套过深（超过 ${limits.maxDepth} 层）`);
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.alias && ++aliases > limits.maxAliases) {
          throw requestError(ErrorCode.QUERY_TOO_COMPLEX, `查询中的别名过多（超过 ${limits.maxAliases} 个）`);
        }
        if (s.selectionSet) visit(s.selectionSet, depth + 1, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet, depth, seen);
      } else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(f.name.value)) visit(f.selectionSet, depth, new Set(seen).add(f.name.value));
      }
    }
  };
  visit(operation.selectionSet, 1, new Set());
}

/** Every text that reaches a resolver, from literals and variables alike, with its argument path for the error. */
function checkTexts(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: RequestLimits,
): void {
  const visitor = {
    scalar: (_type: string, value: unknown, path: string) => {
      if (typeof value !== 'string') return;
      if (value.length > limits.maxTextLength) {
        throw requestError(ErrorCode.VALIDATION_FAILED, `内容过长（超过 ${limits.maxTextLength} 个字符）`, path);
      }
      const problem = textProblem(value);
      if (problem) throw requestError(ErrorCode.VALIDATION_FAILED, problem, path);
    },
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const visitSet = (set: SelectionSetNode, parent: ReturnType<GraphQLSchema['getType']>, seen: Set<string>): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        if (!def) continue;
        if (s.arguments?.length) checkFieldArgs(def, s, variables, visitor);
        const child = getNamedType(def.type);
        if (s.selectionSet && isCompositeType(child)) visitSet(s.selectionSet, child, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const t = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        visitSet(s.selectionSet, t, seen);
      } else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(f.name.value))
          visitSet(f.selectionSet, schema.getType(f.typeCondition.name.value), new Set(seen).add(f.name.value));
      }
    }
  };
  if (root) visitSet(operation.selectionSet, root, new Set());
}

function checkFieldArgs(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  visitor: { scalar: (t: string, v: unknown, p: string) => void },
): void {
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(def, node, variables);
  } catch (e) {
    throw requestError(ErrorCode.BAD_USER_INPUT, `参数类型或取值不正确：${(e as Error).message}`);
  }
  for (const arg of def.args) walkArgument(arg.type, values[arg.name], arg.name, visitor);
}
