import type { IsoDate } from '../dates/iso-date.js';
import type { Assessment } from '../engine/assessment.js';
import { INSTRUMENT_CLASS } from '../engine/totals.js';
import { isIssued } from '../engine/results.js';
import { isDecimal, type Decimal } from '../money/decimal.js';
import { sum } from '../money/money.js';
import { CopiedDecimal, readAmount, type ReadResult } from '../schema/amount.js';
import { dateField } from '../schema/fields.js';
import type { Money } from '../schema/input-types.js';
import type { InputIssue } from '../schema/issues.js';
import { MESSAGES } from '../schema/messages.js';
import { toInputIssues } from '../schema/zod-issues.js';
import { listFundPools, type FundPool } from './fund-pools.js';
import { isRecord } from '../schema/is-record.js';
import { unknownFieldIssues } from '../schema/unknown-fields.js';

/** A plain claim on a fund: an id and an amount, with the dated payments when a pool per year is used. */
export interface FundClaim {
  id: string;
  amount: Money;
  schedule?: Array<{ date: IsoDate; amount: Money }>;
}

/** A claim read: its cents, and its payments where known. */
export interface ReadClaim {
  /** Its place among the claims given (a claim that could not be read has none here). */
  index: number;
  id: string;
  amount: Decimal;
  schedule?: Array<{ date: IsoDate; amount: Decimal }>;
}

/** The pool as given: one amount, or one per calendar year. */
export type ReadPool =
  | { kind: 'single'; amount: Decimal; named?: FundPool }
  | { kind: 'per-year'; amount: Decimal; named?: FundPool }
  | { kind: 'by-year'; amounts: Map<string, Decimal> };

const MAX_CLAIMS = 100_000;
const YEAR = /^\d{4}$/;
const POOL_FIELDS = ['perYear', 'byYear'];


/** An assessment `evaluate` made, as opposed to a plain claim: known by identity, never by its fields. */
function isAssessment(value: unknown): value is Assessment {
  return isIssued(value, 'assessment');
}

/** What looks like an assessment (its fields copied) but is not one `evaluate` returned. */
function looksLikeAssessment(value: Record<string, unknown>): boolean {
  return Object.hasOwn(value, 'items') && Object.hasOwn(value, 'totals');
}

/** For the boundary reader: the claims that are assessments are kept as they are. */
export function keepAssessments(value: object, path: readonly string[]): boolean {
  return path.length === 1 && isIssued(value, 'assessment');
}

function readCents(value: unknown): ReadResult {
  const read = readAmount(value);
  if (read.ok && read.value.decimalPlaces() > 2) return { ok: false, code: 'out_of_range', message: MESSAGES.centsOnly(value) };
  return read;
}

/**
 * An assessment claims its computed grants and subsidies (equity is not paid
 * from these funds). A stated maximum (basis `ceiling`) is not a claim: it is
 * what a policy could pay at most, not what the project would ask for.
 */
function claimOfAssessment(assessment: Assessment): Omit<ReadClaim, 'index'> {
  const payments = assessment.items.flatMap((item) =>
    item.status === 'eligible' && item.basis === 'formula' && INSTRUMENT_CLASS[item.instrument] === 'cash' ? (item.schedule ?? []) : [],
  );
  return {
    id: assessment.project.id ?? assessment.project.name,
    amount: assessment.totals.cash,
    schedule: payments.map((payment) => ({ date: payment.date, amount: payment.amount })),
  };
}

function readSchedule(raw: unknown, path: string[], issues: InputIssue[]): ReadClaim['schedule'] {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    issues.push({ code: 'invalid_type', path, message: MESSAGES.list(raw) });
    return undefined;
  }
  return raw.flatMap((entry: unknown, index) => {
    const at = [...path, String(index)];
    if (!isRecord(entry)) {
      issues.push({ code: 'invalid_type', path: at, message: MESSAGES.object(entry) });
      return [];
    }
    issues.push(...unknownFieldIssues(entry, ['date', 'amount'], at));
    const date = dateField.safeParse(entry['date'], { reportInput: true });
    if (!date.success) issues.push(...toInputIssues(date.error.issues, [...at, 'date']));
    const amount = readCents(entry['amount']);
    if (!amount.ok) issues.push({ code: amount.code, path: [...at, 'amount'], message: amount.message });
    return date.success && amount.ok ? [{ date: date.data, amount: amount.value }] : [];
  });
}

