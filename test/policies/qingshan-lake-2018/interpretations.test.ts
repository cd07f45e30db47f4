import { describe, expect, it } from 'vitest';
import type { QingshanLakeInterpretations } from '../../../src/index.js';
import { QINGSHAN_LAKE_2018 } from '../../../src/policies/qingshan-lake-2018/index.js';

// Written against the public type: a reading missing from the type fails to compile,
// and the runtime comparison below catches one missing from the data.
const READINGS: { [K in keyof QingshanLakeInterpretations]: Array<QingshanLakeInterpretations[K]> } = {
  majorProject: ['ratio-applies', 'ceiling-only'],
  policyFundBase: ['actual-investment', 'excluding-infrastructure'],
  housingBenefits: ['one-per-talent', 'stack'],
  startupFounder: ['high-level', 'qualified'],
  coInvestmentScope: ['innovative-projects', 'first-class-entities', 'focus-sectors'],
  incrementalPayment: ['one-payment', 'caller-plan'],
  incrementalTalent: ['high-level-founder', 'support-only'],
  incrementalOverlap: ['after-expiry', 'independent'],
};

describe('qingshan-lake-2018 interpretations', () => {
  it('match the public Interpretations type, default first', () => {
    const data = Object.fromEntries(
      QINGSHAN_LAKE_2018.interpretations.map((i) => [i.id, i.options.map((option) => option.value)]),
    );
    expect(data).toEqual(READINGS);
    for (const interpretation of QINGSHAN_LAKE_2018.interpretations) {
      expect(interpretation.options[0]?.value).toBe(interpretation.default);
    }
  });

  it('explain every reading in both languages', () => {
    for (const interpretation of QINGSHAN_LAKE_2018.interpretations) {
      for (const option of interpretation.options) {
        expect(option.rationale.en.length).toBeGreaterThan(20);
        expect(option.rationale.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
