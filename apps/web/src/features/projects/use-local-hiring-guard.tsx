import { useCallback, useRef, useState, type ReactElement } from 'react';
import { BreachAcknowledgementDialog } from './components/BreachAcknowledgementDialog';
import { localHiringRefusal, type LocalHiringRefusal } from './local-hiring';

interface Pending {
  send: (acknowledgement: string) => Promise<unknown>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs a roster change (add / import / end a worker, move an application to HIRED) under the local-hiring rule.
 * `guard(send)` calls `send()`; when the API answers LOCAL_HIRING_ACK_REQUIRED it opens the acknowledgement dialog
 * and, once a reason is given, calls `send(reason)` again — the same mutation with `acknowledgement` (or
 * `localHiringAcknowledgement`). LOCAL_HIRING_BREACH shows the refusal. Resolves with the mutation's result, or
 * null when the user cancelled or the rule refused; any other error rejects as usual (for the form to show).
 * Render `dialog` once on the page.
 */
export function useLocalHiringGuard(): {
  guard: <T>(send: (acknowledgement?: string) => Promise<T>) => Promise<T | null>;
  dialog: ReactElement;
} {
  const [refusal, setRefusal] = useState<LocalHiringRefusal | null>(null);
  const [sending, setSending] = useState(false);
  const pending = useRef<Pending | null>(null);

  const guard = useCallback(async <T,>(send: (acknowledgement?: string) => Promise<T>): Promise<T | null> => {
    try {
      return await send();
    } catch (e) {
      const found = localHiringRefusal(e);
      if (!found) throw e;
      return new Promise<T | null>((resolve, reject) => {
        pending.current = { send, resolve: resolve as (result: unknown) => void, reject };
        setRefusal(found);
      });
    }
  }, []);

  const close = useCallback(() => {
    pending.current?.resolve(null);
    pending.current = null;
    setRefusal(null);
  }, []);

  const acknowledge = useCallback(async (reason: string) => {
    const current = pending.current;
    if (!current) return;
    setSending(true);
    try {
      const result = await current.send(reason);
      pending.current = null;
      setRefusal(null);
      current.resolve(result);
    } catch (e) {
      const again = localHiringRefusal(e);
      if (again) {
        setRefusal(again); // the roster moved meanwhile: show the new figures (or the refusal)
      } else {
        pending.current = null;
        setRefusal(null);
        current.reject(e);
      }
    } finally {
      setSending(false);
    }
  }, []);

  const dialog = (
    <BreachAcknowledgementDialog refusal={refusal} sending={sending} onAcknowledge={(reason) => void acknowledge(reason)} onClose={close} />
  );
  return { guard, dialog };
}
