import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewSummary } from '../../../shared/domain/review.ts';

/** The reviews stored on this computer, each with an Open button. */
export function ReviewList({ reviews, onOpen }: { reviews: readonly ReviewSummary[]; onOpen: (id: string) => void }) {
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
          actions={[<Button key="open" type="primary" onClick={() => onOpen(review.id)}>{t('home.open')}</Button>]}
        >
          <List.Item.Meta
            title={
              <Space>
                <Typography.Text strong>{review.title}</Typography.Text>
                {review.isDemo && <Tag color="blue">{t('home.demo')}</Tag>}
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
