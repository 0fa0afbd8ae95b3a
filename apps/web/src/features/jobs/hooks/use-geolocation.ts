import { useEffect, useState } from 'react';

export interface Position {
  lat: number;
  lng: number;
}

export const geolocationSupported = typeof navigator !== 'undefined' && 'geolocation' in navigator;

/**
 * The browser's position, asked for once `enabled` turns true (the "附近" filter is chosen).
 * `locating` while waiting; `failed` when the user refused or the position could not be found.
 */
export function useGeolocation(enabled: boolean) {
  const [state, setState] = useState<{ position?: Position; failed?: boolean }>({});
  const wanted = enabled && geolocationSupported && !state.position && !state.failed;

  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        if (!cancelled) setState({ position: { lat: pos.coords.latitude, lng: pos.coords.longitude } });
      },
      () => {
        if (!cancelled) setState({ failed: true });
      },
      { timeout: 10000, maximumAge: 10 * 60 * 1000 },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted]);

  return { supported: geolocationSupported, position: state.position, failed: Boolean(state.failed), locating: wanted };
}
