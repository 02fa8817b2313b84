import { cleanup, fireEvent, render, screen, within } from '@solidjs/testing-library';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import PriceCalculator from '../../src/components/islands/PriceCalculator';
import { calculatorProps } from '../../src/components/plans/calculator-props';

// Fixture content has other prices than the site's: Pro 15000 of 22000 cents
// (save 31%), Max 30000 of 40000 (save 25%), in euros. Every figure below is
// computed by the island from those props.
const props = calculatorProps(inject('fixtureModel'));

/** The page's one Billing radio group, which lives outside the island. */
function addBillingChoice() {
  const fieldset = document.createElement('fieldset');
  fieldset.id = 'billing';
  for (const value of ['annual', 'monthly']) {
    const label = document.createElement('label');
    const radio = Object.assign(document.createElement('input'), {
      type: 'radio',
      name: 'billing',
      id: `billing-${value}`,
      value,
      checked: value === 'annual',
    });
    label.append(radio, value === 'annual' ? 'Annual' : 'Monthly');
    fieldset.append(label);
  }
  document.body.append(fieldset);
}

/** Server-rendered controls, as PriceCalculator.astro renders them: disabled, named by choice key. */
const controls = () => (
  <div>
    <fieldset>
      <legend>Plan</legend>
      <label>
        <input type="radio" name="plan" value="pro" disabled />
        Pro
      </label>
      <label>
        <input type="radio" name="plan" value="max" checked disabled />
        Max
      </label>
    </fieldset>
    <label for="calculator-license">License type</label>
    <select id="calculator-license" name="license" disabled>
      <option value="none">I don’t have a license yet</option>
      <option value="shop-annual">Shop Annual Subscription</option>
      <option value="shop-lifetime">Shop Lifetime License</option>
    </select>
    <fieldset>
      <legend>Period</legend>
      <label>
        <input type="radio" name="years" value="1" checked disabled />1 year
      </label>
      <label>
        <input type="radio" name="years" value="2" disabled />2 years
      </label>
      <label>
        <input type="radio" name="years" value="3" disabled />3 years
      </label>
    </fieldset>
  </div>
);

function renderCalculator(query = '') {
  history.replaceState(null, '', `/plans/${query}`);
  addBillingChoice();
  return render(() => (
    <PriceCalculator
      {...props}
      controls={controls()}
      actions={
        <>
          <a data-plan="pro" href="#pro">
            Choose Pro
          </a>
          <a data-plan="max" href="#max">
            Choose Max
          </a>
        </>
      }
      included={
        <>
          <span data-license="none">No license</span>
          <span data-license="shop-annual">Yearly details</span>
          <span data-license="shop-lifetime">Forever details</span>
        </>
      }
    >
      <div data-plan="pro">Pro details</div>
      <div data-plan="max">Max details</div>
    </PriceCalculator>
  ));
}

const status = () => screen.getByRole('status');
const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });
const licenseSelect = () => screen.getByLabelText<HTMLSelectElement>('License type');
const figure = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

