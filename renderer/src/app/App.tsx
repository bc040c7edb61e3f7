/** The providers every screen relies on: Vietnamese locale, theme, message/modal context, queries. */
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useState } from 'react';
import { createQueryClient } from './query-client';
import { Root } from './Root';
import { theme } from './theme';

dayjs.locale('vi');

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>
          <Root />
        </QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
