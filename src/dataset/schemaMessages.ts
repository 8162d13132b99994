import * as z from 'zod/mini';
import { t } from '../i18n/i18n';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const joinValues = (values: readonly unknown[], separator: string) => values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(separator);

const relation = (issue: { inclusive?: boolean; exact?: boolean }, strict: string) => (issue.exact ? '=' : issue.inclusive ? `${strict}=` : strict);

/**
 * zod's messages, in the page's language, for the issues a dataset's schema raises: each issue code has an id of
 * the catalogue, so no locale of zod's is bundled. The JSON type names (string, number…) stay as JSON names them.
 * @example schemaMessage({ code: 'invalid_type', expected: 'string', input: undefined }) === 'Invalid input: expected string, received undefined'
 */
export function schemaMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return t('dataset.zod.type', { expected: issue.expected, received: z.util.parsedType(issue.input) });
    case 'invalid_value':
      return issue.values.length === 1
        ? t('dataset.zod.value', { value: joinValues(issue.values, '') })
        : t('dataset.zod.oneOf', { values: joinValues(issue.values, '|') });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      const atLeast = issue.inclusive && !issue.exact;
      if (issue.origin === 'string' && atLeast) return minimum === 1 ? t('dataset.zod.empty') : t('dataset.zod.tooShort', { minimum });
      if ((issue.origin === 'array' || issue.origin === 'set') && atLeast) return t('dataset.zod.tooFew', { minimum });
      return t('dataset.zod.tooSmall', { origin: issue.origin, relation: relation(issue, '>'), minimum });
    }
    case 'too_big':
      return t('dataset.zod.tooBig', { origin: issue.origin, relation: relation(issue, '<'), maximum: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'regex' && issue.pattern
        ? t('dataset.zod.pattern', { pattern: issue.pattern })
        : t('dataset.zod.format', { format: issue.format });
    case 'not_multiple_of':
      return t('dataset.zod.multipleOf', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return t('dataset.zod.unknownKeys', { count: issue.keys.length, keys: issue.keys.join(', ') });
    case 'invalid_key':
      return t('dataset.zod.invalidKey', { origin: issue.origin });
    case 'invalid_element':
      return t('dataset.zod.invalidElement', { origin: issue.origin });
    default:
      return t('dataset.zod.invalid');
  }
}
