/**
 * chip-incentives/testing: property checks for policy packs, and the project
 * generators behind them. Needs fast-check (an optional peer dependency).
 */
export { checkPolicy, type CheckPolicyOptions, type CheckPolicyReport } from './check-policy.js';
export { amountString, isoDate, money, project } from './arbitraries.js';
