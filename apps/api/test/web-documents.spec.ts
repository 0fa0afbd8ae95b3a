import { createTestApp, TestApp } from '@jobbridge/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkRequest, DEFAULT_REQUEST_LIMITS } from '../src/common/graphql/request-limits.plugin';

const WEB_SRC = join(__dirname, '../../web/src');
/** The page the web app asks for (`first`: 20 on its lists), and the operations that ask for more. */
const WEB_PAGE = 20;
const WEB_LARGER_PAGES: Record<string, number> = { ProjectOptions: 50 };

/** A value of the declared type for each required input, the largest page for `first`: the worst case the web sends. */
function sample(type: GraphQLInputType, name: string, page = WEB_PAGE): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, page);
  if (isListType(type)) return [sample(type.ofType, name, page)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(required.map((f) => [f.name, sample(f.type, f.name, page)]));
  }
  switch (type.name) {
    case 'Int':
      return name === 'first' ? page : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTime':
      return new Date().toISOString();
    default:
      return '电焊工';
  }
}

function variablesFor(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, v.type as never) as GraphQLInputType | undefined;
    if (!type) throw new Error(`unknown type of $${v.variable.name.value}`);
    const name = v.variable.name.value;
    if (isNonNullType(type) || name === 'first')
      variables[name] = sample(type, name, WEB_LARGER_PAGES[operation.name?.value ?? ''] ?? WEB_PAGE);
  }
  return variables;
}

/** Every GraphQL document the web app exports from its `*.graphql.ts` modules, with where it came from. */
function webDocuments(): { from: string; document: DocumentNode; operation: OperationDefinitionNode }[] {
  const files = (readdirSync(WEB_SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.graphql.ts'));
  const found: { from: string; document: DocumentNode; operation: OperationDefinitionNode }[] = [];
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(WEB_SRC, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if ((value as DocumentNode | undefined)?.kind !== Kind.DOCUMENT) continue;
      // As Apollo Client sends it: __typename in every selection set (each one counts towards the cost).
      const document = addTypenameToDocument(value as DocumentNode);
      for (const d of document.definitions) {
        if (d.kind === Kind.OPERATION_DEFINITION)
          found.push({ from: `${relative(WEB_SRC, join(WEB_SRC, file))}#${name}`, document, operation: d });
      }
    }
  }
  return found;
}

/**
 * Every operation the web app can send passes the API's request checks (types, depth, aliases, cost) at the largest
 * page it asks for: a page whose query the limits refuse is found here, not by a person (我的直播 was refused as
 * 请求过于复杂 until this test).
 */
describe('the web app’s GraphQL documents', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const documents = webDocuments();

  beforeAll(async () => {
    t = await createTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThan(50);
  });

  it('each passes the request checks within the cost limit', () => {
    const refused: string[] = [];
    const costs: [string, number][] = [];
    for (const { from, document, operation } of documents) {
      try {
        costs.push([
          from,
          checkRequest(schema, document, operation, variablesFor(schema, operation), DEFAULT_REQUEST_LIMITS, operation.name?.value),
        ]);
      } catch (e) {
        refused.push(`${from}: ${(e as Error).message}`);
      }
    }
    costs.sort((a, b) => b[1] - a[1]);
    console.log(
      `RESULT web-documents count=${documents.length} limit=${DEFAULT_REQUEST_LIMITS.maxComplexity} top=${costs
        .slice(0, 5)
        .map(([f, c]) => `${f.split('#')[1]}:${c}`)
        .join(',')}`,
    );
    expect(refused).toEqual([]);
  });
});
