import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A selectable card for one role; a button for the keyboard (Enter or Space) and screen readers. */
export function RoleCard(props: { title: string; hint: string; icon: ReactNode; selected: boolean; onSelect: () => void; testId: string }) {
  return (
    <Card
      className={`ps-role-card${props.selected ? ' is-selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-pressed={props.selected}
      data-testid={props.testId}
      hoverable
      onClick={props.onSelect}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          props.onSelect();
        }
      }}
    >
      <Card.Meta avatar={props.icon} title={<Typography.Title level={4} style={{ margin: 0 }}>{props.title}</Typography.Title>} description={props.hint} />
    </Card>
  );
}
