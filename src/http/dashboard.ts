import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { hasBasicAuth } from './basic-auth.js';
import { sendText, type Route } from './server.js';

export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_USER = 'admin';

export interface DashboardDeps {
  queues: Queue[];
  password: string;
  basePath?: string;
}

/**
 * Bull Board for admins, under `/admin/queues`, behind HTTP basic auth (user `admin`, password
 * DASHBOARD_PASSWORD). It can retry and delete jobs, so nothing of it answers without the password.
 */
export function createDashboardRoute(deps: DashboardDeps): Route {
  const basePath = deps.basePath ?? DASHBOARD_PATH;
  const adapter = new ExpressAdapter();
  adapter.setBasePath(basePath);
  createBullBoard({ queues: deps.queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: adapter });
  // The adapter's routes are relative to the base path; an Express app is a plain request listener.
  const app = adapter.getRouter() as (req: IncomingMessage, res: ServerResponse) => void;
  return (req, res, url) => {
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return false;
    if (!hasBasicAuth(req, DASHBOARD_USER, deps.password)) {
      req.resume();
      sendText(res, 401, 'authentication required', {
        'www-authenticate': 'Basic realm="Attaché queues", charset="UTF-8"',
      });
      return true;
    }
    req.url = (req.url ?? '/').slice(basePath.length) || '/';
    if (req.url.startsWith('?')) req.url = `/${req.url}`;
    app(req, res);
    return true;
  };
}
