/**
 * node:fs/promises in the admin page's bundle: the content model's file reader is
 * never called there (the content comes from content.json), only imported.
 */
const unavailable = () => Promise.reject(new Error('There is no file system in the browser.'));
export const readdir = unavailable;
export const readFile = unavailable;
