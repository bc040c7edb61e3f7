/**
 * The people in the backend's Vietnamese order (given name, then family and middle names), in a
 * virtual table: only the rows on screen are in the page, even with ten thousand people.
 */
import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import type { Person } from '../../../../shared/contract/types';
import { formatPhone } from '../../../../shared/vi/phone';
import { genderText } from './person-text';
import { PersonTags } from './PersonTags';

interface Props {
  people: Person[];
  loading: boolean;
  /** Height of the scrolling body, in px (a virtual table needs a number). */
  height: number;
  onOpen: (person: Person) => void;
  onEdit: (person: Person) => void;
  empty: React.ReactNode;
}

export function PeopleTable({ people, loading, height, onOpen, onEdit, empty }: Props) {
  const columns: TableColumnsType<Person> = [
    {
      title: 'STT',
      key: 'index',
      width: 56,
      align: 'center',
      render: (_value, _person, index) => index + 1,
    },
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      width: 176,
      render: (_name: string, person) => (
        <span className="person-name-cell">
          <Button
            type="link"
            size="small"
            className="person-name-link"
            onClick={(event) => {
              event.stopPropagation();
              onOpen(person);
            }}
          >
            {person.fullName}
          </Button>
          {person.archived && <Tag className="person-archived">Đã lưu trữ</Tag>}
        </span>
      ),
    },
    {
      title: 'Năm sinh',
      dataIndex: 'birthYear',
      width: 80,
      align: 'center',
    },
    {
      title: 'Giới tính',
      dataIndex: 'gender',
      width: 76,
      align: 'center',
      render: (gender: Person['gender']) => genderText(gender),
    },
    {
      title: 'Số điện thoại',
      dataIndex: 'phone',
      width: 118,
      render: (phone: string | null) => (phone === null ? '' : formatPhone(phone)),
    },
    {
      title: 'Chức vụ, đơn vị công tác',
      dataIndex: 'position',
      ellipsis: { showTitle: true },
    },
    {
      title: 'Thôn',
      dataIndex: 'villageName',
      width: 116,
      ellipsis: { showTitle: true },
    },
    {
      title: 'Nhãn',
      dataIndex: 'tags',
      width: 180,
      render: (tags: Person['tags']) => <PersonTags tags={tags} />,
    },
    {
      title: <span className="visually-hidden">Thao tác</span>,
      key: 'actions',
      width: 48,
      align: 'center',
      render: (_value, person) => (
        <Tooltip title="Sửa">
          <Button
            size="small"
            icon={<EditOutlined />}
            aria-label={`Sửa ${person.fullName}`}
            onClick={(event) => {
              event.stopPropagation();
              onEdit(person);
            }}
          />
        </Tooltip>
      ),
    },
  ];

  return (
    <Table<Person>
      virtual
      rowKey="id"
      size="small"
      bordered
      className="people-table"
      columns={columns}
      dataSource={people}
      loading={loading}
      pagination={false}
      scroll={{ y: height }}
      rowClassName={(person) => (person.archived ? 'row-archived' : '')}
      onRow={(person) => ({ onClick: () => onOpen(person) })}
      locale={{ emptyText: empty }}
    />
  );
}
