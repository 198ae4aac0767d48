// The Hono app's types: what a request carries between middleware and routes.
import type { Context, Hono } from 'hono';
import type { Session } from '../session.js';

export interface Env {
  Variables: {
    /** The request's session, once looked up or created (http/cookies.ts writes its cookie). */
    session?: Session;
    /** A new CSRF token to set (login rotates it). */
    csrf?: string;
  };
}

export type App = Hono<Env>;
export type RequestContext = Context<Env>;
