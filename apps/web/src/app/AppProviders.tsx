import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
// Zero-runtime styles (antd 6): one prebuilt stylesheet instead of generating CSS while the first screen renders,
// which took a third of its script time on a slow CPU (issue 10).
import 'antd/dist/antd.css';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { apolloClient } from '../graphql/client';
import { AuthProvider } from '../features/auth';
import '../i18n';

const theme = {
  zeroRuntime: true,
  token: {
    colorPrimary: '#1668dc',
    borderRadius: 8,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", Roboto, sans-serif',
  },
};

/** Locale (antd zh_CN, dayjs zh-cn via ../i18n), theme, Apollo, router and the signed-in user. */
export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <ApolloProvider client={apolloClient}>
          <BrowserRouter>
            <AuthProvider>{children}</AuthProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
