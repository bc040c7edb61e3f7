/** The sections of the main window, in menu order, with what each one is for. */
import {
  BarChartOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  HistoryOutlined,
  RiseOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { SectionKey } from './router';

export interface Section {
  key: SectionKey;
  label: string;
  icon: ReactNode;
  /** One line under the title of the screen. */
  summary: string;
  /** For sections not built yet: what they will hold. */
  planned?: string[];
}

export const sections: Section[] = [
  {
    key: 'tong-quan',
    label: 'Tổng quan',
    icon: <DashboardOutlined />,
    summary: 'Hồ sơ của xã và số liệu chính.',
  },
  {
    key: 'thon',
    label: 'Thôn, tổ dân phố',
    icon: <EnvironmentOutlined />,
    summary: 'Danh sách thôn, tổ dân phố của xã và số hộ của từng đơn vị.',
  },
  {
    key: 'nguoi',
    label: 'Người',
    icon: <UserOutlined />,
    summary: 'Những người tham gia các Tổ công nghệ số cộng đồng.',
  },
  {
    key: 'to',
    label: 'Tổ CNSCĐ',
    icon: <TeamOutlined />,
    summary: 'Tổ công nghệ số cộng đồng cấp xã và cấp thôn, tổ dân phố.',
  },
  {
    key: 'van-ban',
    label: 'Văn bản',
    icon: <FileTextOutlined />,
    summary: 'Quyết định thành lập, kiện toàn Tổ và sổ văn bản đi của Ủy ban nhân dân.',
  },
  {
    key: 'hoat-dong',
    label: 'Hoạt động',
    icon: <ScheduleOutlined />,
    summary: 'Công việc các tổ đã làm cho người dân, và các buổi bồi dưỡng thành viên đã dự.',
  },
  {
    key: 'tien-do',
    label: 'Tiến độ',
    icon: <RiseOutlined />,
    summary: 'Kết quả so với chỉ tiêu cấp trên giao, theo trụ cột, chỉ tiêu và từng tổ.',
  },
  {
    key: 'bao-cao',
    label: 'Báo cáo',
    icon: <BarChartOutlined />,
    summary: 'Báo cáo kết quả hoạt động theo tháng, quý, 6 tháng, 9 tháng, năm, vào sổ văn bản đi.',
  },
  {
    key: 'gui-so-lieu',
    label: 'Gửi số liệu',
    icon: <CloudUploadOutlined />,
    summary:
      'Gói số liệu đã ký của tháng, quý, năm gửi cấp trên: lưu ra USB, thư mục dùng chung hoặc thư điện tử.',
  },
  {
    key: 'cai-dat',
    label: 'Cài đặt',
    icon: <SettingOutlined />,
    summary: 'Hồ sơ xã, địa chỉ cập nhật và thông tin về ứng dụng.',
  },
  {
    key: 'nhat-ky',
    label: 'Nhật ký thao tác',
    icon: <HistoryOutlined />,
    summary: 'Mọi lần ghi dữ liệu: khi nào, thao tác gì, trên đối tượng nào, đổi những gì.',
  },
];

export function sectionOf(key: SectionKey): Section {
  return sections.find((s) => s.key === key) ?? (sections[0] as Section);
}
