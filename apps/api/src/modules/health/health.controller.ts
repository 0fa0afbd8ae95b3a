import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { HealthReport, HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /**
   * For load balancers, the compose healthcheck and a bureau's monitoring: 200 `{status:'ok', checks}` when the
   * database, Redis (when configured) and the search engine answer; 200 `{status:'degraded'}` naming Redis or search
   * when one of them is down (the API still serves); 503 `{status:'error'}` when the database is down.
   */
  @Get()
  async get(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.check();
    res.status(report.status === 'error' ? 503 : 200);
    res.setHeader('cache-control', 'no-store');
    return report;
  }
}
