import type { Instrument } from './definition.js';

/**
 * Which total an instrument counts in: cash (grants and subsidies), equity, or none (a service).
 * A module of its own, importing types only, so that `chip-incentives/testing` can use the table
 * without bundling the engine.
 */
export const INSTRUMENT_CLASS: Readonly<Record<Instrument, 'cash' | 'equity' | 'none'>> = {
  'grant': 'cash',
  'housing-subsidy': 'cash',
  'rent-subsidy': 'cash',
  'interest-subsidy': 'cash',
  'equity': 'equity',
  'service': 'none',
  'land': 'none',
  'training': 'none',
  'financing': 'none',
  'unspecified': 'none',
};
