/**
 * The parts of the `yaml` package the library uses, imported here only.
 *
 * Why a module of its own: `yaml` declares no `sideEffects`, so a bundler
 * keeps every module of it once any file of the bundle imports it, even when
 * nothing it exports is used. The build makes this module a chunk of its own
 * (tsup.config.ts); this package declares `"sideEffects": false`, so a user's
 * bundler drops the chunk, and `yaml` with it, when the bundle never reads a
 * policy written in YAML (`evaluate` with a built-in pack, say).
 *
 * @example
 * import { parseDocument } from './yaml-library.js';
 * parseDocument('a: 1').toJS();
 * //=> { a: 1 }
 */
export { CST, isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument } from 'yaml';
