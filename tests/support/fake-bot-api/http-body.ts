import type { IncomingMessage } from 'node:http';
import { ApiError, badRequest } from './params.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** A file part of a multipart body: only its name and size are kept. */
export interface UploadedFile {
  filename: string;
  size: number;
}

/**
 * Reads the request's parameters from the query string and the body (JSON, urlencoded or
 * multipart/form-data). A body over the limit is refused with 413.
 */
export async function readRawParams(
  req: IncomingMessage,
  limit = BODY_LIMIT_BYTES,
): Promise<Record<string, unknown>> {
  const url = new URL(req.url ?? '/', 'http://fake');
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const body = await readBody(req, limit);
  if (body.length === 0) return params;
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) return { ...params, ...parseJson(body) };
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return { ...params, ...Object.fromEntries(new URLSearchParams(body.toString('utf8'))) };
  }
  if (type.startsWith('multipart/form-data')) {
    return { ...params, ...parseMultipart(body, req.headers['content-type'] ?? '') };
  }
  // The real server guesses; JSON is what every client sends without a content type.
  return { ...params, ...parseJson(body) };
}

const tooLarge = () => new ApiError(413, 'Request Entity Too Large');

/**
 * Reads the body; past the limit it keeps reading but discards, so that the client, which is still
 * writing, gets the 413 instead of a reset connection. A body far past the limit is cut off.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * 16) req.destroy(tooLarge());
    });
    req.once('end', () => (size > limit ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    req.once('error', reject);
  });
}

function parseJson(body: Buffer): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw badRequest("can't parse JSON object");
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badRequest("can't parse JSON object");
  return value as Record<string, unknown>;
}

const CRLF_CRLF = Buffer.from('\r\n\r\n');

function parseMultipart(body: Buffer, contentType: string): Record<string, unknown> {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw badRequest("can't parse multipart/form-data: no boundary");
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, unknown> = {};
  let start = body.indexOf(delimiter);
  if (start < 0) throw badRequest("can't parse multipart/form-data");
  for (;;) {
    start += delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break; // closing delimiter
    const next = body.indexOf(delimiter, start);
    if (next < 0) throw badRequest("can't parse multipart/form-data: missing closing boundary");
    // A part runs from after the delimiter's CRLF to the CRLF before the next delimiter.
    const part = body.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf(CRLF_CRLF);
    if (headerEnd < 0) throw badRequest("can't parse multipart/form-data: part without headers");
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + CRLF_CRLF.length);
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) {
      fields[name] =
        filename !== undefined
          ? ({ filename, size: content.length } satisfies UploadedFile)
          : content.toString('utf8');
    }
    start = next;
  }
  return fields;
}
