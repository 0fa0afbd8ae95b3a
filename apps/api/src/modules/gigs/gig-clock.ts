import { Injectable } from '@nestjs/common';

/**
 * The gig market's clock. Gigs live by the wall clock (check-in windows, withdrawal deadlines, overdue pay), so tests
 * set this one to a gig's morning instead of waiting for it; production never sets it.
 */
@Injectable()
export class GigClock {
  private frozen: Date | null = null;

  now(): Date {
    return this.frozen ? new Date(this.frozen) : new Date();
  }

  /** Tests: the clock reads `instant` until set again or reset (it does not run on, so minutes come out exact). */
  setNow(instant: Date): void {
    this.frozen = new Date(instant);
  }

  reset(): void {
    this.frozen = null;
  }
}
