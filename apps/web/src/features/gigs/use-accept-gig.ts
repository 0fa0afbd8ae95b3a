import { useMutation } from '@apollo/client/react';
import { GigAssignmentStatus, Role } from '@jobbridge/contracts';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { loginPath, useAuth } from '../auth';
import { ACCEPT_GIG_MUTATION } from './gigs.graphql';
import { useGigErrorHandler } from './use-gig-error';

/**
 * 接单 in one tap: signed out, to the login page and back; a worker takes a place (or the waiting list) and is told
 * which. Returns whether the caller can take gigs at all (posters and officers cannot).
 */
export function useAcceptGig() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const handleError = useGigErrorHandler();
  const [mutate] = useMutation(ACCEPT_GIG_MUTATION);
  const [pending, setPending] = useState<string | null>(null);

  const accept = useCallback(
    async (gigId: string) => {
      if (!user) {
        navigate(loginPath(`${location.pathname}${location.search}`));
        return;
      }
      setPending(gigId);
      try {
        const { data } = await mutate({ variables: { gigId } });
        const a = data?.acceptGig;
        if (a?.status === GigAssignmentStatus.WAITLISTED)
          void message.info(t('gigs.card.waitlistedToast', { position: a.waitlistPosition ?? 1 }));
        else if (a) void message.success(t('gigs.card.acceptedToast'));
      } catch (e) {
        handleError(e);
      } finally {
        setPending(null);
      }
    },
    [user, navigate, location.pathname, location.search, mutate, message, t, handleError],
  );

  return { accept, pending, canAccept: !user || user.role === Role.JOB_SEEKER, signedIn: !!user };
}
