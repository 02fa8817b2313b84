// Astro reads the collections from this file; they live with the content model.
export { collections } from './content-model/collections';
