import { isDecimal } from '../money/decimal.js';
import { CopiedDecimal } from './amount.js';
import type { InputIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { MESSAGES } from './messages.js';

/** How to read one argument. */
export interface ReadOptions {
  /** Where the argument sits in what the caller passed: every issue's path starts here (`['options']`). */
  at?: readonly string[];
  /**
   * Objects to keep as they are instead of copying them: values this library
   * made (a pack, an assessment). Asked with the object's path from the
   * argument, before anything of the object is read; it may throw.
   */
  keep?: (value: object, path: readonly string[]) => boolean;
}

/** The argument as the library's own plain data, or every problem met while reading it. */
export type ReadInput = { ok: true; value: unknown } | { ok: false; issues: InputIssue[] };

/** Defines an own data property, so that a key such as `__proto__` stays an own key (and is refused as one). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  else target[key] = value;
}

/**
 * What an object is when its keys are not data to enumerate: a typed array
 * has one key per element and a String object one per character, made as
 * they are listed, so a hundred million of them would be made before any
 * limit could be checked. Every String object has a `length` of its own that
 * cannot be deleted, so only an object with one is asked the costly way (a
 * call that throws for anything else); a Proxy's trap may run here, inside
 * the reading's own guard.
 */
function exoticKind(value: object): string | undefined {
  if (Array.isArray(value)) return undefined;
  if (ArrayBuffer.isView(value)) return 'binary data (a typed array or a DataView)';
  if (!Object.hasOwn(value, 'length')) return undefined;
  try {
    String.prototype.valueOf.call(value);
    return 'a String object (new String(…)): pass the text itself';
  } catch {
    return undefined;
  }
}

/** One reading of one argument: its budget of values, the path being read, and the problems met. */
class Reader {
  readonly issues: InputIssue[] = [];
  /** The keys from the argument to the value being read. */
  readonly keys: string[] = [];
  private left: number = LIMITS.maxInputValues;
  /** Set once a limit is passed: nothing more is read. */
  private stopped = false;

  constructor(
    private readonly at: readonly string[],
    private readonly keep: ReadOptions['keep'],
  ) {}

  private report(code: InputIssue['code'], message: string): void {
    this.issues.push({ code, path: [...this.at, ...this.keys], message });
  }

  private stop(code: InputIssue['code'], message: string): undefined {
    this.report(code, message);
    this.stopped = true;
    return undefined;
  }

  /** Takes `count` values from the budget; false (and reading stops) when they are more than is left. */
  private take(count: number): boolean {
    this.left -= count;
    if (this.left >= 0) return true;
    this.stop('too_many', MESSAGES.tooManyValues);
    return false;
  }

  /** A copy of `value`, found at `this.keys`, nested `level` objects deep. */
  read(value: unknown, level: number): unknown {
    if (typeof value !== 'object' || value === null || this.stopped) return value;
    try {
      if (this.keep?.(value, this.keys) || value instanceof CopiedDecimal) return value;
      if (isDecimal(value)) return new CopiedDecimal(value);
      if (level > LIMITS.maxInputDepth) return this.stop('out_of_range', MESSAGES.tooDeep);
      const kind = exoticKind(value);
      if (kind !== undefined) {
        this.report('invalid_type', MESSAGES.notPlainData(kind));
        return undefined;
      }
      return Array.isArray(value) ? this.list(value, level) : this.record(value, level);
    } catch {
      this.report('invalid_type', MESSAGES.unreadable);
      return undefined;
    }
  }

  /** One entry of a list or field of an object, read once; a throw is an issue at its path. */
  private entry(source: object, key: string, level: number): unknown {
    this.keys.push(key);
    let copy: unknown;
    try {
      copy = this.read((source as Record<string, unknown>)[key], level + 1);
    } catch {
      this.report('invalid_type', MESSAGES.unreadable);
    }
    this.keys.pop();
    return copy;
  }

  private list(source: readonly unknown[], level: number): unknown[] | undefined {
    const length: unknown = source.length;
    // Only a Proxy can claim a length that is not one; such a list cannot be read.
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) throw new RangeError('not a length');
    if (!this.take(length)) return undefined;
    const copy: unknown[] = new Array<unknown>(length);
    for (let index = 0; index < length && !this.stopped; index += 1) copy[index] = this.entry(source, String(index), level);
    return copy;
  }

  private record(source: object, level: number): Record<string, unknown> | undefined {
    const keys = Object.keys(source);
    if (!this.take(keys.length)) return undefined;
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      if (this.stopped) break;
      setOwn(copy, key, this.entry(source, key, level));
    }
    return copy;
  }
}

/**
 * Reads what a caller passed into the library's own plain data, once, so
 * that validation and every later check see the same values, and nothing the
 * caller controls runs again. The reading is that of `JSON.stringify` and
 * `structuredClone`: an object's own enumerable string keys, each value read
 * exactly once (a getter runs once; an inherited property, such as a getter
 * of a class, is not read); a list by index up to its length; an own
 * `__proto__` key kept as an own key. A `decimal.js` instance of any clone
 * becomes a `CopiedDecimal`, its text read once, which the amount readers
 * read as the Decimal it was (a copy is kept as it is). Strings, numbers,
 * booleans, null, undefined, bigints, symbols and functions are kept as they
 * are (the validators refuse what does not belong).
 *
 * Bounded: objects and lists nested deeper than `LIMITS.maxInputDepth`, or
 * more than `LIMITS.maxInputValues` values in all (a shared value counts each
 * time it is reached, so a cycle or a web of shared references is refused
 * quickly), stop the reading with one issue that names the limit. A value
 * whose reading throws (a getter, a Proxy trap, a revoked Proxy) is an
 * `invalid_type` issue at its path, never the thrown error; the reading goes
 * on, so that every such value is listed.
 *
 * @param value - anything a caller passed
 * @param options - where it sits in the arguments, and which objects to keep as they are
 * @returns the copy, or every problem met
 *
 * @example
 * readInput({ name: 'x', get asOf() { return '2019-01-01'; } });
 * //=> { ok: true, value: { name: 'x', asOf: '2019-01-01' } }
 * readInput(new Proxy({}, { ownKeys() { throw new Error('no'); } }), { at: ['options'] });
 * //=> { ok: false, issues: [{ code: 'invalid_type', path: ['options'], message: 'This value could not be read: …' }] }
 */
export function readInput(value: unknown, options: ReadOptions = {}): ReadInput {
  const reader = new Reader(options.at ?? [], options.keep);
  const copy = reader.read(value, 1);
  return reader.issues.length === 0 ? { ok: true, value: copy } : { ok: false, issues: reader.issues };
}
