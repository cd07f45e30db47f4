/** Annual rates of the generated loans. */
const RATES = ['0.0435', '0.05', '0.0615', '0.039', '0.1'];

/**
 * Deterministic generated projects of the representative shape, for the
 * floor's batch and its test: other amounts with cents (each ceiling reached
 * by some, not by others), other assessment dates, one to three talents, other
 * loan terms. A small linear congruential generator, the same sequence on
 * every machine.
 *
 * @param count - how many projects
 * @param seed - where the sequence starts
 */
export function* generatedProjects(count: number, seed = 20261121) {
  let state = seed >>> 0;
  const next = (max: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * max);
  };
  const amount = (max: number, from = 0) => `${from + next(max)}.${String(next(100)).padStart(2, '0')}`;

  function generated(index: number) {
    const talents: object[] = [{ name: 'Founder', highLevel: true, housingPurchase: { price: amount(5_000_000) } }];
    const renters = next(3);
    for (let t = 0; t < renters; t += 1) talents.push({ name: `T${t}`, qualified: true, rent: { monthly: amount(4_000), start: '2019-01-31', months: 1 + next(48) } });
    return {
      name: `Generated ${index}`,
      asOf: `202${2 + next(3)}-0${1 + next(9)}-1${next(9)}`,
      investment: { actual: amount(850_000_000, 50_000_000), infrastructure: amount(50_000_000) },
      classification: { leadingIndustryDirection: true, particularlyImportant: true },
      talents,
      talentStartup: {
        founder: 'Founder',
        requested: { startupFund: amount(8_000_000), shareInvestment: amount(8_000_000), ventureCapital: amount(8_000_000) },
        loans: [{ principal: amount(50_000_000), annualRate: RATES[next(RATES.length)]!, years: 1 + next(5) }],
      },
      talentSupport: { expiresOn: '2021-12-31', highPotential: true, incrementalRequested: amount(25_000_000) },
    };
  }
  for (let index = 0; index < count; index += 1) yield generated(index);
}
