/**
 * The outgoing register with the columns of Decree 30's Appendix IV. A row opens its document
 * (click, or Enter on the focused row; the number is also a link).
 */
import { Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../../../shared/contract/types';
import { hrefWith } from '../../app/router';
import { dateVi, keptBy, recipientsShown, registerNotes, summaryAfterType, typeName } from './document-text';

interface Props {
  documents: DocumentSummary[];
  loading: boolean;
  onOpen: (doc: DocumentSummary) => void;
  empty: ReactNode;
}

const noteColors: Record<string, string> = {
  'Đã hủy': 'red',
  'Có bản quét': 'green',
  'Chưa cấp số': 'default',
};

export function RegisterTable({ documents, loading, onOpen, empty }: Props) {
  const columns: TableColumnsType<DocumentSummary> = [
    {
      title: 'Số, ký hiệu',
      key: 'number',
      width: 108,
      render: (_v, doc) => (
        <a
          href={hrefWith('van-ban', { id: doc.id })}
          className={doc.status === 'cancelled' ? 'register-number register-cancelled' : 'register-number'}
          // The row opens the document; the link is there for the keyboard and for copying.
          onClick={(e) => e.stopPropagation()}
        >
          {doc.numberText ?? <span className="register-no-number">(chưa có số)</span>}
        </a>
      ),
    },
    {
      title: 'Ngày, tháng',
      dataIndex: 'date',
      width: 94,
      render: (date: string | null) => dateVi(date),
    },
    {
      title: 'Tên loại và trích yếu nội dung',
      key: 'summary',
      render: (_v, doc) => (
        <span>
          <strong>{typeName(doc.kind)}</strong> {summaryAfterType(doc.summary)}
        </span>
      ),
    },
    { title: 'Người ký', dataIndex: 'signerName', width: 118 },
    {
      title: 'Nơi nhận',
      key: 'recipients',
      width: 160,
      render: (_v, doc) => <span className="register-small">{recipientsShown(doc.recipients)}</span>,
    },
    {
      title: 'Đơn vị, người nhận bản lưu',
      key: 'kept',
      width: 100,
      render: (_v, doc) => keptBy(doc.recipients),
    },
    { title: 'Số lượng bản', dataIndex: 'copies', width: 64, align: 'right' },
    {
      title: 'Ngày chuyển',
      dataIndex: 'sentOn',
      width: 88,
      render: (date: string | null) => dateVi(date),
    },
    {
      title: 'Ghi chú',
      key: 'notes',
      width: 112,
      render: (_v, doc) => (
        <span className="register-notes">
          {registerNotes(doc).map((note) => (
            <Tag key={note} color={noteColors[note] ?? 'default'} className="register-tag">
              {note}
            </Tag>
          ))}
          {doc.notes !== null && <span className="register-small">{doc.notes}</span>}
        </span>
      ),
    },
  ];

  return (
    <Table<DocumentSummary>
      className="register-table"
      rowKey="id"
      size="small"
      bordered
      tableLayout="fixed"
      columns={columns}
      dataSource={documents}
      loading={loading}
      pagination={false}
      locale={{ emptyText: empty }}
      rowClassName={(doc) =>
        doc.status === 'cancelled' ? 'register-row register-row-cancelled' : 'register-row'
      }
      onRow={(doc) => ({
        onClick: () => onOpen(doc),
        onKeyDown: (e) => {
          if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(doc);
        },
        tabIndex: 0,
      })}
    />
  );
}
