// The plugin packages of PouchDB 9 (adapters, replication) as tsconfig "paths" maps them: each
// default-exports one plugin for PouchDB.plugin(). See pouchdb-core.d.ts for why not @types.
import type { Plugin } from 'pouchdb-core';

declare const plugin: Plugin;
export default plugin;
