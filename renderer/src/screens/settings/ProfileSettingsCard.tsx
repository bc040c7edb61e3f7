import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Card } from 'antd';
import { useState } from 'react';
import type { ProfileInput } from '../../../../shared/contract/schemas';
import type { AdminUnit, Profile } from '../../../../shared/contract/types';
import { api } from '../../api';
import { keys, useCommunes, useProvinces } from '../../app/queries';
import { ProfileForm } from '../../components/profile/ProfileForm';
import { profileToValues } from '../../components/profile/profile-form-values';

/** Waits for the official lists, so a unit typed by hand reopens as typed by hand. */
export function ProfileSettingsCard({ profile }: { profile: Profile }) {
  const provinces = useProvinces();
  const communes = useCommunes(profile.provinceCode);
  const failed = provinces.isError || communes.isError;
  if (!failed && (provinces.data === undefined || communes.data === undefined)) {
    return <Card title="Hồ sơ xã" loading />;
  }
  // Without the lists (they failed to load), the names as saved are shown as typed.
  const official = failed
    ? { provinces: [], communes: [] }
    : { provinces: provinces.data ?? [], communes: communes.data ?? [] };
  return <ProfileSettingsForm profile={profile} official={official} />;
}

function ProfileSettingsForm({
  profile,
  official,
}: {
  profile: Profile;
  official: { provinces: readonly AdminUnit[]; communes: readonly AdminUnit[] };
}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  // The form starts from the profile as it was when the screen opened; saving updates it.
  const [initialValues] = useState(() => profileToValues(profile, official));

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
