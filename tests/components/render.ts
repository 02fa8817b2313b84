import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/** Renders an Astro component to HTML, without dev-only attributes. */
export async function renderComponent(
  component: AstroComponentFactory,
  props: Record<string, unknown> = {},
): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(component, { props });
}

export { textOf } from '../support/html';
