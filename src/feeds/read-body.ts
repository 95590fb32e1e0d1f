import { pipeline, Transform, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { FeedFetchError } from './types.js';

/**
 * Reads a response body, decompressing it on the way, and stops as soon as the decompressed size
 * passes `maxBytes`: a 64 MB body or a gzip bomb costs at most `maxBytes` of memory, never more.
 */
export async function readCappedBody(
  body: Readable,
  contentEncoding: string | undefined,
  maxBytes: number,
): Promise<Uint8Array> {
  const decoders = decodersFor(contentEncoding);
  const last = decoders.at(-1);
  // pipeline() destroys every stage when one fails, so an aborted socket ends the loop below.
  const source: Readable = last ? (pipeline([body, ...decoders], () => undefined) as Transform) : body;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        throw new FeedFetchError('too-large', `the feed is larger than ${formatBytes(maxBytes)} (uncompressed)`);
      }
      chunks.push(chunk);
    }
  } catch (err) {
    body.on('error', () => undefined);
    body.destroy();
    for (const d of decoders) d.destroy();
    if (err instanceof FeedFetchError) throw err;
    if (isZlibError(err)) {
      throw new FeedFetchError('network', `the server sent a body that is not valid ${contentEncoding ?? ''}`);
    }
    throw err;
  }
  return Buffer.concat(chunks, size);
}

function decodersFor(contentEncoding: string | undefined): Transform[] {
  // Encodings are listed in the order applied, so they are undone in reverse.
  const names = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== 'identity')
    .reverse();
  const decoders: Transform[] = [];
  for (const name of names) {
    if (name === 'gzip' || name === 'x-gzip') decoders.push(createGunzip());
    else if (name === 'deflate') decoders.push(createDeflateDecoder());
    else if (name === 'br') decoders.push(createBrotliDecompress());
    else throw new FeedFetchError('network', `the server used an unsupported Content-Encoding "${name}"`);
  }
  return decoders;
}

/**
 * "deflate" should be zlib-wrapped, but old servers send raw deflate. Stream-friendly choice: pick
 * by the first byte (a zlib header's low nibble is 8, meaning deflate).
 */
function createDeflateDecoder(): Transform {
  let inner: Transform | undefined;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!inner) {
        const first = chunk[0] ?? 0;
        inner = (first & 0x0f) === 8 ? createInflate() : createInflateRaw();
        inner.on('data', (d: Buffer) => this.push(d));
        inner.on('error', (e) => this.destroy(e));
      }
      if (inner.write(chunk)) done();
      else inner.once('drain', done);
    },
    flush(done) {
      if (!inner) return done();
      inner.once('end', () => done());
      inner.end();
    },
  });
}

function isZlibError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
