import type { step as english } from '../en/step.ts';
import type { AreaTranslation } from '../en/index.ts';

export const step: AreaTranslation<typeof english> = {
  'step.group': '单步',
  'step.button': '单步 ▸',
  'step.buttonTitle': '单步（按键“.”）：{what}；运行保持暂停',
  'step.kindLabel': '单步到下一个',
  'step.kind.event': '事件',
  'step.kind.delivery': '消息',
  'step.kind.phase': '阶段',
  'step.kindTitle.event': '到事件日志的下一条',
  'step.kindTitle.delivery': '到服务器或客户端收到的下一条消息',
  'step.kindTitle.phase': '到下一个阶段：有服务器产生怀疑、选举结果确定、多数派完成同步',
  'step.stepped': '单步到 {at}：{what}',
  'step.nothing': '{span} 内没有这类事件；时钟停在那里',
  'step.phase.detection': '有服务器产生怀疑',
  'step.phase.election-decided': '选举结果已确定',
  'step.phase.synced-quorum': '多数派已完成同步',
  'step.delivery': '{from} → {to} 收到 {type}',
  'step.oneEvent': '一个事件',
  'step.oneEventHeld': '一个事件（同一时刻还有 {held} 个）',
};
