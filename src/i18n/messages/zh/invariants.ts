import type { invariants as english } from '../en/invariants.ts';
import type { AreaTranslation } from '../en/index.ts';

export const invariants: AreaTranslation<typeof english> = {
  'invariants.details': '安全性违规',
  'invariants.rule.one-leader-per-epoch': '同一 epoch 出现两个领导者',
  'invariants.rule.committed-never-lost': '已提交的写入丢失或被改动',
  'invariants.rule.committed-prefix-agreement': '服务器对已提交的历史不一致',
  'invariants.rule.liveness': '没有进展',
  'invariants.rule.exception': '一台服务器因错误而崩溃',
  'invariants.servers': '服务器 {servers}',
  'invariants.epoch': ' · epoch {epoch}',
  'invariants.zxid': ' · zxid {zxid}',
  'invariants.earlier': '…以及更早的 {count} 条。',
  'invariants.brokenLabel': '安全性：{count} 处违规，列在工具栏下方',
  'invariants.broken': '{count} 处安全违规',
};
