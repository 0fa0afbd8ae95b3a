import type { PriorityGroup } from '@jobbridge/contracts';
import { Space, Tag } from 'antd';
import { useEnumLabel } from '../../../shared/enums/enum-labels';

export function PriorityGroupTags({ groups }: { groups: PriorityGroup[] }) {
  const label = useEnumLabel();
  if (!groups.length) return null;
  return (
    <Space size={4} wrap data-testid="applicant-priority-groups">
      {groups.map((g) => (
        <Tag key={g} color="magenta" data-testid="priority-group-tag" data-group={g}>
          {label('priorityGroup', g)}
        </Tag>
      ))}
    </Space>
  );
}