function readPlainClaim(raw: Record<string, unknown>, path: string[], issues: InputIssue[]): Omit<ReadClaim, 'index'> | undefined {
  const before = issues.length;
  const id = raw['id'];
  if (typeof id !== 'string' || id.trim() === '') issues.push({ code: 'invalid_type', path: [...path, 'id'], message: MESSAGES.text(id) });
  const amount = readCents(raw['amount']);
  if (!amount.ok) issues.push({ code: amount.code, path: [...path, 'amount'], message: amount.message });
  issues.push(...unknownFieldIssues(raw, ['id', 'amount', 'schedule'], path));
  const schedule = readSchedule(raw['schedule'], [...path, 'schedule'], issues);
  if (issues.length > before || typeof id !== 'string' || !amount.ok) return undefined;
  if (schedule) {
    const total = sum(schedule.map((entry) => entry.amount));
    if (!total.equals(amount.value)) {
      issues.push({ code: 'inconsistent', path: [...path, 'schedule'], message: MESSAGES.scheduleSum(total.toFixed(2), amount.value.toFixed(2)) });
      return undefined;
    }
  }
  return { id, amount: amount.value, ...(schedule && { schedule }) };
}

/** Reads the claims: assessments from `evaluate`, or plain claims; every problem is reported. */
export function readClaims(raw: unknown, issues: InputIssue[]): ReadClaim[] {
  if (!Array.isArray(raw)) {
    issues.push({ code: 'invalid_type', path: ['claims'], message: MESSAGES.list(raw) });
    return [];
  }
  if (raw.length > MAX_CLAIMS) {
    issues.push({ code: 'too_many', path: ['claims'], message: MESSAGES.listTooLong(MAX_CLAIMS) });
    return [];
  }
  const claims: ReadClaim[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, index) => {
    const path = ['claims', String(index)];
    let claim: Omit<ReadClaim, 'index'> | undefined;
    if (isAssessment(entry)) claim = claimOfAssessment(entry);
    else if (isRecord(entry) && looksLikeAssessment(entry)) issues.push({ code: 'invalid_type', path, message: MESSAGES.notAnAssessment(entry) });
    else if (isRecord(entry)) claim = readPlainClaim(entry, path, issues);
    else issues.push({ code: 'invalid_type', path, message: MESSAGES.claim(entry) });
    if (!claim) return;
    if (seen.has(claim.id)) issues.push({ code: 'duplicate', path: [...path, 'id'], message: MESSAGES.duplicateClaim(claim.id) });
    seen.add(claim.id);
    claims.push({ index, ...claim });
  });
  return claims;
}

function readPoolAmount(raw: unknown, path: string[], issues: InputIssue[]): { amount: Decimal; named?: FundPool } | undefined {
  const pools = listFundPools();
  if (typeof raw === 'string' && !/^\d/.test(raw)) {
    const named = pools.find((pool) => pool.id === raw);
    if (named) return { amount: named.amount, named };
    issues.push({ code: 'unknown_option', path, message: MESSAGES.unknownPool(raw, pools.map((pool) => pool.id)) });
    return undefined;
  }
  const read = readCents(raw);
  if (read.ok) return { amount: read.value };
  issues.push({ code: read.code, path, message: isRecord(raw) ? MESSAGES.unknownPool(raw, pools.map((pool) => pool.id)) : read.message });
  return undefined;
}

/** Reads the pool: an amount, a named pool, `{ perYear }` or `{ byYear }`. */
export function readPool(raw: unknown, issues: InputIssue[]): ReadPool | undefined {
  const path = ['options', 'pool'];
  if (isRecord(raw) && !isDecimal(raw) && !(raw instanceof CopiedDecimal)) {
    // A pool given as an object has one field, perYear or byYear; anything else beside it is a misspelling.
    const fields = Object.keys(raw);
    const unknown = unknownFieldIssues(raw, POOL_FIELDS, path);
    if (unknown.length > 0 || fields.length !== 1) {
      issues.push(...(unknown.length > 0 ? unknown : [{ code: 'invalid_type' as const, path, message: MESSAGES.unknownPool(raw, listFundPools().map((pool) => pool.id)) }]));
      return undefined;
    }
  }
  if (isRecord(raw) && !isDecimal(raw) && Object.hasOwn(raw, 'perYear')) {
    const read = readPoolAmount(raw['perYear'], [...path, 'perYear'], issues);
    return read && { kind: 'per-year', ...read };
  }
  if (isRecord(raw) && !isDecimal(raw) && Object.hasOwn(raw, 'byYear')) {
    const byYear = raw['byYear'];
    if (!isRecord(byYear)) {
      issues.push({ code: 'invalid_type', path: [...path, 'byYear'], message: MESSAGES.object(byYear) });
      return undefined;
    }
    const amounts = new Map<string, Decimal>();
    for (const [year, value] of Object.entries(byYear)) {
      if (!YEAR.test(year)) issues.push({ code: 'invalid_format', path: [...path, 'byYear', year], message: MESSAGES.year(year) });
      const read = readPoolAmount(value, [...path, 'byYear', year], issues);
      if (read) amounts.set(year, read.amount);
    }
    return { kind: 'by-year', amounts };
  }
  const read = readPoolAmount(raw, path, issues);
  return read && { kind: 'single', ...read };
}
