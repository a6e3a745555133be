import type { metrics as english } from '../en/metrics.ts';
import type { AreaTranslation } from '../en/index.ts';

export const metrics: AreaTranslation<typeof english> = {
  'metrics.title': '逐个度量每次故障',
  'metrics.note': '柱形：实际耗时 · 阴影：配置允许的范围',
  'metrics.notePlotted': ' · 只画出 {count} 次中的最后 {shown} 次',
  'metrics.empty': '还没有故障。让一台服务器崩溃、kill、暂停或被分区：其他服务器多久察觉、多久选出 Leader、多久恢复服务，都会显示在这里。',
  'metrics.measure.detection': '第一台服务器察觉故障所用的时间',
  'metrics.measure.recovery': '直到领导者（Leader）带着已同步的法定人数恢复服务所用的时间',
  'metrics.kept': '未中断',
  'metrics.bound': '（界限 {bound}）',
  'metrics.fault.crash': '崩溃',
  'metrics.fault.kill': 'kill',
  'metrics.fault.pause': '暂停',
  'metrics.fault.isolate': '隔离',
  'metrics.fault.partition': '分区',
  'metrics.fault.cut': '断链',
  'metrics.fault.heal': '恢复',
  'metrics.fault.onNode': '{fault} {node}',
};
