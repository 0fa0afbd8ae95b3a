import { Injectable } from '@nestjs/common';

/**
 * The gig market's clock. Gigs live by the wall clock (check-in windows, withdrawal deadlines, overdue pay), so tests
 * move this one instead of waiting for a morning; production never sets an offset.
 */
@Injectable()
export class GigClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests: the clock reads `instant` now (and runs on from there). */
  setNow(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
