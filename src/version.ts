/** The library's version, as in package.json (a test keeps the two equal). */
export const VERSION = '0.1.0';

/** The library's name and version, as every assessment records them. */
export const LIBRARY = { name: 'chip-incentives', version: VERSION } as const;
