import { IncentiveInputError } from '../schema/input-error.js';
import { MESSAGES } from '../schema/messages.js';

/** The error that ends a batch whose projects cannot be iterated. */
function unreadable(): IncentiveInputError {
  return new IncentiveInputError([{ code: 'invalid_type', path: ['projects'], message: MESSAGES.projectsUnreadable }]);
}

/** Runs a step of the caller's iteration; whatever it throws becomes the batch's input error. */
function guarded<T>(step: () => T): T {
  try {
    return step();
  } catch {
    throw unreadable();
  }
}

/** An iterator result's `done` and `value`, each read once; anything but an object is a broken iterator. */
function stepOf(result: unknown): { done: boolean; value: unknown } {
  return guarded(() => {
    if (typeof result !== 'object' || result === null) throw new TypeError('not an iterator result');
    const { done, value } = result as IteratorResult<unknown>;
    return { done: Boolean(done), value };
  });
}

/** Whether a value is an async iterable; asking may throw (a Proxy), which is the batch's input error. */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return guarded(() => typeof value === 'object' && value !== null && Symbol.asyncIterator in value);
}

/** Whether a value is an iterable object; asking may throw, as above. */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return guarded(() => typeof value === 'object' && value !== null && Symbol.iterator in value);
}

/**
 * The values of a caller's iterable, one at a time. Anything its iterator
 * throws (or a result that is not one) ends the iteration with an
 * `IncentiveInputError` at `['projects']`, never the thrown error; stopping
 * early closes the iterator, as `for…of` would.
 */
export function* readEach(iterable: Iterable<unknown>): Generator<unknown, void, undefined> {
  const iterator = guarded(() => iterable[Symbol.iterator]());
  // True while a value is handed over: a batch stopped there is stopped early.
  let handing = false;
  try {
    for (let step = stepOf(guarded(() => iterator.next())); !step.done; step = stepOf(guarded(() => iterator.next()))) {
      handing = true;
      yield step.value;
      handing = false;
    }
  } finally {
    if (handing) guarded(() => iterator.return?.());
  }
}

/**
 * The same for an async iterable; a rejected promise is a throw. Each value
 * comes boxed: an async generator awaits what it yields, which would run a
 * project's `then` (or a Proxy's traps) before the project is read.
 */
export async function* readEachAsync(iterable: AsyncIterable<unknown>): AsyncGenerator<{ value: unknown }, void, undefined> {
  const iterator = guarded(() => iterable[Symbol.asyncIterator]());
  const next = async () => stepOf(await settled(() => iterator.next()));
  let handing = false;
  try {
    for (let step = await next(); !step.done; step = await next()) {
      handing = true;
      yield { value: step.value };
      handing = false;
    }
  } finally {
    if (handing) await settled(() => iterator.return?.());
  }
}

/** Awaits a step of the caller's async iteration; a throw or a rejection becomes the batch's input error. */
async function settled<T>(step: () => T): Promise<Awaited<T>> {
  try {
    return await step();
  } catch {
    throw unreadable();
  }
}
