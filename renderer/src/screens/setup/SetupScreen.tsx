/** First start: the commune profile, typed in once; or the demo commune, to look around first. */
import { CheckOutlined, ExperimentOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Segmented, Typography } from 'antd';
import { useState } from 'react';
import type { ProfileInput } from '../../../../shared/contract/schemas';
import { api } from '../../api';
import { toShownError } from '../../app/errors';
import { keys } from '../../app/queries';
import { ProfileForm } from '../../components/profile/ProfileForm';
import { emptyProfileValues } from '../../components/profile/profile-form-values';
import { ReceivingSetupForm } from '../receiving/ReceivingSetupForm';

type Kind = 'commune' | 'receiving';

export function SetupScreen() {
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const [initialValues] = useState(emptyProfileValues);
  const [kind, setKind] = useState<Kind>('commune');

  const setup = useMutation({
    mutationFn: (input: ProfileInput) => api.setupProfile(input),
    onSuccess: async (profile) => {
      window.location.hash = '/tong-quan';
      queryClient.setQueryData(keys.profile, profile);
      await queryClient.invalidateQueries();
      void message.success(`Đã lưu hồ sơ ${profile.communeName}. Bước tiếp theo: nhập các thôn, tổ dân phố.`);
    },
  });

  const demo = useMutation({
    mutationFn: () => api.loadDemo(),
    onSuccess: async (info) => {
      window.location.hash = '/tong-quan';
      await queryClient.invalidateQueries();
      void message.success(`Đã nạp dữ liệu mẫu của ${info.profile?.communeName ?? 'xã Đông Sơn'}.`);
    },
    onError: (error) => {
      modal.error({ title: 'Không nạp được dữ liệu mẫu', content: toShownError(error).message });
    },
  });

  const confirmDemo = () => {
    modal.confirm({
      title: 'Dùng dữ liệu mẫu?',
      content:
        'Ứng dụng sẽ nạp hồ sơ xã Đông Sơn (tỉnh Quảng Ngãi) và các thôn, tổ dân phố mẫu để xem thử. ' +
        'Các thông tin này đều có thể sửa hoặc xóa sau.',
      okText: 'Dùng dữ liệu mẫu',
      cancelText: 'Hủy',
      onOk: () => demo.mutateAsync().catch(() => undefined),
    });
  };

  return (
    <div className="setup-page">
      <header className="setup-banner">
        <div className="setup-banner-inner">
          <div className="app-brand-title">Tổ CNSCĐ</div>
          <div className="setup-banner-subtitle">Sổ quản lý Tổ công nghệ số cộng đồng</div>
        </div>
      </header>
      <main className="setup-main">
        <Card className="setup-card">
          <Typography.Title level={1} className="setup-title">
            Thiết lập ban đầu
          </Typography.Title>
          <Segmented<Kind>
            aria-label="Đơn vị dùng ứng dụng"
            value={kind}
            onChange={setKind}
            options={[
              { value: 'commune', label: 'Ủy ban nhân dân xã, phường' },
              { value: 'receiving', label: 'Cơ quan nhận báo cáo' },
            ]}
          />
          {kind === 'receiving' ? (
            <>
              <Typography.Paragraph type="secondary">
                Cấp trên nhận gói dữ liệu hằng tháng của các xã: nhập tên cơ quan, chọn tỉnh và các xã gửi báo
                cáo. Một tệp dữ liệu là của một xã hoặc của một cơ quan nhận báo cáo, không thể là cả hai.
              </Typography.Paragraph>
              <ReceivingSetupForm />
            </>
          ) : (
            <>
              <Typography.Paragraph type="secondary">
                Chọn xã, phường của đơn vị và điền người ký văn bản. Các thông tin này được in trên quyết
                định, báo cáo; về sau có thể sửa trong mục Cài đặt. Ô có dấu{' '}
                <span className="required-star">*</span> là bắt buộc.
              </Typography.Paragraph>
              <ProfileForm
                name="setup"
                initialValues={initialValues}
                submitLabel="Lưu và bắt đầu"
                submitIcon={<CheckOutlined />}
                onSubmit={(input) => setup.mutateAsync(input)}
                actions={
                  <Button icon={<ExperimentOutlined />} onClick={confirmDemo} loading={demo.isPending}>
                    Dùng dữ liệu mẫu (xã Đông Sơn)
                  </Button>
                }
              />
            </>
          )}
        </Card>
      </main>
    </div>
  );
}
