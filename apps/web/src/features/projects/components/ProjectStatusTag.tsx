import { ProjectStatus } from '@jobbridge/contracts';
import { Tag } from 'antd';
import { useEnumLabel } from '../../../shared/enums/enum-labels';

const COLORS: Record<ProjectStatus, string> = {
  [ProjectStatus.PLANNED]: 'default',
  [ProjectStatus.ACTIVE]: 'processing',
  [ProjectStatus.COMPLETED]: 'default',
};

/** 未开工 / 在建 / 已完工 */
export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const label = useEnumLabel();
  return (
    <Tag color={COLORS[status]} data-testid="project-status" data-status={status}>
      {label('projectStatus', status)}
    </Tag>
  );
}
