/**
 * Common passwords typical of Chinese users that the general list (@zxcvbn-ts/language-common, ~49,000 entries) does
 * not hold: pinyin phrases (woaini = 我爱你), 520/1314 love numbers (我爱你 / 一生一世), lucky digits, common surnames
 * with digits. Lower case; matched after lower-casing the password.
 */
export const COMMON_PASSWORDS_ZH: readonly string[] = [
  'woaini1314', 'woaini520', 'woaini521', 'woaini123', 'woaini1314520', 'woainima', 'woaiwojia', 'woshishui',
  'iloveyou1314', '5201314520', '1314520520', '13145201314', '520131400', '1314521', '5211314', 'a5201314',
  'qq5201314', '520520520', '52013145201314', '7758521', '7758258', '5201314a', 'woaini5201314',
  '88888888', '66666666', '99999999', '168168168', '16881688', '18881888', '518518518', '66668888', '88886666',
  '987654321', '0123456789', '1234567890', '12345678910', '123456789a', '147258369a', 'qweasdzxc', 'qweasdzxc123',
  'wang123456', 'li123456', 'zhang123456', 'liu123456', 'chen123456', 'yang123456', 'zhao123456', 'huang123456',
  'wangyang', 'zhangwei', 'liuyang', 'wangwei', 'lijing', 'zhangmin', 'wangjing', 'lilei1234',
  'jiayou123', 'jiayou1234', 'xiaoming', 'bugaosuni', 'caonima', 'wocaonima', 'shabi123', 'nihao123', 'nihao1234',
  'root1234', 'admin1234', 'admin888', 'admin8888', 'abc12345678', 'aa12345678', 'aa123123', 'qq123123', 'qq666666',
  'zhongguo', 'zhongguo123', 'beijing123', 'shanghai123', 'lanzhou123', 'gansu123', 'linxia123', 'dearbook',
];
