/** The site's sections, in header order. */
export const navigation = [
  { path: '/', label: 'Overview' },
  { path: '/plans/', label: 'Plans and pricing' },
  { path: '/team/', label: 'Team' },
  { path: '/faq/', label: 'FAQ' },
  { path: '/support-hours/', label: 'Support hours' },
] as const;
