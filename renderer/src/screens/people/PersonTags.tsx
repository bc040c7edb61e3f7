/** A person's tags as small labels. */
import { Tag } from 'antd';
import { personTagLabels, type PersonTag } from '../../../../shared/domain/teams';

export function PersonTags({ tags }: { tags: readonly PersonTag[] }) {
  if (tags.length === 0) return null;
  return (
    <span className="person-tags">
      {tags.map((tag) => (
        <Tag key={tag} color="blue" variant="outlined" className="person-tag" title={personTagLabels[tag]}>
          {personTagLabels[tag]}
        </Tag>
      ))}
    </span>
  );
}
