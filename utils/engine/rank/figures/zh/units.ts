import type { UnitForms } from '../common';

/**
 * Chinese units, attached to the number; each form is its own unit. `年`, `月`, `日` are handled as dates or
 * durations by the scanner.
 */
export const ZH_UNITS: readonly UnitForms[] = [
  {
    kind: 'measure',
    forms:
      '平方公里|平方千米|平方米|平方英里|平方英尺|立方米|公里|千米|厘米|毫米|纳米|微米|米|公顷|英亩|亩|英寸|加仑|盎司|磅|总吨|吨|千克|公斤|克|斤|毫升|升|千瓦时|千瓦|兆瓦|吉瓦|瓦|伏|赫兹|分贝|海里|英里|英尺|摄氏度|℃|度|桶|马力|光年',
  },
  {
    kind: 'duration',
    forms: '个多小时|个小时|小时|个多月|个月|个星期|星期|周年|周|天|分钟|秒钟|秒|个工作日|工作日|世纪',
  },
  // Percentage points are a difference of shares, not a share: unit `pp`.
  { kind: 'percent', unit: 'pp', forms: '个百分点|百分点' },
];
