/**
 * The words a project may use to say what it does, what it makes and whom it
 * sells to. The policies name these (Shanxi's radio-frequency, power and
 * optoelectronic devices; 5G, aerospace, the internet of things and new
 * energy vehicles); the rest let a project describe itself fully.
 */
export const ACTIVITIES = [
  'design',
  'design-services',
  'manufacturing',
  'equipment',
  'materials',
  'packaging-testing',
  'research',
] as const;

export const DEVICE_TYPES = [
  'radio-frequency',
  'power',
  'optoelectronic',
  'sensor',
  'mems',
  'memory',
  'logic',
  'analog',
  'compound-semiconductor',
  'photomask',
  'wafer',
  'other',
] as const;

export const TARGET_MARKETS = [
  '5g',
  'aerospace',
  'iot',
  'new-energy-vehicles',
  'automotive',
  'consumer-electronics',
  'industrial',
  'data-centres',
  'medical',
  'other',
] as const;

export type Activity = (typeof ACTIVITIES)[number];
export type DeviceType = (typeof DEVICE_TYPES)[number];
export type TargetMarket = (typeof TARGET_MARKETS)[number];

/**
 * The industry a project is in, as a pack's audience names it.
 * `semiconductors`: semiconductor and integrated-circuit work of any kind
 * (design, manufacturing, packaging and testing, equipment, materials,
 * sensors, photomasks, microelectronics); `other`: anything else. Kept to
 * two words because every source read so far concerns the first.
 */
export const INDUSTRIES = ['semiconductors', 'other'] as const;

export type Industry = (typeof INDUSTRIES)[number];
