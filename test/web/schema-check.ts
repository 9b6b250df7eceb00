/**
 * A small JSON Schema checker for the subset the OpenAPI document uses: type (string or array, with "integer"),
 * properties + required, items, enum, oneOf, $ref to #/components/schemas, and {} (anything). Returns the list of
 * violations with their JSON path; an empty list means the value conforms. Extra properties are reported too, so a
 * response field missing from the document fails the test.
 */
type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function checkSchema(value: unknown, schema: Schema, root: Schema, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = (root.components as { schemas: Record<string, Schema> }).schemas[name];
    return target ? checkSchema(value, target, root, path) : [`${path}: unresolved ${schema.$ref}`];
  }
  if (Array.isArray(schema.oneOf)) {
    const passing = (schema.oneOf as Schema[]).filter((s) => checkSchema(value, s, root, path).length === 0);
    return passing.length === 1 ? [] : [`${path}: matches ${passing.length} of oneOf`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    return [`${path}: ${JSON.stringify(value)} not in enum`];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => matchesType(value, t)))
      return [`${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  const errors: string[] = [];
  if (typeOf(value) === 'object' && schema.properties) {
    const properties = schema.properties as Record<string, Schema>;
    const object = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in object)) errors.push(`${path}.${key}: missing`);
    for (const [key, item] of Object.entries(object)) {
      if (!(key in properties)) {
        if (Object.keys(properties).length > 0) errors.push(`${path}.${key}: not in the document`);
      } else errors.push(...checkSchema(item, properties[key]!, root, `${path}.${key}`));
    }
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((item, i) => errors.push(...checkSchema(item, schema.items as Schema, root, `${path}[${i}]`)));
  return errors;
}
