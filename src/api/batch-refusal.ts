import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';

/** The text a string, or a String object, holds; undefined for anything else. Asked of the value's internal slot: no getter, no Proxy trap runs. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  try {
    return String.prototype.valueOf.call(value);
  } catch {
    return undefined;
  }
}

/** Whether a value is a Map, asked as `textOf` asks (a Map of another realm is one; a Proxy of a Map is not). */
function isMap(value: unknown): boolean {
  try {
    Map.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

/**
 * Why the projects of a batch are refused at once, before any is read,
 * though they can be iterated: a text (a string or a String object) yields
 * its characters, bytes (a Buffer, any typed array) their numbers, a Map its
 * `[key, value]` pairs, and none of these can ever be a project. Iterated,
 * each would come out as one refusal per character, byte or pair, for what
 * is one mistake in the call (a file read but not parsed, a Map passed for
 * its values): it is said once, as for a value that cannot be iterated.
 *
 * @param projects - the batch's projects, as the caller passed them
 * @returns the issue at `projects`, or undefined when they may hold projects
 *
 * @example
 * batchRefusal('[{"name":"CMP line"}]')?.code; //=> 'invalid_type'
 * batchRefusal([{ name: 'CMP line' }]);        //=> undefined
 */
export function batchRefusal(projects: unknown): InputIssue | undefined {
  const text = textOf(projects);
  const message = text !== undefined ? MESSAGES.projectsText(text)
    : ArrayBuffer.isView(projects) ? MESSAGES.projectsBytes
      : isMap(projects) ? MESSAGES.projectsMap : undefined;
  return message === undefined ? undefined : { code: 'invalid_type', path: ['projects'], message };
}
