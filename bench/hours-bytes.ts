/**
 * Prints what the support-hours island costs in JavaScript. Run after a build:
 *   npm run build && node bench/hours-bytes.ts
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { islandBytes, total } from './island-bytes.ts';

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const { own, runtime } = await islandBytes(distDir, 'support-hours/index.html', 'HoursInYourTime');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const rows = [
  ...own.map((chunk) => ({ part: 'island', ...chunk })),
  ...runtime.map((chunk) => ({ part: 'shared runtime', ...chunk })),
].map(({ part, file, bytes, gzipBytes }) => ({ part, file, raw: kb(bytes), gzip: kb(gzipBytes) }));
console.table(rows);

const ownTotal = total(own);
const runtimeTotal = total(runtime);
console.log(`island's own JS: ${ownTotal.gzipBytes} B gzip (${ownTotal.bytes} B raw)`);
console.log(`shared Solid runtime: ${runtimeTotal.gzipBytes} B gzip (${runtimeTotal.bytes} B raw)`);
