import { loadSubsidyPacks, SUBSIDY_VOCABULARY, type SubsidyPack } from '@jobbridge/domain';
import { DEMO_SUBSIDY_PACK_FILES, SUBSIDY_PACK_FILES } from '@jobbridge/domain/subsidy-packs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../../common/errors/startup-error';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

export const SUBSIDY_PACKS = Symbol('SUBSIDY_PACKS');

/**
 * The shipped packs (the five seed regions) plus any JSON files in SUBSIDY_PACKS_DIR — a bureau adds or updates its
 * region's pack as a file, not as code. All are checked together at start: an unknown condition, overlapping validity
 * or a missing citation stops the API with every problem listed.
 */
export function loadInstalledSubsidyPacks(dir?: string, demo = false): readonly SubsidyPack[] {
  const extra: unknown[] = demo ? [...DEMO_SUBSIDY_PACK_FILES] : [];
  if (dir) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.json'));
    } catch (e) {
      throw new StartupError(
        `补贴政策包目录无法读取：${dir}\nCannot read SUBSIDY_PACKS_DIR ${dir}`,
        '请检查 SUBSIDY_PACKS_DIR 设置。\nCheck SUBSIDY_PACKS_DIR.',
        e,
      );
    }
    for (const name of names.sort()) {
      try {
        extra.push(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      } catch (e) {
        throw new StartupError(
          `补贴政策包文件不是有效的JSON：${name}\nNot valid JSON: ${name}`,
          '请修正该文件后重启。\nFix the file and restart.',
          e,
        );
      }
    }
  }
  try {
    return loadSubsidyPacks([...SUBSIDY_PACK_FILES, ...extra], SUBSIDY_VOCABULARY);
  } catch (e) {
    throw new StartupError(
      `补贴政策包有误，无法启动。\n${(e as Error).message}`,
      '请按上面列出的问题修正政策包（libs/domain/src/subsidies/packs 或 SUBSIDY_PACKS_DIR）后重启。\nFix the packs listed above and restart.',
      e,
    );
  }
}

export const subsidyPacksProvider = {
  provide: SUBSIDY_PACKS,
  useFactory: (c: AppConfig) => loadInstalledSubsidyPacks(c.subsidyPacks.dir, c.subsidyPacks.demo),
  inject: [APP_CONFIG],
};
