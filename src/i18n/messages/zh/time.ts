import type { time as english } from '../en/time.ts';
import type { AreaTranslation } from '../en/index.ts';

export const time: AreaTranslation<typeof english> = {
  'pauseOn.summary': '自动暂停',
  'pauseOn.summaryCount': '自动暂停（{count}）',
  'pauseOn.title': '发生某事时自动暂停；选举期间慢动作',

  'time.pausedAt': '暂停于 {at}：{what}',

  'timeline.at': 't = {at}',
  'timeline.live': '实时',
  'timeline.label': '时间线：已录制的时刻',
  'timeline.valueLive': '实时',
  'timeline.valuePast': '第 {index} 帧，共 {frames} 帧，t = {at}',
  'timeline.viewOnly': '仅查看：集群仍在运行',
  'timeline.pausedPast': '暂停在过去',
  'timeline.ago': '{note} · {ago} 之前',
  'timeline.backToLive': '⇥ 实时',
  'timeline.backToLiveTitle': '显示集群当前的样子（→ 或 End）',
  'timeline.mark.fault': '故障',
  'timeline.mark.repair': '修复',
  'timeline.mark.election': '选出领导者',
  'timeline.markTitle': '{what}（{record}）于 t = {at}：点击查看之前的那一刻',
};
