/** A JSON Schema as zod writes one (the subset the contract uses). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  maxItems?: number;
  minItems?: number;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** A seeded source of choices, so a failing payload can be made again. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (below: number) => Math.floor(next() * below),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seeded>;

/** Strings a hostile or careless caller sends: control characters, NUL, lone surrogates, markup, SQL, paths, long runs. */
export const hostileStrings = [
  '',
  ' ',
  'a',
  'es',
  'en',
  'comunicado',
  '2026-12-02',
  'Comunicado 223',
  'null',
  'NUL\u0000dentro',
  '\u0000',
  '\ud800 suelto',
  'fin \udfff',
  '\u202eatrás',
  '<script>alert(1)</script>',
  "'; DROP TABLE communiques; --",
  '../../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '%00%2e%2e',
  'ñandú ÁÉÍÓÚ 𝕏 😀',
  'x'.repeat(5000),
  'línea\nnueva',
  '=HYPERLINK("http://x")',
  'data:image/png;base64,iVBORw0KGgo',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
] as const;

const nodeTypes = ['doc', 'paragraph', 'text', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'figure', 'table', 'heading', 'script', 'hardBreak'];

/** A value shaped by the schema (so validation passes often and the handlers are reached), filled with hostile values. */
export function payloadFromSchema(schema: JsonSchema, random: Random, root: JsonSchema = schema, depth = 0): unknown {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/$defs/', '');
    const target = root.$defs?.[name];
    // The recursive body: a node tree a few levels deep, of real and unreal node types.
    if (!target || depth > 6) return { type: 'paragraph' };
    return payloadFromSchema(target, random, root, depth + 1);
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return random.pick(schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return payloadFromSchema(random.pick(choices), random, root, depth + 1);
  if (schema.allOf?.[0]) return payloadFromSchema(schema.allOf[0], random, root, depth + 1);
  const type = Array.isArray(schema.type) ? random.pick(schema.type) : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        if (schema.required?.includes(key) || random.chance(0.5))
          value[key] = key === 'type' && depth > 0 ? random.pick(nodeTypes) : payloadFromSchema(property, random, root, depth + 1);
      return value;
    }
    case 'array': {
      const items = schema.items ?? {};
      const count = Math.min(schema.maxItems ?? 4, (schema.minItems ?? 0) + random.int(4));
      return Array.from({ length: count }, () => payloadFromSchema(items, random, root, depth + 1));
    }
    case 'string': {
      const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : null;
      const fitting = hostileStrings.filter(
        (text) => (!pattern || pattern.test(text)) && text.length <= (schema.maxLength ?? Infinity) && text.length >= (schema.minLength ?? 0),
      );
      return fitting.length > 0 ? random.pick(fitting) : random.pick(hostileStrings);
    }
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? 0;
      // Mostly small (ids that exist), sometimes at the edges.
      return random.chance(0.8) ? Math.max(low, 1 + random.int(4)) : random.pick([low, schema.maximum ?? 2 ** 31, 2 ** 53 - 1, 0, -1]);
    }
    case 'boolean':
      return random.chance(0.5);
    case 'null':
      return null;
    default:
      return random.pick(hostileStrings);
  }
}

/** A payload that no contract may accept: the wrong kind of value, an unknown field, a field of the wrong type, too deep or too long. */
export function malformed(valid: unknown, random: Random): unknown {
  const kind = random.int(7);
  const object = typeof valid === 'object' && valid !== null && !Array.isArray(valid) ? (valid as Record<string, unknown>) : {};
  const keys = Object.keys(object);
  switch (kind) {
    case 0:
      return random.pick(['texto', 42, true, null, [], [object], -0.5]);
    case 1:
      return { ...object, [`campoDesconocido${random.int(100)}`]: random.pick(hostileStrings) };
    case 2: {
      const key = random.pick(keys.length > 0 ? keys : ['id']);
      return { ...object, [key]: random.pick<unknown>([{ $gt: '' }, [null], 'x'.repeat(300_000), Number.MAX_VALUE, -1, 1.5, { toString: 'x' }]) };
    }
    case 3: {
      let deep: unknown = object;
      for (let i = 0; i < 150 + random.int(2000); i++) deep = random.chance(0.5) ? [deep] : { a: deep };
      return { ...object, nested: deep };
    }
    case 4:
      return { ...object, __proto__: { admin: true }, constructor: { prototype: { x: 1 } }, zzz: 1 };
    case 5:
      return Array.from({ length: 1 + random.int(3) }, () => object);
    default:
      return { ...object, [random.pick(keys.length > 0 ? keys : ['id'])]: undefined, extra: random.pick(hostileStrings) };
  }
}
