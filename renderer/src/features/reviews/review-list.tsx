import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSummary } from '../../../../shared/domain/review.ts';

/** The reviews stored on this computer, each with an Open button and, where given, more actions. */
export function ReviewList({ reviews, onOpen, actions }: { reviews: readonly ReviewSummary[]; onOpen: (id: string) => void; actions?: (review: ReviewSummary) => ReactNode }) {
  const { t } = useTranslation();
  if (reviews.length === 0) return <Empty description={t('home.noReviews')} />;
  return (
    <List
      bordered
      style={{ background: '#fff' }}
      dataSource={[...reviews]}
      renderItem={(review) => (
        <List.Item
          data-testid={`review-${review.id}`}
          actions={[<Button key="open" type="primary" onClick={() => onOpen(review.id)} data-testid={`open-${review.id}`}>{t('home.open')}</Button>, ...(actions === undefined ? [] : [actions(review)])]}
        >
          <List.Item.Meta
            title={
              <Space>
                <Typography.Text strong>{review.title}</Typography.Text>
                {review.isDemo && <Tag color="blue" data-testid={`review-demo-tag-${review.id}`}>{t('home.demo')}</Tag>}
                <Tag data-testid={`review-stage-${review.id}`}>{t(`formalCheck.stages.${review.stage}`)}</Tag>
                {review.archivedAt !== null && <Tag title={t('home.archivedAt', { date: review.archivedAt.slice(0, 10) })}>{t('home.archived')}</Tag>}
              </Space>
            }
            description={
              <Space split="·" wrap>
                <span>{review.programTitle}</span>
                <span>{review.documentNumber}</span>
                <span>{t('home.fields', { count: review.fieldCount })}</span>
                <span>{t('home.submissions', { count: review.submissionCount })}</span>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
