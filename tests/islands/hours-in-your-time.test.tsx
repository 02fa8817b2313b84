import { render } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HoursInYourTime from '../../src/components/islands/HoursInYourTime';

// A fixture, not the content: the island's behaviour, whatever the real hours are.
const props = {
  hours: {
    businessDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    opens: '09:00',
    closes: '18:00',
    utcOffset: '+04:00',
    closures: ['2026-01-16'],
  },
  offsetLabel: 'GMT+4',
  cities: [
    { name: 'London', timeZone: 'Europe/London' },
    { name: 'Tokyo', timeZone: 'Asia/Tokyo' },
  ],
};

const originalZone = process.env['TZ'];

beforeEach(() => {
  // Node follows TZ for the default zone the island reads as the visitor's.
  process.env['TZ'] = 'America/Sao_Paulo';
  // Wednesday, 08:58:30 at the team's offset.
  vi.useFakeTimers({ now: new Date('2026-01-14T04:58:30Z') });
});

afterEach(() => {
  vi.useRealTimers();
  if (originalZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalZone;
});

const text = (container: HTMLElement, selector: string) =>
  [...container.querySelectorAll(selector)].map((element) => element.textContent);

describe('the hours island', () => {
  it('shows the visitor’s zone, week and cities once mounted', () => {
    const { container } = render(() => <HoursInYourTime {...props} />);
    expect(container.querySelector('.hours-now')?.hasAttribute('data-live')).toBe(true);
    expect(text(container, '.hours-now__zone')).toEqual(['America/Sao Paulo, UTC−3']);
    expect(text(container, '.hours-now__week li')).toHaveLength(5);
    expect(text(container, '.hours-now__long')[0]).toMatch(/^Monday \d.* – \d/);
    expect(text(container, '.hours-now__short')[0]).toMatch(/^Mon \d.* – \d/);
    expect(text(container, '.hours-now__long')[4]).toMatch(/^Friday .* \(closed\)$/);
    expect(text(container, 'caption')).toEqual([
      'Hours in each city for Wednesday 14 January (GMT+4)',
    ]);
    expect(text(container, 'tbody tr')).toEqual([
      expect.stringMatching(/^LondonWed .*UTC+No$/),
      expect.stringMatching(/^TokyoWed .*UTC\+9No$/),
    ]);
  });

  it('updates as each minute turns, not a minute after it loaded', async () => {
    const { container } = render(() => <HoursInYourTime {...props} />);
    const status = () => container.querySelector('.hours-now__status')?.textContent;
    expect(status()).toMatch(/^Closed — opens today at .* your time, in 2 min$/);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(status()).toMatch(/in 2 min$/);
    await vi.advanceTimersByTimeAsync(1);
    expect(status()).toMatch(/in 1 min$/);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(status()).toMatch(/^Open now — closes at .* your time$/);
    expect(container.querySelector('.hours-now')?.hasAttribute('data-open')).toBe(true);
  });

  it('keeps one timer while mounted and none after unmounting', async () => {
    const { unmount } = render(() => <HoursInYourTime {...props} />);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
