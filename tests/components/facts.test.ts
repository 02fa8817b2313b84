import { beforeEach, describe, expect, it, vi } from 'vitest';
import FeatureBilling from '../../src/components/facts/FeatureBilling.astro';
import FeatureName from '../../src/components/facts/FeatureName.astro';
import HostingTrial from '../../src/components/facts/HostingTrial.astro';
import IncludedSupport from '../../src/components/facts/IncludedSupport.astro';
import PlanName from '../../src/components/facts/PlanName.astro';
import Price from '../../src/components/facts/Price.astro';
import RequestAllowance from '../../src/components/facts/RequestAllowance.astro';
import ResponseTime from '../../src/components/facts/ResponseTime.astro';
import SiteLink from '../../src/components/facts/SiteLink.astro';
import SupportHours from '../../src/components/facts/SupportHours.astro';
import type * as SiteModelModule from '../../src/content-model/collections';
import { builtFixtureModel } from '../support/content-fixtures';
import { renderComponent, textOf } from './render';

// Fact components read the site's model; here they read the fixture's instead,
// so each assertion proves the text comes from content, not from the component.
vi.mock('../../src/content-model/collections', async (importOriginal) => ({
  ...(await importOriginal<typeof SiteModelModule>()),
  siteModel: vi.fn(),
}));
const { siteModel } = await import('../../src/content-model/collections');
const model = await builtFixtureModel();

beforeEach(() => {
  vi.mocked(siteModel).mockResolvedValue(model);
});

const render = async (component: Parameters<typeof renderComponent>[0], props = {}) =>
  textOf(await renderComponent(component, props));

describe('fact components', () => {
  it('<Price> gives a monthly rate or a yearly total for a billing', async () => {
    expect(await render(Price, { plan: 'pro', billing: 'annual' })).toBe('€150');
    expect(await render(Price, { plan: 'pro', billing: 'monthly' })).toBe('€220');
    expect(await render(Price, { plan: 'pro', billing: 'annual', per: 'year' })).toBe('€1,800');
  });

  it('<Price> names what it cannot find, which the content check refuses before any build', async () => {
    await expect(render(Price, { plan: 'basic', billing: 'annual' })).rejects.toThrow(
      '<Price plan> names "basic", which npm run check should have refused.',
    );
  });

  it('<SupportHours> states days, hours and offset from the hours content', async () => {
    expect(await render(SupportHours)).toBe(
      'business days (Monday to Friday), 8:30 to 17:30 (GMT+3)',
    );
  });

  it('<IncludedSupport>, <ResponseTime>, <RequestAllowance>, <PlanName>, <HostingTrial>', async () => {
    expect(await render(IncludedSupport, { license: 'shop-lifetime' })).toBe('6 months');
    expect(await render(IncludedSupport, { license: 'shop-annual' })).toBe(
      'the entire subscription period',
    );
    expect(await render(ResponseTime, { plan: 'pro' })).toBe('within 10 hours');
    expect(await render(RequestAllowance, { plan: 'basic' })).toBe('10 requests per month');
    expect(await render(PlanName, { plan: 'pro' })).toBe('Care Pro');
    expect(await render(PlanName, { plan: 'pro', short: true })).toBe('Pro');
    expect(await render(HostingTrial)).toBe('a 2-month trial of Example Hosting hosting');
  });

  it('<FeatureBilling> follows the feature’s annualOnly flag; <FeatureName> gives its label', async () => {
    // In the fixture, Max's "server-setup" is annualOnly and its "live-chat" is not.
    expect(await render(FeatureBilling, { feature: 'server-setup' })).toBe(
      'with annual billing only',
    );
    expect(await render(FeatureBilling, { feature: 'live-chat' })).toBe(
      'with either billing, monthly or annual',
    );
    expect(await render(FeatureName, { feature: 'hosting-help' })).toBe('Hosting help');
    await expect(render(FeatureBilling, { feature: 'server' })).rejects.toThrow(
      '<FeatureBilling feature> names "server", which npm run check should have refused.',
    );
  });

  it('<SiteLink> links the words it wraps to the address in site.yaml', async () => {
    const container = await import('astro/container').then((astro) =>
      astro.experimental_AstroContainer.create(),
    );
    const html = await container.renderToString(SiteLink, {
      props: { to: 'helpDesk' },
      slots: { default: 'the Help Desk' },
    });
    expect(html).toBe('<a href="https://help.example.com/">the Help Desk</a>');
  });
});
