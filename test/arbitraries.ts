// The generators the library ships for users' own property tests (`chip-incentives/testing`).
export { amountString, isoDate, money, project } from '../src/testing/arbitraries.js';
