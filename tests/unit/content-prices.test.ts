import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readContent } from '../../src/content-model';
import { centsFromText } from '../../src/content-model/schemas/money';
import { planSchema } from '../../src/content-model/schemas/plans';
import { goodContent } from '../support/content-fixtures';

/** Prices are written as the page shows them and become integer cents once, in the schema. */
describe('a price as written', () => {
  it.each([
    ['0.07', 7],
    ['19.99', 1999],
    ['184.5', 18450],
    ['184.50', 18450],
    ['184', 18400],
    ['4999.99', 499999],
  ])('%s is %i cents, exactly', (written, cents) => {
    expect(centsFromText(written)).toBe(cents);
  });

  it.each(['1e3', '184.505', '$184', '+184', '-5', '.5', '0x10', '1_000', ''])(
    '%s is not a price as written',
    (written) => {
      expect(centsFromText(written)).toBeUndefined();
    },
  );
});

async function proWith(annual: string, monthly = '220') {
  const files = new Map(await goodContent());
  const file = 'src/content/plans/pro.mdx';
  const text = new TextDecoder().decode(files.get(file) as Uint8Array);
  files.set(
    file,
    text
      .replace(/billedAnnually: .*/, `billedAnnually: ${annual}`)
      .replace(/billedMonthly: .*/, `billedMonthly: ${monthly}`),
  );
  return readContent(files);
}

describe('prices in a plan file', () => {
  it('publishes 184 as $184 and 184.50 as $184.50, in cents past the schema', async () => {
    expect((await proWith('184')).model?.plans.priced[0].prices.billedAnnually).toBe(18400);
    expect((await proWith('184.50')).model?.plans.priced[0].prices.billedAnnually).toBe(18450);
    expect((await proWith('19.99')).model?.plans.priced[0].prices.billedAnnually).toBe(1999);
  });

  it.each([
    ['18400', 'above 5000, the highest plausible price'],
    ['1.84', 'below 10, the lowest plausible price'],
    ['1e3', 'It is written as 1e3'],
    ['184.505', 'It is written as 184.505'],
  ])('refuses %s, naming the file, the line, the range and the fix', async (annual, why) => {
    const { problems } = await proWith(annual);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'src/content/plans/pro.mdx',
        line: 9,
        field: 'pricePerMonth.billedAnnually',
        message: expect.stringContaining(why),
        fix: expect.stringContaining('from 10 to 5000, like 184 or 184.50'),
      }),
    ]);
  });

  it('gives form generators the limits in its JSON Schema', () => {
    const json = z.toJSONSchema(planSchema, { io: 'input' }) as unknown as {
      properties: { pricePerMonth: { properties: Record<string, unknown> } };
    };
    expect(json.properties.pricePerMonth.properties['billedAnnually']).toMatchObject({
      type: 'number',
      minimum: 10,
      maximum: 5000,
      multipleOf: 0.01,
    });
  });
});
