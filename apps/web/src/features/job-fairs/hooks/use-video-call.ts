import type { TalkSignalEvent } from '@jobbridge/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TalkControls } from './use-fair-socket';

export type VideoState = 'idle' | 'inviting' | 'invited' | 'connecting' | 'connected' | 'failed';

/**
 * A video (and voice) call between the two sides of a talk: WebRTC between the browsers, signalling over the talk's
 * socket room, ICE servers from the API's configuration (none needed on one machine or a LAN). Either side invites;
 * the other sees the invitation and accepts (its camera is used only then). Candidates that arrive before the remote
 * description are held until it is set.
 */
export function useVideoCall(talk: TalkControls) {
  const [state, setState] = useState<VideoState>('idle');
  const [local, setLocal] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const pc = useRef<RTCPeerConnection | null>(null);
  const pendingOffer = useRef<RTCSessionDescriptionInit | null>(null);
  const pendingCandidates = useRef<RTCIceCandidateInit[]>([]);
  const stream = useRef<MediaStream | null>(null);
  const { signal, onSignal, iceServers } = talk;

  const close = useCallback(() => {
    pc.current?.close();
    pc.current = null;
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    pendingOffer.current = null;
    pendingCandidates.current = [];
    setLocal(null);
    setRemote(null);
    setState('idle');
  }, []);

  const connect = useCallback(async () => {
    const media = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    stream.current = media;
    setLocal(media);
    const peer = new RTCPeerConnection({ iceServers: iceServers as RTCIceServer[] });
    pc.current = peer;
    media.getTracks().forEach((track) => peer.addTrack(track, media));
    peer.onicecandidate = (e) => {
      if (e.candidate) void signal('candidate', e.candidate.toJSON());
    };
    peer.ontrack = (e) => setRemote(e.streams[0] ?? new MediaStream([e.track]));
    peer.onconnectionstatechange = () => {
      if (peer.connectionState === 'connected') setState('connected');
      if (peer.connectionState === 'failed') setState('failed');
    };
    return peer;
  }, [iceServers, signal]);

  const flushCandidates = async (peer: RTCPeerConnection) => {
    for (const c of pendingCandidates.current.splice(0)) await peer.addIceCandidate(c).catch(() => undefined);
  };

  /** Invites the other side: our camera on, an offer sent. */
  const invite = useCallback(async () => {
    try {
      setState('inviting');
      const peer = await connect();
      const offer = await peer.createOffer();
      await peer.setLocalDescription(offer);
      await signal('offer', { type: offer.type, sdp: offer.sdp });
    } catch {
      close();
      setState('failed');
    }
  }, [close, connect, signal]);

  /** Accepts the other side's invitation: our camera on, an answer sent. */
  const accept = useCallback(async () => {
    const offer = pendingOffer.current;
    if (!offer) return;
    try {
      setState('connecting');
      const peer = await connect();
      await peer.setRemoteDescription(offer);
      await flushCandidates(peer);
      const answer = await peer.createAnswer();
      await peer.setLocalDescription(answer);
      await signal('answer', { type: answer.type, sdp: answer.sdp });
    } catch {
      close();
      setState('failed');
    }
  }, [close, connect, signal]);

  const hangUp = useCallback(() => {
    void signal('hangup', null);
    close();
  }, [close, signal]);

  useEffect(() => {
    onSignal((e: TalkSignalEvent) => {
      const data = e.data as (RTCSessionDescriptionInit & RTCIceCandidateInit) | null;
      if (e.kind === 'offer' && data) {
        pendingOffer.current = data;
        setState('invited');
      } else if (e.kind === 'answer' && data && pc.current) {
        setState('connecting');
        void pc.current
          .setRemoteDescription(data)
          .then(() => flushCandidates(pc.current!))
          .catch(() => setState('failed'));
      } else if (e.kind === 'candidate' && data) {
        if (pc.current?.remoteDescription) void pc.current.addIceCandidate(data).catch(() => undefined);
        else pendingCandidates.current.push(data);
      } else if (e.kind === 'hangup') close();
    });
    return () => onSignal(null);
  }, [close, onSignal]);

  useEffect(() => close, [close]);

  return { state, local, remote, invite, accept, hangUp };
}
