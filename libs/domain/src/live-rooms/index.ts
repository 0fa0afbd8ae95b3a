// Live-stream hiring rooms (直播带岗): lifecycle, chat rules as data, after-room funnel.
export * from './live-room-funnel';
export * from './live-room-rules';
