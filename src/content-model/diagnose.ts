import type { z } from 'astro/zod';

/**
 * Turns a schema issue into the two halves an editor needs: what is wrong with
 * the value they wrote, and how to fix it. The schemas' own messages are written
 * as the fix (what to write, with an example); the diagnosis is worded here from
 * the kind of issue and the value itself.
 */

export type SchemaIssue = z.core.$ZodIssue;

export interface Diagnosis {
  message: string;
  fix: string;
}

const expectedNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  date: 'a date',
};

export function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  return typeof value;
}

function invalidType(issue: z.core.$ZodIssueInvalidType, value: unknown): string {
  if (value === undefined) return 'The field is missing.';
  if (value === null) return 'It is empty.';
  if (issue.expected === 'int' && typeof value === 'number') return 'It is not a whole number.';
  const expected = expectedNames[issue.expected] ?? issue.expected;
  return `It is ${kindOf(value)}, not ${expected}.`;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, value: unknown): string {
  if (issue.origin === 'string') return 'It is empty.';
  if (issue.origin === 'array' || issue.origin === 'set') return 'The list is empty.';
  const minimum = Number(issue.minimum);
  if (minimum === 0 && !issue.inclusive) return value === 0 ? 'It is zero.' : 'It is below zero.';
  return `It is below ${issue.inclusive ? minimum : `or equal to ${minimum}`}.`;
}

function invalidFormat(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'date') return 'It is not a real date written as YYYY-MM-DD.';
  if (issue.format === 'url') return 'It is not a full web address.';
  return 'It is not written in the expected form.';
}

function customParams(issue: z.core.$ZodIssueCustom): Partial<Diagnosis> {
  const params = issue.params ?? {};
  const problem: unknown = params['problem'];
  const fix: unknown = params['fix'];
  return {
    ...(typeof problem === 'string' ? { message: problem } : {}),
    ...(typeof fix === 'string' ? { fix } : {}),
  };
}

/** @param value what the editor wrote at the issue's path (undefined when missing). */
export function diagnose(issue: SchemaIssue, value: unknown): Diagnosis {
  const fix = issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const message = invalidType(issue, value);
      const key = issue.path.at(-1);
      if (typeof key !== 'string') return { message, fix };
      if (value === undefined) return { message, fix: `Add a "${key}:" line. ${fix}` };
      if (value === null) return { message, fix: `Write the value after "${key}:". ${fix}` };
      return { message, fix };
    }
    case 'too_small':
      return { message: tooSmall(issue, value), fix };
    case 'too_big':
      return {
        message:
          typeof value === 'string'
            ? `It is ${value.trim().length} characters long.`
            : 'It is too large.',
        fix,
      };
    case 'invalid_format':
      return { message: invalidFormat(issue), fix };
    case 'invalid_value':
      return { message: 'It is not one of the allowed values.', fix };
    case 'invalid_union':
      return {
        message:
          value === undefined ? 'The field is missing.' : 'It fits none of the allowed forms.',
        fix,
      };
    case 'unrecognized_keys':
      return { message: 'There is no such field here.', fix };
    case 'custom':
      return { message: 'It breaks a content rule.', fix, ...customParams(issue) };
    default:
      return { message: 'It is not valid here.', fix };
  }
}
