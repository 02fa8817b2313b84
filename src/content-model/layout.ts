/**
 * Where each collection's files live and how they are shaped. The build's loaders
 * (src/content.config.ts) and the standalone content check both read this table,
 * so the two can never look at different files.
 */

export const contentDir = 'src/content';

export type CollectionFiles =
  /** One MDX file per entry; the entry id is the file name without .mdx. */
  | { kind: 'mdx-folder'; folder: string }
  /** A YAML list of entries, each with a unique `id`. */
  | { kind: 'yaml-list'; file: string }
  /** A YAML file holding a single record of fields. */
  | { kind: 'yaml-record'; file: string; id: string };

export const contentLayout = {
  plans: { kind: 'mdx-folder', folder: `${contentDir}/plans` },
  faq: { kind: 'mdx-folder', folder: `${contentDir}/faq` },
  texts: { kind: 'mdx-folder', folder: `${contentDir}/texts` },
  faqTopics: { kind: 'yaml-list', file: `${contentDir}/faq-topics.yaml` },
  comparison: { kind: 'yaml-list', file: `${contentDir}/comparison.yaml` },
  licenses: { kind: 'yaml-list', file: `${contentDir}/licenses.yaml` },
  team: { kind: 'yaml-list', file: `${contentDir}/team.yaml` },
  supportHours: {
    kind: 'yaml-record',
    file: `${contentDir}/support-hours.yaml`,
    id: 'support-hours',
  },
  site: { kind: 'yaml-record', file: `${contentDir}/site.yaml`, id: 'site' },
} as const satisfies Record<string, CollectionFiles>;

export type CollectionName = keyof typeof contentLayout;

/**
 * The passages of prose the pages show, each a file in src/content/texts named
 * here, so that pages say what content supports and editors can change it.
 */
export const pageTexts = {
  homeIntro: 'home-intro',
  plansIntro: 'plans-intro',
  includedSupport: 'included-support',
  teamIntro: 'team-intro',
  calculatorNote: 'calculator-note',
  responseTimes: 'response-times',
  clockChanges: 'clock-changes',
} as const;

export type PageText = keyof typeof pageTexts;