beforeEach(() => {
  vi.spyOn(console, 'error');
  vi.spyOn(console, 'warn');
  vi.spyOn(console, 'log');
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the price calculator island', () => {
  it('enables its controls once it runs, starting on the default choice', () => {
    renderCalculator();
    for (const name of ['Pro', 'Max', '1 year', '2 years', '3 years']) {
      expect(radio(name).disabled).toBe(false);
    }
    expect(licenseSelect().disabled).toBe(false);
    expect(radio('Max').checked).toBe(true);
    expect(radio('1 year').checked).toBe(true);
    expect(licenseSelect().value).toBe('none');
    expect(status().textContent).toBe('Max, billed annually: €300 a month, €3,600 a year.');
  });

  it('computes every figure and the badge from the props: Pro saves 31%', () => {
    renderCalculator();
    fireEvent.click(radio('Pro'));
    expect(status().textContent).toBe('Pro, billed annually: €150 a month, €1,800 a year.');
    expect(figure('Monthly rate')).toBe('€150 a month');
    expect(figure('Charged')).toBe('€1,800 once a year');
    expect(figure('Yearly total')).toBe('€1,800 a year');
    expect(figure('Annual billing saves')).toBe('€840 a year Save 31%');
    expect(screen.getByText('Save 31%').className).toBe('badge');
  });

  it('follows the page’s Billing radios, one control for the whole page', () => {
    renderCalculator();
    fireEvent.click(screen.getByRole('radio', { name: 'Monthly' }));
    expect(status().textContent).toBe('Max, billed monthly: €400 a month, €4,800 a year.');
    expect(figure('Charged')).toBe('€400, 12 times a year');
    fireEvent.click(screen.getByRole('radio', { name: 'Annual' }));
    expect(status().textContent).toContain('billed annually');
    expect(screen.queryAllByRole('radio', { name: /Monthly|Annual/ })).toHaveLength(2);
  });

  it('totals the horizon and tabulates it year by year', () => {
    renderCalculator();
    fireEvent.click(radio('3 years'));
    expect(status().textContent).toBe(
      'Max, billed annually: €300 a month, €3,600 a year, €10,800 over 3 years.',
    );
    const table = screen.getByRole('table', { name: 'Total paid by the end of each year' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Billing', 'Year 1', 'Year 2', 'Year 3'],
      ['billed annually (your choice)', '€3,600', '€7,200', '€10,800'],
      ['billed monthly', '€4,800', '€9,600', '€14,400'],
      ['Annual billing saves', '€1,200', '€2,400', '€3,600'],
    ]);
    expect(
      screen.getByRole('img', { name: /^Running total paid.*the table below gives the figures/ }),
    ).toBeTruthy();
  });

  it('shades the support a license includes on the chart, and shows that license’s details', () => {
    renderCalculator();
    const drawing = screen.getByRole('img');
    expect(drawing.querySelector('.chart-band')).toBeNull();
    fireEvent.change(licenseSelect(), { target: { value: 'shop-lifetime' } });
    expect(drawing.querySelector('.chart-band')).not.toBeNull();
    const details = (text: string) => screen.getByText(text, { selector: '[data-license]' });
    expect(details('Forever details').classList.contains('is-current')).toBe(true);
    expect(details('No license').classList.contains('is-current')).toBe(false);
  });

  it('shows the chosen plan’s server-rendered details and call to action, and only those', () => {
    renderCalculator();
    const current = (text: string) => screen.getByText(text).classList.contains('is-current');
    expect([current('Max details'), current('Choose Max')]).toEqual([true, true]);
    fireEvent.click(radio('Pro'));
    expect([current('Pro details'), current('Choose Pro')]).toEqual([true, true]);
    expect([current('Max details'), current('Choose Max')]).toEqual([false, false]);
  });

  it('writes its state to the address, keeping other parameters and leaving defaults out', () => {
    renderCalculator('?utm=mail');
    fireEvent.click(radio('Pro'));
    fireEvent.change(licenseSelect(), { target: { value: 'shop-lifetime' } });
    fireEvent.click(radio('3 years'));
    expect(location.search).toBe('?utm=mail&plan=pro&license=shop-lifetime&years=3');
    fireEvent.click(radio('Max'));
    fireEvent.click(radio('1 year'));
    fireEvent.change(licenseSelect(), { target: { value: 'none' } });
    expect(location.search).toBe('?utm=mail');
  });

  it('writes the page’s Billing to the address too, which the Billing radios only read', () => {
    renderCalculator('?utm=mail');
    fireEvent.click(screen.getByRole('radio', { name: 'Monthly' }));
    expect(location.search).toBe('?utm=mail&billing=monthly');
    fireEvent.click(screen.getByRole('radio', { name: 'Annual' }));
    expect(location.search).toBe('?utm=mail');
  });

  it('restores its state from the address', () => {
    renderCalculator('?plan=pro&license=shop-annual&years=2');
    expect(radio('Pro').checked).toBe(true);
    expect(radio('2 years').checked).toBe(true);
    expect(licenseSelect().value).toBe('shop-annual');
    expect(status().textContent).toBe(
      'Pro, billed annually: €150 a month, €1,800 a year, €3,600 over 2 years. Yearly details',
    );
    expect(
      screen
        .getByText('Yearly details', { selector: '[data-license]' })
        .classList.contains('is-current'),
    ).toBe(true);
  });

  it('falls back to the defaults on a hostile address, rendering none of it and logging nothing', () => {
    const { container } = renderCalculator(
      `?billing=${encodeURIComponent('<script>alert(1)</script>')}&plan=../../etc&license=%00&years=999`,
    );
    expect(status().textContent).toBe('Max, billed annually: €300 a month, €3,600 a year.');
    expect(licenseSelect().value).toBe('none');
    expect(container.innerHTML).not.toMatch(/<script|alert\(|\.\.\/etc|999/);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(console.error).not.toHaveBeenCalled();
    expect(console.warn).not.toHaveBeenCalled();
    expect(console.log).not.toHaveBeenCalled();
  });

  it('announces each change once: one live region, updated in one step per change', async () => {
    renderCalculator();
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(0);
    const updates: MutationRecord[] = [];
    const observer = new MutationObserver((records) => updates.push(...records));
    observer.observe(status(), { subtree: true, childList: true, characterData: true });
    fireEvent.click(radio('Pro'));
    await Promise.resolve();
    expect(updates).toHaveLength(1);
    fireEvent.click(radio('2 years'));
    await Promise.resolve();
    expect(updates).toHaveLength(2);
    // A license changes no price, but what it includes is announced with the result.
    fireEvent.change(licenseSelect(), { target: { value: 'shop-lifetime' } });
    await Promise.resolve();
    expect(updates).toHaveLength(3);
    expect(status().textContent).toBe(
      'Pro, billed annually: €150 a month, €1,800 a year, €3,600 over 2 years. Forever details',
    );
    fireEvent.change(licenseSelect(), { target: { value: 'none' } });
    await Promise.resolve();
    expect(updates).toHaveLength(4);
    expect(status().textContent).toBe(
      'Pro, billed annually: €150 a month, €1,800 a year, €3,600 over 2 years.',
    );
    observer.disconnect();
  });
});
