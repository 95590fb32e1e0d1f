import type { Registry } from 'prom-client';
import type { Route } from './server.js';

/** `GET /metrics` in Prometheus' text format; queue gauges are read from Redis on each scrape. */
export function createMetricsRoute(registry: Registry): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/metrics') return false;
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET' }).end();
      return true;
    }
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
    res.end(body);
    return true;
  };
}
