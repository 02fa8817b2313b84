import { describe, expect, it } from 'vitest';
import ClockChanges from '../../src/components/hours/ClockChanges.astro';
import { fixtureModel } from '../support/content-fixtures';
import { renderComponent, textOf } from './render';

// The fixture's hours, with cities on both hemispheres: the notes are computed
// from the zones' own rules (Intl), whatever cities the content lists.
const { supportHours } = await fixtureModel();
const withCities = (...cities: { name: string; timeZone: string }[]) => ({
  ...supportHours,
  referenceCities: cities,
});
const notes = async (hours: typeof supportHours, year: number) =>
  textOf(await renderComponent(ClockChanges, { supportHours: hours, year }));

describe('ClockChanges', () => {
  it('says which column applies south of the equator, and when, for each year shown', async () => {
    const text = await notes(
      withCities(
        { name: 'Paris', timeZone: 'Europe/Paris' },
        { name: 'Melbourne', timeZone: 'Australia/Melbourne' },
      ),
      2026,
    );
    expect(text).toContain(
      'In 2026, Melbourne, south of the equator, follows the daylight saving column above until 4 April and from 4 October, and the standard time column from 5 April to 3 October.',
    );
    expect(text).toContain(
      'In 2027, Melbourne, south of the equator, follows the daylight saving column above until 3 April and from 3 October, and the standard time column from 4 April to 2 October.',
    );
    expect(text).not.toContain('Paris, south of the equator');
  });

  it('groups southern cities whose clocks move together, and says nothing of them otherwise', async () => {
    const both = await notes(
      withCities(
        { name: 'Hobart', timeZone: 'Australia/Hobart' },
        { name: 'Canberra', timeZone: 'Australia/Canberra' },
      ),
      2026,
    );
    expect(both).toContain('In 2026, Hobart and Canberra, south of the equator, follow');
    const north = await notes(withCities({ name: 'Oslo', timeZone: 'Europe/Oslo' }), 2026);
    expect(north).not.toContain('south of the equator');
  });
});
