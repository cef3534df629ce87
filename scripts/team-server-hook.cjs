// Loaded with `node --require` into the pouchdb-server process that scripts/team-server.mjs starts.
// Two things pouchdb-server 4.2 cannot be told by configuration:
//  1. CORS for "any port on this machine": its [cors] origins is an exact-match list (like
//     CouchDB's), but the tests serve the app on ports they pick at run time. corser, the CORS
//     middleware it uses, accepts a function for origins, so we hand it one that admits loopback
//     origins only (and nothing from other sites, whatever the config says).
//  2. Refusing database creation and deletion by a non-admin before express-pouchdb 4.2 sees it.
//     Its PUT /<new db> from a non-admin calls a method on the rejected promise it got back, which
//     throws outside any handler and kills the whole server (one anonymous request is enough); its
//     DELETE /<db> from a non-admin leaves the rejection in the queue that opens databases, so the
//     next request that opens one crashes the server the same way. We answer 401 first, as CouchDB
//     does ("You are not a server admin.").
//  3. Enforcing _security on the routes where express-pouchdb 4.2 forgets it: POST /db/_bulk_get,
//     /db/_find, /db/_explain and /db/_index call PouchDB without the user's context, which its
//     security layer reads as "admin". Unguarded, anyone (anonymous too) reads every document of
//     every database with them, the password hashes in _users included, and creates design
//     documents. We check membership first, by the same rules as CouchDB.
//  4. Dying with its parent: when team-server.mjs is killed (even with SIGKILL) the pipe on our
//     stdin closes, and we exit too, so no orphan keeps the data folder's LevelDB lock.
'use strict';

const { createRequire } = require('node:module');

// Resolve corser from pouchdb-server's own folder, so we patch the very module it loads.
const fromServer = createRequire(require.resolve('pouchdb-server/lib/cors.js'));
const corser = fromServer('corser');

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopbackOrigin(origin) {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname);
  } catch {
    return false; // "null" (file://, sandboxed frames) and garbage
  }
}

const create = corser.create;
corser.create = function createLoopbackOnly(options) {
  return create({ ...options, origins: (origin, callback) => callback(null, isLoopbackOrigin(origin)) });
};

// express-pouchdb requires its route files lazily from its index; replacing the cached export of
// routes/db.js before that lets us register our guard just ahead of its PUT /:db route.
const dbRoutesPath = fromServer.resolve('express-pouchdb/lib/routes/db.js');
const dbRoutes = fromServer(dbRoutesPath);
function serverAdminsOnly(req, res, next) {
  const roles = req.couchSession?.userCtx?.roles ?? [];
  if (roles.includes('_admin')) return next();
  res.status(401).json({ error: 'unauthorized', reason: 'You are not a server admin.' });
}
function deny(res) {
  res.status(401).json({ error: 'unauthorized', reason: 'You are not authorized to access this db.' });
}

function isIn(section, ctx) {
  if (!section) return false;
  return (section.names ?? []).includes(ctx.name) || (section.roles ?? []).some((role) => ctx.roles.includes(role));
}

/** Members (or db admins, with `adminsOnly`) of req.db; system databases are for server admins. */
function guardFor(adminsOnly) {
  return (req, res, next) => {
    const ctx = req.couchSession?.userCtx ?? { name: null, roles: [] };
    if (ctx.roles.includes('_admin')) return next();
    if (ctx.name === null || decodeURIComponent(req.params.db).startsWith('_')) return deny(res);
    // Without a user context this reads the security object unchecked, as express-pouchdb does.
    req.db.getSecurity().then(
      (security) => (isIn(security.admins, ctx) || (!adminsOnly && isIn(security.members, ctx)) ? next() : deny(res)),
      () => deny(res),
    );
  };
}

require.cache[dbRoutesPath].exports = function dbRoutesWithGuards(app) {
  app.put('/:db', serverAdminsOnly);
  app.delete('/:db', serverAdminsOnly);
  const result = dbRoutes(app);
  // Registered after routes/db.js has put req.db in place and before the routes they protect.
  app.post(['/:db/_bulk_get', '/:db/_find', '/:db/_explain'], guardFor(false));
  app.get('/:db/_index', guardFor(false));
  app.post('/:db/_index', guardFor(true));
  app.delete('/:db/_index/*', guardFor(true));
  return result;
};

if (process.env.TEAM_SERVER_WATCH_STDIN === '1') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
}
