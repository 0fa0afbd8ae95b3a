import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { EMPLOYER_NAME_QUERY } from '../oversight.graphql';

/** An employer's name from its id (oversight lists carry ids only); read once per employer and cached. */
export function EmployerName({ id }: { id: string | null | undefined }) {
  const { data } = useQuery(EMPLOYER_NAME_QUERY, { variables: { id: id ?? '' }, skip: !id });
  if (!id) return null;
  return <span data-testid="employer-name">{data?.employer?.name ?? <Typography.Text type="secondary">…</Typography.Text>}</span>;
}
