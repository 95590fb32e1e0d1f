import { pino, type DestinationStream, type Logger } from 'pino';

export interface LoggerOptions {
  level: string;
  /** Values that must never appear in a log line (bot token, webhook secret). */
  secrets: (string | undefined)[];
  destination?: DestinationStream;
}

/**
 * Structured logs with the secrets scrubbed from every written line: libraries put the bot token
 * in request URLs and error messages, so redacting known fields is not enough.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets.filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const scrub = (line: string) => secrets.reduce((text, secret) => text.split(secret).join('[secret]'), line);
  return pino(
    {
      level: options.level,
      base: { service: 'attache' },
      hooks: { streamWrite: scrub },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination ?? pino.destination(1),
  );
}
