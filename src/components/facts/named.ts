/**
 * The entry a fact component's attribute names, such as the plan in
 * <Price plan="plus" billing="annual" />. MDX hands attributes over as text, so
 * the types cannot promise the id exists; the content check refuses prose that
 * names anything missing (src/content-model/prose.ts). This is the one place a
 * fact component turns an id into its entry.
 */
export function named<Entry extends { id: string }>(
  entries: readonly Entry[],
  id: string,
  tag: string,
): Entry {
  const found = entries.find((entry) => entry.id === id);
  if (!found) throw new Error(`${tag} names "${id}", which npm run check should have refused.`);
  return found;
}
