import { describe, expect, it } from 'vitest';
import { factComponents } from '../../src/components/facts';
import { factComponentContracts } from '../../src/content-model/fact-components';

/**
 * The content check reads src/content-model/fact-components.ts to check MDX prose; this keeps
 * that table in step with the components themselves: the same names here, and
 * (checked by the type checker, npm run typecheck) the same attributes as each
 * component's Props.
 */

type Components = typeof factComponents;
type Contracts = typeof factComponentContracts;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type PropsOf<Component> = Component extends (props: infer Props) => unknown ? Props : never;
/** A component without a Props interface takes no attributes. */
type PropNames<Component> = string extends keyof PropsOf<Component>
  ? never
  : keyof PropsOf<Component>;
type AttributesMatchProps = {
  [Name in keyof Components & keyof Contracts]: Same<
    PropNames<Components[Name]>,
    keyof Contracts[Name]['attributes']
  >;
};

// A component whose Props differ from its contract makes its entry `false`, and
// this assignment a type error.
const attributesMatchProps: AttributesMatchProps = {
  CityHoursTable: true,
  FeatureBilling: true,
  FeatureName: true,
  HostingProvider: true,
  HostingTrial: true,
  IncludedSupport: true,
  PageLink: true,
  PlanName: true,
  Price: true,
  RequestAllowance: true,
  ResponseTime: true,
  SiteLink: true,
  SupportHours: true,
  TeamExperience: true,
};

describe('the fact component table the content check uses', () => {
  it('lists exactly the components MDX prose can use', () => {
    expect(Object.keys(factComponentContracts).sort()).toEqual(Object.keys(factComponents).sort());
    expect(Object.keys(attributesMatchProps).sort()).toEqual(Object.keys(factComponents).sort());
  });
});
