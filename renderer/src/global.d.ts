// The preload's API (electron/preload/preload.ts), the renderer's only way to the other side.
import type { MailLensApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    readonly maillens: MailLensApi<File>;
  }
}

export {};
