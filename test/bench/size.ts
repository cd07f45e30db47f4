import { bundleSizes, sizeLines, sizeTargets } from './bundle-size.js';

/**
 * `npm run bench:size`: the size part of the benchmark alone, on the built
 * package: what a user's minified, gzipped bundle of `evaluate` with one pack
 * weighs, and whether `chip-incentives/testing` brings a second copy.
 */
const sizes = await bundleSizes(new URL('../../', import.meta.url));
console.log(sizeLines(sizes).join('\n'));
for (const line of sizeTargets(sizes)) console.log(line.text);
