/** The parts of an OpenAPI 3 document the fuzz test reads. */
export interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly example?: unknown;
}

interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly schema?: Schema;
}

export interface OpenApiDocument {
  readonly paths: Record<
    string,
    Record<
      string,
      {
        readonly parameters?: readonly Parameter[];
        readonly requestBody?: { readonly content: Record<string, { schema?: Schema }> };
      }
    >
  >;
  readonly components?: { readonly schemas?: Record<string, Schema> };
}

/** One operation of the JSON API, its schemas resolved. */
export interface Operation {
  readonly method: string;
  /** The OpenAPI template: `/api/requests/{id}/close`. */
  readonly template: string;
  readonly pathParams: readonly { readonly name: string; readonly schema: Schema }[];
  readonly queryParams: readonly { readonly name: string; readonly schema: Schema }[];
  /** The media types of the body; empty when it takes none. */
  readonly bodyTypes: readonly string[];
  readonly bodySchema?: Schema;
}

/** Replaces `$ref` and `allOf` by what they point to, to a bounded depth. */
export function resolve(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): Schema {
  if (!schema || depth > 8) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return resolve(doc, doc.components?.schemas?.[name], depth + 1);
  }
  if (schema.allOf?.length) {
    const { allOf, ...rest } = schema;
    return { ...allOf.reduce((a, s) => ({ ...a, ...resolve(doc, s, depth + 1) }), {}), ...rest };
  }
  const properties = schema.properties
    ? Object.fromEntries(
        Object.entries(schema.properties).map(([k, s]) => [k, resolve(doc, s, depth + 1)]),
      )
    : undefined;
  const items = schema.items ? resolve(doc, schema.items, depth + 1) : undefined;
  return { ...schema, ...(properties && { properties }), ...(items && { items }) };
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        schema: resolve(doc, p.schema),
      }));
      const content = op.requestBody?.content ?? {};
      const json = content['application/json'];
      operations.push({
        method: method.toUpperCase(),
        template,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        bodyTypes: Object.keys(content),
        bodySchema: json ? resolve(doc, json.schema) : undefined,
      });
    }
  }
  return operations;
}

/** `/api/requests/{id}` → `/api/requests/:id`, the form the app's routes are written in. */
export const toRoutePath = (template: string) => template.replace(/\{([^}]+)\}/g, ':$1');
