/**
 * localStorage when the browser allows it; an in-memory map when it does not
 * (sandboxed frames, blocked third-party storage, private modes). Never throws.
 */
export interface SafeStorage {
  getItem(name: string): string | null;
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
}

export function safeStorage(): SafeStorage {
  const memory = new Map<string, string>();
  let local: Storage | null = null;
  try {
    local = globalThis.localStorage ?? null;
    const probe = '__triage500_probe__';
    local?.setItem(probe, probe);
    local?.removeItem(probe);
  } catch {
    local = null;
  }
  return {
    getItem: (name) => {
      try {
        return local ? local.getItem(name) : (memory.get(name) ?? null);
      } catch {
        return memory.get(name) ?? null;
      }
    },
    setItem: (name, value) => {
      memory.set(name, value);
      try {
        local?.setItem(name, value);
      } catch {
        /* quota or policy: the in-memory copy still works */
      }
    },
    removeItem: (name) => {
      memory.delete(name);
      try {
        local?.removeItem(name);
      } catch {
        /* ignore */
      }
    },
  };
}
