import type { License, Plan, Site } from '../../src/data/content';

/**
 * Content for calculator tests, with other prices than the site's (Plus annual
 * 15000 cents saves 31%, Ultimate 30000 of 40000 saves 25%), other names and
 * other license periods, so a test passes only if every figure is computed.
 */
const feature = (id: string, label: string, flags: Partial<Plan['features'][number]> = {}) => ({
  id,
  label,
  explanation: `What ${label} does.`,
  annualOnly: false,
  scalestaOnly: false,
  ...flags,
});

export const fixturePlans: Plan[] = [
  {
    id: 'standard',
    name: 'Care Basic',
    shortName: 'Basic',
    order: 1,
    role: 'The basics',
    tagline: 'Comes with a license.',
    highlighted: false,
    includedWithLicense: true,
    requests: { perMonth: 9 },
    responseTimeHours: 36,
    features: [feature('update', 'Website update')],
  },
  {
    id: 'plus',
    name: 'Care Plus',
    shortName: 'Plus',
    order: 2,
    role: 'We guide you',
    tagline: 'An expert on call.',
    highlighted: false,
    extends: 'standard',
    pricePerMonthInCents: { billedAnnually: 15000, billedMonthly: 22000 },
    requests: 'unlimited',
    minorModificationsPerMonth: 5,
    responseTimeHours: 10,
    features: [],
  },
  {
    id: 'ultimate',
    name: 'Care Ultimate',
    shortName: 'Ultimate',
    order: 3,
    role: 'We do it',
    tagline: 'Hand the work over.',
    highlighted: true,
    extends: 'plus',
    pricePerMonthInCents: { billedAnnually: 30000, billedMonthly: 40000 },
    requests: 'unlimited',
    minorModificationsPerMonth: 8,
    responseTimeHours: 2,
    features: [
      feature('chat', 'Chat in the admin panel'),
      feature('servers', 'Server set-up', { annualOnly: true }),
      feature('apps', 'App building', { annualOnly: true }),
      feature('hosting', 'Hosting help', { scalestaOnly: true }),
    ],
  },
];

export const fixtureLicenses: License[] = [
  {
    id: 'yearly-shop',
    name: 'Yearly Shop Subscription',
    product: 'Shop',
    kind: 'annual-subscription',
    order: 1,
    includedSupport: { entireSubscription: true },
  },
  {
    id: 'forever-shop',
    name: 'Forever Shop License',
    product: 'Shop',
    kind: 'lifetime',
    order: 2,
    includedSupport: { months: 5 },
  },
];

export const fixtureSite: Site = {
  companyName: 'Example',
  serviceName: 'Care',
  currency: 'EUR',
  teamExperienceYears: 7,
  links: {
    helpDesk: 'https://help.example.test/',
    contact: 'https://example.test/contact',
    purchase: 'https://shop.example.test/care?ref=site',
    customDevelopment: 'https://example.test/dev',
    documentation: 'https://docs.example.test/',
    forum: 'https://forum.example.test/',
    tutorialVideos: 'https://video.example.test/',
    bugTracker: 'https://forum.example.test/bugs',
    bugFixingArticle: 'https://example.test/bugs',
  },
  hostingTrial: { provider: 'HostCo', months: 2, url: 'https://host.example.test/' },
  glossary: { minorModifications: 'Small changes.' },
};

export const fixtureContent = {
  site: fixtureSite,
  plans: fixturePlans,
  licenses: fixtureLicenses,
};
