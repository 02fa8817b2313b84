import { describe, expect, it } from 'vitest';
import {
  capitalize,
  describeClock,
  describeDays,
  describeIncludedSupport,
  describeIncludedSupportTerm,
  describeRequests,
  describeResponseTime,
} from '../../src/lib/describe';

describe('wording of facts', () => {
  it('names request allowances', () => {
    expect(describeRequests('unlimited')).toBe('an unlimited number of requests');
    expect(describeRequests({ perMonth: 15 })).toBe('15 requests per month');
    expect(describeRequests({ perMonth: 1 })).toBe('1 request per month');
  });

  it('names response times and included support, singular and plural', () => {
    expect(describeResponseTime(48)).toBe('within 48 hours');
    expect(describeResponseTime(1)).toBe('within 1 hour');
    expect(describeIncludedSupport({ months: 1 })).toBe('1 month');
    expect(describeIncludedSupport({ months: 3 })).toBe('3 months');
    expect(describeIncludedSupport({ entireSubscription: true })).toBe(
      'the entire subscription period',
    );
  });

  it('names runs of days as a range and gaps as a list', () => {
    expect(describeDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe(
      'Monday to Friday',
    );
    expect(describeDays(['friday', 'monday'])).toBe('Monday, Friday');
    expect(describeDays(['monday', 'wednesday', 'thursday'])).toBe('Monday, Wednesday, Thursday');
    expect(describeDays([])).toBe('');
  });

  it('drops the leading zero of morning times and capitalizes', () => {
    expect(describeClock('09:00')).toBe('9:00');
    expect(describeClock('18:00')).toBe('18:00');
    expect(capitalize('the entire subscription period')).toBe('The entire subscription period');
  });
});

describe('how long included support lasts', () => {
  it('gives the months, claiming no start day the source does not give, or the subscription', () => {
    expect(describeIncludedSupportTerm({ months: 1 })).toBe('1 month');
    expect(describeIncludedSupportTerm({ months: 5 })).toBe('5 months');
    expect(describeIncludedSupportTerm({ entireSubscription: true })).toBe(
      'the entire subscription period, until the subscription ends',
    );
  });
});
