/**
 * Loaded into a build by the site diff (`node --import`), never by the site: it
 * makes both builds of a comparison see one date, so a page that prints dates
 * (the years of the clock-change table) differs only where content does.
 *
 * The clock starts at SITE_DIFF_CLOCK (an ISO date-time) and runs on from there,
 * so timeouts and durations inside the build still behave. Plain erasable
 * TypeScript, as Node runs it without a build step, from outside the base
 * revision's worktree.
 */
const start = process.env['SITE_DIFF_CLOCK'];

if (start) {
  const fixed = Date.parse(start);
  if (Number.isNaN(fixed)) throw new Error(`SITE_DIFF_CLOCK is not a date: "${start}".`);
  const RealDate = Date;
  const offset = fixed - RealDate.now();
  const now = () => RealDate.now() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args, newTarget) =>
      Reflect.construct(target, args.length > 0 ? args : [now()], newTarget) as object,
    // Date() without `new` is the current time as text.
    apply: () => new RealDate(now()).toString(),
    get: (target, property, receiver) =>
      property === 'now' ? now : Reflect.get(target, property, receiver),
  });
}

export {};
