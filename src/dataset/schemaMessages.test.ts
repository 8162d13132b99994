import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { activateLanguage } from '../i18n/i18n';
import './schema';

const messageOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

afterEach(() => activateLanguage('en'));

describe('schemaMessage (zod’s messages from the catalogue)', () => {
  it('words each issue code the schema raises', () => {
    expect(messageOf(z.string(), undefined)).toBe('Invalid input: expected string, received undefined');
    expect(messageOf(z.array(z.string()), {})).toBe('Invalid input: expected array, received object');
    expect(messageOf(z.enum(['a', 'b']), 'c')).toBe('Invalid option: expected one of "a"|"b"');
    expect(messageOf(z.literal('a'), 'c')).toBe('Invalid input: expected "a"');
    expect(messageOf(z.string().check(z.minLength(1)), '')).toBe('must not be empty');
    expect(messageOf(z.string().check(z.minLength(3)), 'ab')).toBe('Too short: expected at least 3 characters');
    expect(messageOf(z.array(z.string()).check(z.minLength(1)), [])).toBe('Too few items: expected at least 1 item');
    expect(messageOf(z.number().check(z.positive()), 0)).toBe('Too small: expected number > 0');
    expect(messageOf(z.number().check(z.maximum(5)), 6)).toBe('Too big: expected number <= 5');
    expect(messageOf(z.string().check(z.regex(/^a$/)), 'b')).toBe('Invalid string: must match pattern /^a$/');
    expect(messageOf(z.strictObject({}), { x: 1, y: 2 })).toBe('Unrecognized keys: x, y');
    expect(messageOf(z.record(z.string().check(z.regex(/^a$/)), z.string()), { b: 'x' })).toBe('Invalid key in record');
  });

  it('speaks the page’s language', async () => {
    await activateLanguage('es');
    expect(messageOf(z.string(), undefined)).toBe('Entrada no válida: se esperaba string, se recibió undefined');
    expect(messageOf(z.strictObject({}), { x: 1 })).toBe('Clave desconocida: x');
  });
});
