import type { real as english } from '../en/real.ts';
import type { AreaTranslation } from '../en/index.ts';

export const real: AreaTranslation<typeof english> = {
  'state.unresponsive': '无响应',
  'data.state.unresponsive': '无响应',
  'legend.unresponsive': '无响应',
  'spacetime.band.unresponsive': '无响应',

  'badge.notification-seen': '✉ 选举通知',
  'badge.zab-phase': '⇢ Zab 阶段',
  'badge.process-started': '▶ 已启动',
  'badge.process-exited': '■ 已退出',
  'badge.poll-silence': '⌛ 轮询',
  'badge.bridge-refused': '✗ 桥接拒绝',
  'badge.bridge-frame-refused': '✗ 坏帧',
  'badge.bridge-link': '⚡ 桥接',

  'source.log': '日志',
  'source.poll': '轮询',
  'source.relay': '中继',
  'source.user': '你',
  'source.model': '模型',
  'source.client': '客户端',
  'source.title': '这条记录的来源：服务器日志、轮询、中继、你的操作、客户端会话或模型',

  'connection.connecting': '正在连接 ZooKeeper 桥接……',
  'connection.unreachable': 'ZooKeeper 桥接没有应答（或拒绝了本页面）。请用 {command} 启动它，再打开它打印的完整网址。',
  'connection.refused': 'ZooKeeper 桥接拒绝了本页面：令牌缺失或错误。请打开 {command} 打印的完整网址。',
  'connection.closing': 'ZooKeeper 桥接正在停止它的服务器。请用 {command} 重新启动。',
  'connection.closed': '与 ZooKeeper 桥接的连接已关闭。请用 {command} 重新启动，然后刷新页面。',

  'health.pollsBehind': '观测落后：某些服务器的轮询或日志比应有的旧，画面可能落后于实际。',
  'health.pollsSilent': '服务器 {ids} 的轮询超时：进程在运行，但不应答。',
  'clock.real': '真实时间',

  'unsupported.speed': '真实服务器按真实时间运行：不能调速。',
  'unsupported.freeze': '“全部暂停”会停止每台服务器（SIGSTOP）；时间并不停止，恢复时它们的超时会一起触发。',
  'unsupported.dropAsLoss': 'TCP 会重传丢失的包：丢包表现为重传延迟。',
  'unsupported.configure': '这个集群由桥接建立（{command}）：不能在页面上改它的规模和时间设置。',
  'unsupported.scripts': '在真实集群上播放脚本请用命令行：{command}。',
  'unsupported.watchedPairs': 'ZooKeeper 只监视学习者 ↔ 领导者：其他服务器对没有心跳时长。',
  'details.unresponsive': '进程在运行，但不应答桥接的轮询。',
  'real.ensemble': '真实 ZooKeeper',
  'script.rerun.realNote': '真实服务器按真实时钟运行，每次运行都不一样。模拟器可以在相同的时间重放你的操作，展示模型会怎样。',
  'pauseOn.lateReal': '服务器是真实的：事件从日志或轮询到达页面后，页面立即停止它们，会晚几毫秒。',
  'details.notReported': '—（未报告）',
} as const;
