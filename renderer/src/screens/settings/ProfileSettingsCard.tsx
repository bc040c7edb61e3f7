import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card } from 'antd';
import { useState } from 'react';
import type { ProfileInput } from '../../../../shared/contract/schemas';
import type { Profile } from '../../../../shared/contract/types';
import { api } from '../../api';
import { keys } from '../../app/queries';
import { ProfileForm } from '../../components/profile/ProfileForm';
import { profileToValues } from '../../components/profile/profile-form-values';

export function ProfileSettingsCard({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  // The form starts from the profile as it was when the screen opened; saving updates it.
  const [initialValues] = useState(() => profileToValues(profile));

  const update = useMutation({
    mutationFn: (input: ProfileInput) => api.updateProfile(input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(keys.profile, saved);
      await queryClient.invalidateQueries({ queryKey: keys.info });
      void message.success('Đã lưu hồ sơ xã.');
    },
  });

  return (
    <Card title="Hồ sơ xã">
      <ProfileForm
        name="settings"
        initialValues={initialValues}
        submitLabel="Lưu hồ sơ"
        submitIcon={<SaveOutlined />}
        onSubmit={(input) => update.mutateAsync(input)}
      />
    </Card>
  );
}
