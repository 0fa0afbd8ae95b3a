import { useQuery } from '@apollo/client/react';
import { GigNearbySort } from '@jobbridge/contracts';
import { chinaIsoDateOf } from '@jobbridge/domain';
import { QRCode, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { nearbyUrl } from '../gig-helpers';
import { GIG_STATION_QUERY, GIGS_NEARBY_QUERY } from '../gigs.graphql';
import { useGigText } from '../use-gig-text';
import '../gigs.css';

/** The screen refreshes itself this often (a TV nobody touches). */
export const SCREEN_REFRESH_MS = 30_000;
const RADIUS_KM = 10;
const ROWS = 20;

/**
 * 驿站大屏 (`/gigs/stations/:id/screen`, public, no sign-in, no app header): for a TV at a county's gig station — the
 * station's name, hours and phone, today's gigs within 10 km soonest first in large type, refreshed every 30 seconds,
 * and the station's QR that opens 附近零工 around it on a phone.
 */
export function StationScreenPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useGigText();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), SCREEN_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  const today = chinaIsoDateOf(now);
  const station = useQuery(GIG_STATION_QUERY, { variables: { id } });
  const s = station.data?.gigStation;
  const gigs = useQuery(GIGS_NEARBY_QUERY, {
    variables: { lat: s?.lat ?? 0, lng: s?.lng ?? 0, radiusKm: RADIUS_KM, date: today, sort: GigNearbySort.START_TIME, first: ROWS },
    skip: !s,
    pollInterval: SCREEN_REFRESH_MS,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });

  if (station.error && !s) return <Result status="404" title={t('gigs.station.notFound')} />;
  if (!s) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  const list = gigs.data?.gigsNearby;

  return (
    <div className="station-screen" data-testid="station-screen" data-station-id={s.id} data-date={today}>
      <header className="station-screen-head">
        <div>
          <div className="station-screen-name" data-testid="station-screen-name">
            {s.name} · {t('gigs.station.screenTitle')}
          </div>
          <div className="station-screen-sub">
            {t('gigs.station.hours', { hours: s.openingHours })} · {t('gigs.station.phone', { phone: s.contactPhone })}
          </div>
          <div className="station-screen-sub">{s.address}</div>
        </div>
        <div className="station-screen-clock">
          <div>{text.date(today)}</div>
          <div data-testid="station-screen-clock">{text.clock(now)}</div>
        </div>
      </header>
      <main>
        {!list ? (
          <Spin />
        ) : list.length ? (
          <table className="station-screen-table" data-testid="station-screen-gigs" data-count={list.length}>
            <thead>
              <tr>
                <th>{t('gigs.station.columns.time')}</th>
                <th>{t('gigs.station.columns.title')}</th>
                <th>{t('gigs.station.columns.pay')}</th>
                <th>{t('gigs.station.columns.places')}</th>
                <th>{t('gigs.station.columns.where')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((g) => (
                <tr key={g.id} data-testid="station-screen-gig" data-gig-id={g.id}>
                  <td className="station-screen-time">
                    {g.dailyStart}—{g.dailyEnd}
                  </td>
                  <td>{g.title}</td>
                  <td className="station-screen-pay">{g.payText}</td>
                  <td>{g.placesLeft > 0 ? t('gigs.station.placesLeft', { count: g.placesLeft }) : t('gigs.station.full')}</td>
                  <td className="station-screen-where">
                    {g.address}
                    {g.distanceMeters != null ? ` · ${text.distance(g.distanceMeters)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <div className="station-screen-empty" data-testid="station-screen-empty">
            {t('gigs.station.empty')}
          </div>
        )}
      </main>
      <aside className="station-screen-side">
        <div className="station-screen-qr" data-testid="station-screen-qr" data-url={nearbyUrl(window.location.origin, s)}>
          <QRCode value={nearbyUrl(window.location.origin, s)} size={220} bordered={false} />
        </div>
        <div>{t('gigs.station.scan')}</div>
        {s.services.length ? (
          <div className="station-screen-foot">{t('gigs.station.services', { services: s.services.join('、') })}</div>
        ) : null}
        <div className="station-screen-foot">{t('gigs.station.updated', { time: text.clock(now) })}</div>
      </aside>
    </div>
  );
}
