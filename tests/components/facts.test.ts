import { beforeEach, describe, expect, it, vi } from 'vitest';
import HostingTrial from '../../src/components/facts/HostingTrial.astro';
import IncludedSupport from '../../src/components/facts/IncludedSupport.astro';
import PlanName from '../../src/components/facts/PlanName.astro';
import Price from '../../src/components/facts/Price.astro';
import RequestAllowance from '../../src/components/facts/RequestAllowance.astro';
import ResponseTime from '../../src/components/facts/ResponseTime.astro';
import SupportHours from '../../src/components/facts/SupportHours.astro';
import type * as ContentModule from '../../src/data/content';
import { fixtureContent } from '../fixtures/site-content';
import { renderComponent, textOf } from './render';

// Fact components read the site's content; here they read the fixture instead,
// so each assertion proves the text comes from content, not from the component.
vi.mock('../../src/data/content', async (importOriginal) => ({
  ...(await importOriginal<typeof ContentModule>()),
  loadSiteContent: vi.fn(),
}));
const { loadSiteContent } = await import('../../src/data/content');

beforeEach(() => {
  vi.mocked(loadSiteContent).mockResolvedValue(fixtureContent);
});

const render = async (component: Parameters<typeof renderComponent>[0], props = {}) =>
  textOf(await renderComponent(component, props));

describe('fact components', () => {
  it('<Price> gives a monthly rate or a yearly total for a billing', async () => {
    expect(await render(Price, { plan: 'plus', billing: 'annual' })).toBe('$150');
    expect(await render(Price, { plan: 'plus', billing: 'monthly' })).toBe('$220');
    expect(await render(Price, { plan: 'plus', billing: 'annual', per: 'year' })).toBe('$1,800');
  });

  it('<Price> refuses an unknown plan or one without a list price, naming it', async () => {
    await expect(render(Price, { plan: 'pluss', billing: 'annual' })).rejects.toThrow(
      'Unknown plan in <Price plan="…"> "pluss". Known: basic, plus.',
    );
    await expect(render(Price, { plan: 'basic', billing: 'annual' })).rejects.toThrow(
      '<Price plan="basic"> names a plan that has no list price.',
    );
  });

  it('<SupportHours> states days, hours and offset from the hours content', async () => {
    expect(await render(SupportHours)).toBe(
      'business days (Monday to Thursday), 8:30 to 17:30 (GMT+3)',
    );
  });

  it('<IncludedSupport>, <ResponseTime>, <RequestAllowance>, <PlanName>, <HostingTrial>', async () => {
    expect(await render(IncludedSupport, { license: 'forever' })).toBe('5 months');
    expect(await render(IncludedSupport, { license: 'yearly' })).toBe(
      'the entire subscription period',
    );
    expect(await render(ResponseTime, { plan: 'plus' })).toBe('within 6 hours');
    expect(await render(RequestAllowance, { plan: 'basic' })).toBe('7 requests per month');
    expect(await render(PlanName, { plan: 'plus' })).toBe('Care Plus');
    expect(await render(PlanName, { plan: 'plus', short: true })).toBe('Plus');
    expect(await render(HostingTrial)).toBe('a 2-month trial of Hostco hosting');
  });
});
