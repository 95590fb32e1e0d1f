import type { ApiErrorBody } from './types.js';

/** A failure answered the way the Bot API answers it: HTTP status = error_code. */
export class ApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ApiErrorBody['parameters'],
  ) {
    super(description);
  }

  static from(body: ApiErrorBody): ApiError {
    return new ApiError(body.error_code, body.description, body.parameters);
  }

  toBody(): ApiErrorBody {
    return {
      error_code: this.errorCode,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

export const badRequest = (description: string) => new ApiError(400, `Bad Request: ${description}`);

/** The error code Telegram uses for a description such as "Forbidden: …" or "Bad Request: …". */
export function codeForDescription(description: string): number {
  if (description.startsWith('Forbidden')) return 403;
  if (description.startsWith('Unauthorized')) return 401;
  if (description.startsWith('Not Found')) return 404;
  if (description.startsWith('Conflict')) return 409;
  if (description.startsWith('Too Many Requests')) return 429;
  return 400;
}

/**
 * Typed access to request parameters. Form bodies carry every value as a string, JSON bodies carry
 * numbers and booleans natively; both are accepted, as the real server does.
 */
export class Params {
  constructor(readonly raw: Record<string, unknown>) {}

  has(name: string): boolean {
    return this.raw[name] !== undefined && this.raw[name] !== null;
  }

  int(name: string): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === '') return undefined;
    const n = typeof value === 'string' ? Number(value.trim()) : value;
    if (typeof n !== 'number' || !Number.isSafeInteger(n))
      throw badRequest(`field "${name}" must be an Integer`);
    return n;
  }

  str(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    throw badRequest(`field "${name}" must be a String`);
  }

  bool(name: string): boolean | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === '1' || value === 1) return true;
    if (value === 'false' || value === '0' || value === 0) return false;
    throw badRequest(`field "${name}" must be a Boolean`);
  }

  object(name: string): Record<string, unknown> | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
      throw badRequest(`can't parse ${name} JSON object`);
    return value as Record<string, unknown>;
  }

  array(name: string): unknown[] | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) throw badRequest(`can't parse ${name} JSON array`);
    return value;
  }

  /** chat_id: an integer, or a string holding one (or an @username, resolved by `byUsername`). */
  chatId(byUsername: (username: string) => number | undefined = () => undefined): number {
    const value = this.raw.chat_id;
    if (value === undefined || value === null || value === '') throw badRequest('chat_id is empty');
    if (typeof value === 'string' && value.startsWith('@')) {
      const id = byUsername(value.slice(1).toLowerCase());
      if (id === undefined) throw badRequest('chat not found');
      return id;
    }
    const n = typeof value === 'string' ? Number(value.trim()) : value;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n === 0) throw badRequest('chat not found');
    return n;
  }
}

/** Form fields whose value is a JSON document; in multipart and urlencoded bodies they are strings. */
const JSON_FIELDS = new Set([
  'reply_markup',
  'entities',
  'caption_entities',
  'link_preview_options',
  'reply_parameters',
  'allowed_updates',
  'commands',
  'scope',
  'media',
  'results',
  'menu_button',
  'rights',
  'options',
]);

/** Decodes JSON-valued fields that arrived as strings. */
export function decodeJsonFields(raw: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = { ...raw };
  for (const [name, value] of Object.entries(raw)) {
    if (!JSON_FIELDS.has(name) || typeof value !== 'string') continue;
    try {
      params[name] = JSON.parse(value) as unknown;
    } catch {
      throw name === 'reply_markup'
        ? badRequest("can't parse reply keyboard markup JSON object")
        : badRequest(`can't parse ${name} JSON object`);
    }
  }
  return params;
}
