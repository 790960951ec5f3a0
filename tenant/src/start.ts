// POST /passwordless/start for the `sms` connection.
import { TenantError, badRequest, typeName } from './errors.js';
import { smsText } from './outbox.js';
import type { Router } from './router.js';
import { authenticateClient, type TenantState } from './state.js';
import type { LimitState } from './rate-limit.js';
import { overLimit, tooLongDescription } from './limits.js';

const ALLOWED = new Set(['client_id', 'client_secret', 'client_assertion', 'client_assertion_type', 'connection', 'phone_number', 'send', 'authParams']);
// Auth0's own pattern, quoted in its error description.
const PHONE_PATTERN = '^\\+[0-9]{1,15}$';
const PHONE = new RegExp(PHONE_PATTERN);

export function registerStart(router: Router, state: TenantState): void {
  router.post('/passwordless/start', async (ctx) => {
    const limit = state.startLimiter.take(ctx.ip);
    const headers = rateLimitHeaders(limit);
    try {
      if (!limit.allowed) {
        // UNVERIFIED: the exact description; the status, error code and headers are Auth0's.
        throw new TenantError(
          429,
          'too_many_requests',
          'Too many requests. Check the X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset headers.',
          {
            'Retry-After': String(limit.retryAfter),
          },
        );
      }
      const body = await ctx.body();
      const unknown = Object.keys(body).filter((k) => !ALLOWED.has(k));
      if (unknown.length) throw badRequest('bad.request', `the following properties are not allowed: ${unknown.join(', ')}`);
      const long = overLimit(Object.entries(body));
      if (long) throw badRequest(`bad.${long.key}`, tooLongDescription(long));

      const clientId = requiredString(body, 'client_id');
      const connection = requiredString(body, 'connection');
      const phoneNumber = requiredString(body, 'phone_number');
      for (const key of ['client_secret', 'client_assertion', 'client_assertion_type', 'send'] as const) optionalString(body, key);
      if (body.authParams !== undefined && (typeof body.authParams !== 'object' || body.authParams === null || Array.isArray(body.authParams))) {
        throw badRequest('bad.authParams', `error in authParams - invalid type: ${typeName(body.authParams)} (expected object)`);
      }
      // This tenant has one passwordless connection, `sms`.
      if (connection !== 'sms') throw badRequest('bad.connection', 'Connection does not exist');
      if (!PHONE.test(phoneNumber)) throw badRequest('bad.phone_number', `String does not match pattern: ${PHONE_PATTERN}`);
      // Auth0 sends SMS codes only; "If null, a link will be sent" applies to email.
      // UNVERIFIED: the description Auth0 gives for another `send` value.
      if (body.send !== undefined && body.send !== 'code')
        throw badRequest('bad.send', `error in send - for the sms connection only "code" is supported, got "${String(body.send)}"`);
      authenticateClient(state, { ...body, client_id: clientId }, ctx.headers);

      const code = state.codes.issue(phoneNumber);
      const text = smsText(code, state.config.webOtpHost);
      state.outbox.add({ to: phoneNumber, code, text, sentAt: new Date(state.config.now()).toISOString() });
      state.log(`SMS to ${phoneNumber}: ${text.replace(/\n+/g, ' | ')}`);

      const language = ctx.headers['x-request-language'];
      return {
        headers,
        json: {
          _id: state.users.idFor(phoneNumber),
          phone_number: phoneNumber,
          phone_verified: state.users.find(phoneNumber) !== undefined,
          request_language: typeof language === 'string' && language.length <= 35 ? language : null,
        },
      };
    } catch (err) {
      if (err instanceof TenantError) Object.assign(err.headers, headers, { ...err.headers });
      throw err;
    }
  });
}

function rateLimitHeaders(limit: LimitState): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit.limit),
    'X-RateLimit-Remaining': String(limit.remaining),
    'X-RateLimit-Reset': String(limit.resetAt),
  };
}

function requiredString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (value === undefined || value === null || value === '') throw badRequest(`bad.${key}`, `Missing required property: ${key}`);
  if (typeof value !== 'string') throw badRequest(`bad.${key}`, `error in ${key} - invalid type: ${typeName(value)} (expected string)`);
  return value;
}

function optionalString(body: Record<string, unknown>, key: string): void {
  const value = body[key];
  if (value !== undefined && typeof value !== 'string') {
    throw badRequest(`bad.${key}`, `error in ${key} - invalid type: ${typeName(value)} (expected string)`);
  }
}
