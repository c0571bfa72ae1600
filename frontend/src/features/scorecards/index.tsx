import { Empty } from 'antd';

/** «Рейтинг»: scorecards (in progress). */
export default function RatingPage() {
  return <Empty />;
}
