import { definePolicy, evaluate } from '../../src/index.js';

/**
 * A child process of test/engine/kept-outcomes.test.ts: one user pack, defined
 * once, evaluates a stream of projects, each meeting a different set of a
 * rule's 24 tests (the bits of its index), and prints how many it evaluated.
 * Run with a small heap: what the engine keeps from one evaluation to the
 * next must not grow with the projects it has seen.
 */
const TESTS = 24;
const COUNT = Number.parseInt(process.argv[2] ?? '40000', 10);
const facts = Array.from({ length: TESTS }, (_, index) => ({ id: `f${index}`, type: 'boolean', label: { en: `flag ${index}`, zh: `标志${index}` } }));
const pack = definePolicy({
  id: 'many-tests',
  version: '1.0.0',
  name: { en: 'Many tests (hypothetical)', zh: '多项条件（假设）' },
  jurisdiction: { level: 'district', name: 'Test district' },
  source: { document: 'offer.pdf', published: '2026-01-01' },
  facts,
  rules: [{
    id: 'grant', label: 'Grant', instrument: 'grant', citation: { document: 'offer.pdf', quote: 'A grant of 100,000 yuan.' },
    parameters: { ceiling: { value: '100000', unit: 'CNY' } },
    eligibility: facts.map((fact) => ({ when: { fact: `many-tests/${fact.id}`, is: true } })),
    amount: { block: 'flat-ceiling', ceiling: { param: 'ceiling' } },
  }],
} as never);

let evaluated = 0;
for (let index = 0; index < COUNT; index += 1) {
  const stated: Record<string, boolean> = {};
  for (let bit = 0; bit < TESTS; bit += 1) stated[`many-tests/f${bit}`] = ((index >> bit) & 1) === 1;
  evaluate({ name: 'Plant', investment: { actual: '1000000' }, facts: stated }, { policy: pack, asOf: '2026-06-30' });
  evaluated += 1;
}
process.stdout.write(JSON.stringify({ evaluated }));
