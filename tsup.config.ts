import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: false,
  // Keep the Chinese texts as UTF-8 rather than \u escapes (half the bytes).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
