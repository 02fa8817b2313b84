import type { SupportHours } from '../../src/lib/support-hours';

/**
 * Support hours for the unit tests: a fixture, not the content, so the tests pin
 * the rules whatever the real hours become. 9:00 to 18:00 at +04:00 is 05:00 to
 * 14:00 UTC.
 */
export const fixtureHours: SupportHours = {
  businessDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  opens: '09:00',
  closes: '18:00',
  utcOffset: '+04:00',
  closures: [],
};
