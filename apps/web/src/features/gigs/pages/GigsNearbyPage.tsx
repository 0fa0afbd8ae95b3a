import { AimOutlined, EnvironmentOutlined, PlusOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { GigNearbySort, Role } from '@jobbridge/contracts';
import { Button, Card, Collapse, Empty, Flex, Segmented, Select, Skeleton, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { RegionCascader } from '../../../shared/regions';
import { lastCode } from '../../../shared/utils/region-path';
import { useAuth } from '../../auth';
import { GigCard } from '../components/GigCard';
import { GigDotMap } from '../components/GigDotMap';
import { GigPreferencesPanel } from '../components/GigPreferencesPanel';
import { DATE_FILTERS, dateForFilter, pointFromParams, type DateFilter } from '../gig-helpers';
import type { LatLng } from '../gig-map';
import { GIG_STATIONS_QUERY, GIGS_NEARBY_QUERY, MY_GIG_PREFERENCES_QUERY } from '../gigs.graphql';
import { useAcceptGig } from '../use-accept-gig';
import { useGeolocation } from '../use-geolocation';
import { useGigPushes } from '../use-gig-pushes';
import '../gigs.css';

/** Pushes bring new gigs at once; the poll covers a connection that cannot be made. */
const POLL_MS = 60_000;
const RADII = [5, 10, 20, 50] as const;
const SORTS = [GigNearbySort.DISTANCE, GigNearbySort.START_TIME] as const;
const PAGE = 30;

type Source = 'link' | 'me' | 'preferences' | 'station';
interface Centre {
  point: LatLng;
  source: Source;
  /** The station's name (source 'station'). */
  name?: string;
}

/**
 * 附近零工 (`/gigs/nearby`, public): gigs around the worker's point — a station QR's `?lat=&lng=`, their 接活设置, the
 * phone's location, or a county's gig station — as a list and a dot map, by distance or start time, for today,
 * tomorrow or every day; 接单 in one tap. A pushed `gig.offered` shows a notification and refreshes the list. Works on
 * a 390 px phone (map above the list).
 */
export function GigsNearbyPage() {
  const { t } = useTranslation();
  const { user, role } = useAuth();
  const seeker = role === Role.JOB_SEEKER;
  const [params] = useSearchParams();
  const linked = useMemo(() => pointFromParams(params), [params]);
  /** A point the person picked here (their location, a county's station, their saved setting): it wins. */
  const [chosen, setChosen] = useState<Centre | null>(null);
  /** The phone's location read on arrival when nothing else gives a point. */
  const [located, setLocated] = useState<LatLng | null>(null);
  const [dateFilter, setDateFilter] = useState<DateFilter>('ALL');
  const [sort, setSort] = useState<GigNearbySort>(GigNearbySort.DISTANCE);
  const [radiusKm, setRadiusKm] = useState<number>(10);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [stationMiss, setStationMiss] = useState(false);
  const { locate, locating, failure } = useGeolocation();
  const client = useApolloClient();
  const { accept, pending, canAccept, signedIn } = useAcceptGig();

  const prefs = useQuery(MY_GIG_PREFERENCES_QUERY, { skip: !seeker, fetchPolicy: 'cache-and-network' });
  const preferences = prefs.data?.myGigPreferences ?? null;

  const centre: Centre | null =
    chosen ??
    (linked
      ? { point: linked, source: 'link' }
      : preferences
        ? { point: { lat: preferences.lat, lng: preferences.lng }, source: 'preferences' }
        : located
          ? { point: located, source: 'me' }
          : null);

  // Nothing gives a point (no link, no saved setting once it has loaded): ask the phone, once.
  const asked = useRef(false);
  const settingKnown = !seeker || !!prefs.data || !!prefs.error;
  useEffect(() => {
    if (linked || preferences || !settingKnown || asked.current) return;
    asked.current = true;
    void locate().then((p) => {
      if (p) setLocated(p);
    });
  }, [linked, preferences, settingKnown, locate]);

  const locateMe = useCallback(async () => {
    const p = await locate();
    if (p) setChosen({ point: p, source: 'me' });
  }, [locate]);

  const fromCounty = useCallback(
    async (path: string[] | undefined) => {
      const code = lastCode(path);
      if (!code) return;
      const { data } = await client
        .query({ query: GIG_STATIONS_QUERY, variables: { regionCode: code } })
        .catch(() => ({ data: undefined }));
      const station = data?.gigStations[0];
      setStationMiss(!station);
      if (station) setChosen({ point: { lat: station.lat, lng: station.lng }, source: 'station', name: station.name });
    },
    [client],
  );

  const date = dateForFilter(dateFilter);
  const { data, error, refetch, loading } = useQuery(GIGS_NEARBY_QUERY, {
    variables: { lat: centre?.point.lat ?? 0, lng: centre?.point.lng ?? 0, radiusKm, date, sort, first: PAGE },
    skip: !centre,
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
  });
  useGigPushes(() => void refetch());
  const gigs = data?.gigsNearby;

  const select = (id: string) => {
    setActiveId(id);
    document.getElementById(`gig-card-${id}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

  const centreLabel = (c: Centre) =>
    c.source === 'me'
      ? t('gigs.nearby.aroundMe')
      : c.source === 'preferences'
        ? t('gigs.nearby.aroundPreferences')
        : c.source === 'station'
          ? t('gigs.nearby.aroundStation', { name: c.name ?? '' })
          : t('gigs.nearby.aroundLink');

  const locator = (
    <Card size="small" data-testid="gig-locator">
      <Flex vertical gap={8}>
        <Typography.Text>{t('gigs.nearby.noPoint')}</Typography.Text>
        <Button type="primary" icon={<AimOutlined />} loading={locating} onClick={() => void locateMe()} data-testid="gig-locate">
          {locating ? t('gigs.nearby.locating') : t('gigs.nearby.locate')}
        </Button>
        {failure ? (
          <Typography.Text type="warning" data-testid="gig-locate-failed">
            {failure === 'UNSUPPORTED' ? t('gigs.nearby.locateUnsupported') : t('gigs.nearby.locateFailed')}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary">{t('gigs.nearby.pickCounty')}</Typography.Text>
        <RegionCascader onChange={(p) => void fromCounty(p)} data-testid="gig-county" />
        {stationMiss ? <Typography.Text type="warning">{t('gigs.nearby.noStation')}</Typography.Text> : null}
      </Flex>
    </Card>
  );

  return (
    <div className="page" data-testid="gigs-nearby-page">
      <PageHeader
        title={t('gigs.nearby.title')}
        subtitle={t('gigs.nearby.intro')}
        extra={
          user && (role === Role.JOB_SEEKER || role === Role.EMPLOYER) ? (
            <Link to="/gigs/post">
              <Button icon={<PlusOutlined />}>{t('gigs.nearby.postLink')}</Button>
            </Link>
          ) : null
        }
      />
      <div className="gig-toolbar">
        <div className="segmented-scroll">
          <Segmented<DateFilter>
            value={dateFilter}
            onChange={setDateFilter}
            options={DATE_FILTERS.map((f) => ({ value: f, label: <span data-testid={`gig-date-${f}`}>{t(`gigs.dateFilter.${f}`)}</span> }))}
            data-testid="gig-date-filter"
          />
        </div>
        <div className="segmented-scroll">
          <Segmented<GigNearbySort>
            value={sort}
            onChange={setSort}
            options={SORTS.map((s) => ({ value: s, label: <span data-testid={`gig-sort-${s}`}>{t(`gigs.sort.${s}`)}</span> }))}
            data-testid="gig-sort"
          />
        </div>
        <Select<number>
          value={radiusKm}
          onChange={setRadiusKm}
          style={{ width: 110 }}
          options={RADII.map((r) => ({ value: r, label: t('gigs.nearby.radius', { km: r }) }))}
          data-testid="gig-radius"
        />
      </div>
      {centre ? (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }} data-testid="gig-centre" data-source={centre.source}>
          <EnvironmentOutlined />
          <Typography.Text>{t('gigs.nearby.around', { place: centreLabel(centre) })}</Typography.Text>
          {gigs ? <Typography.Text type="secondary">{t('gigs.nearby.count', { count: gigs.length })}</Typography.Text> : null}
          <Button size="small" icon={<AimOutlined />} loading={locating} onClick={() => void locateMe()} data-testid="gig-relocate">
            {t('gigs.nearby.locate')}
          </Button>
        </Flex>
      ) : null}

      <div className="gig-nearby-layout">
        <div>
          {!centre ? (
            locator
          ) : error && !gigs ? (
            <QueryErrorResult error={error} onRetry={() => void refetch()} />
          ) : !gigs ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : !gigs.length ? (
            <Empty description={t('gigs.nearby.empty')} data-testid="gigs-nearby-empty" />
          ) : (
            <Flex vertical gap={12} data-testid="gigs-nearby" aria-busy={loading}>
              {gigs.map((g, i) => (
                <GigCard
                  key={g.id}
                  gig={g}
                  index={i + 1}
                  active={g.id === activeId}
                  onSelect={setActiveId}
                  onAccept={(id) => void accept(id)}
                  accepting={pending === g.id}
                  canAccept={canAccept}
                  signedIn={signedIn}
                />
              ))}
            </Flex>
          )}
        </div>
        <div className="gig-nearby-side">
          {centre ? (
            <Card size="small" title={t('gigs.nearby.map')} data-testid="gig-map-card">
              <GigDotMap center={centre.point} radiusKm={radiusKm} gigs={gigs ?? []} activeId={activeId} onSelect={select} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('gigs.nearby.mapHint')}
              </Typography.Text>
            </Card>
          ) : null}
          {seeker ? (
            <Collapse
              size="small"
              items={[
                {
                  key: 'prefs',
                  label: (
                    <span data-testid="gig-preferences-toggle">
                      {t('gigs.preferences.title')}
                      {' · '}
                      {preferences?.enabled ? t('gigs.preferences.on') : t('gigs.preferences.off')}
                    </span>
                  ),
                  children: <GigPreferencesPanel preferences={preferences} center={centre?.point ?? null} />,
                },
              ]}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
