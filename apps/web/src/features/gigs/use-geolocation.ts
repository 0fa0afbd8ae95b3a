import { useCallback, useState } from 'react';
import type { LatLng } from './gig-map';

export type LocateFailure = 'UNSUPPORTED' | 'DENIED' | 'UNAVAILABLE';

/** The browser's location on request (a tap), with whether it is being read and why it failed. */
export function useGeolocation() {
  const [locating, setLocating] = useState(false);
  const [failure, setFailure] = useState<LocateFailure | null>(null);
  const locate = useCallback(
    () =>
      new Promise<LatLng | null>((resolve) => {
        if (typeof navigator === 'undefined' || !navigator.geolocation) {
          setFailure('UNSUPPORTED');
          resolve(null);
          return;
        }
        setLocating(true);
        setFailure(null);
        navigator.geolocation.getCurrentPosition(
          (p) => {
            setLocating(false);
            resolve({ lat: p.coords.latitude, lng: p.coords.longitude });
          },
          (e) => {
            setLocating(false);
            setFailure(e.code === e.PERMISSION_DENIED ? 'DENIED' : 'UNAVAILABLE');
            resolve(null);
          },
          { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
        );
      }),
    [],
  );
  return { locate, locating, failure };
}
