import type { notices as english } from '../en/notices.ts';
import type { AreaTranslation } from '../en/index.ts';

export const notices: AreaTranslation<typeof english> = {
  'notices.dismiss': '关闭此消息',
  'notices.badNodes': '{param} 不是 {min} 到 {max} 之间的整数；改用 {fallback} 台服务器。',
  'notices.badSeed': '{param} 不是 0 到 {max} 之间的整数；改用随机种子 {seed}。',
  'notices.badSpeed': '{param} 不是 {min} 到 {max} 之间的数；改用 1×。',
  'notices.badLang': '{param} 不在 {choices} 之中；改用浏览器的语言。',
  'notices.badAt': '{param} 不是 0 到 {max} ms 之间的整数；从头开始。',
  'notices.liveReplay': '{param}：共享脚本或 {at} 只能在模拟器中回放；改用模拟器。',
  'notices.liveMissing': '{param}：此版本还没有 Web Worker 驱动；改用模拟器。',
  'notices.realReplay': '{param} 运行真实集群，它不能重放分享的脚本或课程：改由模拟器播放。',
  'notices.badDriverLive': '{param} 既不是“{sim}”也不是“{live}”；改用实时驱动。',
  'notices.badDriverSim': '{param} 既不是“{sim}”也不是“{live}”；改用模拟器。',
  'notices.driverFailed': '实时驱动加载失败（{error}）；改用模拟器。',
  'notices.scriptUnreadable': '无法读取 {param}：{reason}；改为启动一个新集群。',
  'notices.scriptNotRun': '共享脚本未运行（{reason}）；改为启动一个新集群。',
  'notices.replayStopped': '重放停在了 {stoppedMs, number} ms，而不是 {atMs, number} ms：它达到了页面一次重放的上限（一次 {maxEvents, number} 个事件）。它停在那里；按“继续”接着运行。',
  'notices.newFuture': '从 t = {at} 开启了新的未来：按录制的操作重建到那一刻，之后发生的一切都已丢弃。',
  'notices.pastLive': '你正在查看过去的 t = {at}：实时集群只能在当下修改。请先点“回到实时”。',
  'notices.pastFixed': '你正在查看过去的 t = {at}：这次运行无法在那一刻修改。请先点“回到实时”。',
  'notices.unknownLesson': '`?lesson={id}` 不是一节课，因此没有打开任何课程。课程列表在工具栏的“课程”里。',
  'notices.badStep': '`?step={step}` 不是这节课的步骤（应为 1 到 {steps} 的整数），因此没有打开课程。',
  'notices.stepWithoutLesson': '`?step=` 需要与 `?lesson=` 一起使用，已忽略。',
};
