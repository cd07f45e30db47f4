import fc from 'fast-check';
import DecimalModule from 'decimal.js';

/**
 * Values no JSON text can hold: getters (that throw, or that give a value),
 * Proxies (whose traps throw, transparent, revoked, or lying about their
 * prototype), class instances with inherited getters, frozen objects,
 * decimal.js instances of the caller's own clones, cycles and shared
 * references, functions, symbols and bigints.
 *
 * fast-check inspects what it generates (and would trip on a Proxy itself),
 * so a generator yields a recipe, plain frozen data, and `materialize` makes
 * each exotic value fresh at the start of a run. The values it makes are
 * remembered, so that the harness (freezing the input, checking the paths of
 * issues) never reads into them itself.
 */
const RECIPE = Symbol('exotic recipe');

type Kind =
  | 'throwing-getter' | 'value-getter' | 'throwing-proxy' | 'transparent-proxy' | 'revoked-proxy' | 'prototype-proxy'
  | 'class-instance' | 'frozen' | 'decimal' | 'cycle' | 'shared' | 'function' | 'symbol' | 'bigint';

/** How to make one exotic value. */
export interface Recipe {
  readonly [RECIPE]: Kind;
  readonly key: string;
  readonly value: unknown;
  readonly traps: readonly string[];
}

/** Whether a value is a recipe (kept as it is by the mutations, made by `materialize`). */
export function isRecipe(value: unknown): value is Recipe {
  return typeof value === 'object' && value !== null && RECIPE in value;
}

const made = new WeakSet<object>();

/** Whether a value is one `materialize` made: the harness never reads into it. */
export function isExotic(value: unknown): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && made.has(value);
}

function remember<T extends object>(value: T): T {
  made.add(value);
  return value;
}

const throwing = (): never => {
  throw new Error('read by the fuzz suite');
};
const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'isExtensible', 'preventExtensions', 'set', 'defineProperty', 'deleteProperty'];
const CallerDecimal = DecimalModule as unknown as typeof import('decimal.js').Decimal;
const OtherClone = CallerDecimal.clone({ precision: 5, toExpPos: 5 });
const DECIMAL_TEXTS = ['1500000.5', '-5', '0', '-0', '1e+30', '-1e+1000000000', '1e-30', '0.1', '123456789012345678901234567890', 'NaN', 'Infinity'];

/** A fresh exotic value from its recipe; plain data inside it is materialized too. */
function make(recipe: Recipe): unknown {
  const inner = () => materialize(recipe.value);
  switch (recipe[RECIPE]) {
    case 'throwing-getter':
      return remember(Object.defineProperty({}, recipe.key, { enumerable: true, get: throwing }));
    case 'value-getter': {
      let reads = 0;
      // A different value on every read after the first: reading twice would show.
      return remember(Object.defineProperty({}, recipe.key, { enumerable: true, get: () => ((reads += 1) === 1 ? inner() : { changed: reads }) }));
    }
    case 'throwing-proxy':
      return remember(new Proxy({ [recipe.key]: inner() }, Object.fromEntries(recipe.traps.map((trap) => [trap, throwing]))));
    case 'transparent-proxy': {
      const target = inner();
      return typeof target === 'object' && target !== null ? remember(new Proxy(target, {})) : target;
    }
    case 'revoked-proxy': {
      const revocable = Proxy.revocable({}, {});
      revocable.revoke();
      return remember(revocable.proxy);
    }
    case 'prototype-proxy':
      return remember(new Proxy({ [recipe.key]: inner() }, { getPrototypeOf: throwing }));
    case 'class-instance':
      return remember(new (class Inherits {
        own = inner();
        get [recipe.key](): unknown {
          return recipe.traps.length > 0 ? throwing() : 'inherited';
        }
      })());
    case 'frozen': {
      const value = inner();
      return typeof value === 'object' && value !== null ? remember(Object.freeze(value)) : value;
    }
    case 'decimal': {
      const text = DECIMAL_TEXTS[recipe.traps.length % DECIMAL_TEXTS.length]!;
      return remember(recipe.key.length % 2 === 0 ? new CallerDecimal(text) : new OtherClone(text));
    }
    case 'cycle': {
      const cycle: Record<string, unknown> = { [recipe.key]: inner() };
      cycle['self'] = cycle;
      return remember(cycle);
    }
    case 'shared': {
      // Six levels, each listing the one below four times: 4^6 (4,096) reads of six lists.
      let value: unknown = inner();
      for (let level = 0; level < 6; level += 1) value = remember(Array.from({ length: 4 }, () => value));
      return value;
    }
    case 'function':
      return remember(Object.defineProperty(() => 1, recipe.key, { value: inner(), enumerable: true }));
    case 'symbol':
      return Symbol(recipe.key);
    case 'bigint':
      return BigInt(recipe.key.length);
  }
}

/** A copy of generated data with every recipe in it made into its exotic value. */
export function materialize(value: unknown): unknown {
  if (isRecipe(value)) return make(value);
  if (Array.isArray(value)) return value.map(materialize);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) Object.defineProperty(out, key, { value: materialize(entry), enumerable: true, configurable: true, writable: true });
  return out;
}

const KINDS: readonly Kind[] = [
  'throwing-getter', 'value-getter', 'throwing-proxy', 'transparent-proxy', 'revoked-proxy', 'prototype-proxy',
  'class-instance', 'frozen', 'decimal', 'cycle', 'shared', 'function', 'symbol', 'bigint',
];
const KEYS = ['name', 'actual', 'amount', 'policy', 'asOf', 'rules', 'talentStartup', 'toString', '__proto__', 'then', 'length'];

/** A recipe of any kind, around a small JSON value. */
export const exoticRecipe: fc.Arbitrary<Recipe> = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    key: fc.constantFrom(...KEYS),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('1000', '-1e1000000000', '3万5', { actual: '1' })),
    traps: fc.subarray(TRAPS, { minLength: 1 }),
  })
  .map(({ kind, key, value, traps }) => Object.freeze({ [RECIPE]: kind, key, value, traps }) as Recipe);
