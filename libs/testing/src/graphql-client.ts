export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [k: string]: unknown };
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: GqlError[];
  status: number;
}

/** POSTs one GraphQL operation to a running API, the way the web app does. */
export async function gqlRequest<T = Record<string, any>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GqlError[] };
  return { ...body, status: res.status };
}

/** The data of a successful result; throws with the errors otherwise, so a test failure shows them. */
export function ok<T>(result: GqlResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result, null, 2)}`);
  }
  return result.data;
}

/** The first error's code and field, for assertions like expect(errorOf(r)).toEqual({ code: 'FORBIDDEN' }). */
export function errorOf(result: GqlResult): { code?: string; field?: string } {
  const e = result.errors?.[0];
  if (!e) throw new Error(`expected an error, got data ${JSON.stringify(result.data)}`);
  return { code: e.extensions?.code, ...(e.extensions?.field ? { field: e.extensions.field } : {}) };
}
