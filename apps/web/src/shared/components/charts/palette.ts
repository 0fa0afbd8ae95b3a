import { theme } from 'antd';

/** Series colours from the antd theme tokens (so the charts follow the app's theme), distinct in hue. */
export function useChartPalette() {
  const { token } = theme.useToken();
  return {
    token,
    series: [token.colorPrimary, token.purple6, token.colorSuccess, token.orange6, token.cyan7, token.magenta6],
  };
}
