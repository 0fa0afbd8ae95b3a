import {
  PROJECTS_NAMESPACE,
  type ProjectClientEvents,
  type ProjectLocalHiringChangedEvent,
  type ProjectServerEvents,
  type WatchAck,
} from '@jobbridge/contracts';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Socket } from 'socket.io-client';
import { authToken } from '../../graphql/auth-token';
import { acquireSocket, releaseSocket } from './shared-socket';

type ProjectSocket = Socket<ProjectServerEvents, ProjectClientEvents>;

/** One project (its page), or every project in the officer's region (the bureau dashboard). */
export type LocalHiringWatch = { projectId: string } | { dashboard: true };

const EVENT = 'project.local_hiring_changed';

/**
 * Live local-hiring figures over socket.io (`/projects`, auth in the handshake): joins the project's room
 * (`project.watch`) or the region's (`dashboard.watch`) once the handshake is accepted, again after every reconnect
 * (rooms do not survive one), and calls `listener` with each `project.local_hiring_changed`. Returns true while the
 * server has acknowledged the watch, i.e. pushes will arrive. `null` watches nothing.
 */
export function useLocalHiringChanges(watch: LocalHiringWatch | null, listener: (event: ProjectLocalHiringChangedEvent) => void): boolean {
  const handler = useRef(listener);
  useLayoutEffect(() => {
    handler.current = listener;
  });
  const [live, setLive] = useState(false);
  const projectId = watch && 'projectId' in watch ? watch.projectId : null;
  const dashboard = Boolean(watch && 'dashboard' in watch);

  useEffect(() => {
    const token = authToken.get();
    if (!token || (!projectId && !dashboard)) return;
    const shared = acquireSocket(PROJECTS_NAMESPACE, token);
    const socket = shared.socket as ProjectSocket;
    let active = true;
    const onAck = (ack: WatchAck) => {
      if (!active) return;
      setLive(ack.ok);
      if (!ack.ok && import.meta.env.DEV) console.warn('[projects] watch refused', ack);
    };
    const join = () => {
      if (projectId) socket.emit('project.watch', { projectId }, onAck);
      else socket.emit('dashboard.watch', {}, onAck);
    };
    const onDisconnect = () => active && setLive(false);
    // A shared socket carries every watch made on it: a project page hears only its own project.
    const onEvent = (event: ProjectLocalHiringChangedEvent) => {
      if (!projectId || event.projectId === projectId) handler.current(event);
    };
    socket.on('ready', join);
    socket.on('disconnect', onDisconnect);
    socket.on(EVENT, onEvent);
    if (shared.ready) join();
    return () => {
      active = false;
      setLive(false);
      socket.off('ready', join);
      socket.off('disconnect', onDisconnect);
      socket.off(EVENT, onEvent);
      if (projectId && socket.connected) socket.emit('project.unwatch', { projectId });
      releaseSocket(shared);
    };
  }, [projectId, dashboard]);

  return live;
}
