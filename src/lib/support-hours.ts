/**
 * Support hours: when the team answers, in any zone, on any date. Plain Intl, no
 * date library. The pieces live in ./hours; this is the one place to import from.
 */
export * from './hours/clock';
export * from './hours/zones';
export * from './hours/schedule';
export * from './hours/seasons';
export * from './hours/wording';
