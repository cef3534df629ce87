// Runs the import benchmark's steps in a module worker, where the app's import runs too.
import type { Request } from '../../src/core';
import { bareImport, ourImport } from './import-steps';

export type StepsRequest = { bytes: ArrayBuffer; request: Request };

self.onmessage = async (event: MessageEvent<StepsRequest>) => {
  try {
    const bytes = new Uint8Array(event.data.bytes);
    const bare = await bareImport(bytes, 'bench-worker-bare');
    const ours = await ourImport(bytes, event.data.request, 'bench-worker-ours');
    self.postMessage({ ok: true, bare, ours });
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
};
