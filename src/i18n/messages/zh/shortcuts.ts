import type { shortcuts as english } from '../en/shortcuts.ts';
import type { AreaTranslation } from '../en/index.ts';

export const shortcuts: AreaTranslation<typeof english> = {
  'shortcuts.title': '键盘快捷键',
  'shortcuts.note': '除了在输入框中打字时，这些按键在页面任何位置都有效；与修饰键（如 ⌘）一起按下时仍交给浏览器处理。',
  'shortcuts.or': '或',
  'shortcuts.key.space': '空格',
  'shortcuts.group.time': '时间',
  'shortcuts.group.faults': '故障',
  'shortcuts.group.lessons': '课程',
  'shortcuts.group.page': '页面',
  'shortcuts.pause': '暂停或继续整个集群',
  'shortcuts.step': '单步执行到下一个事件（模拟器）',
  'shortcuts.scrubBack': '后退一个已记录的帧',
  'shortcuts.scrubForward': '前进一帧（越过最新一帧即回到实时）',
  'shortcuts.markBack': '跳到上一个标记之前',
  'shortcuts.markForward': '跳到下一个标记之前',
  'shortcuts.crashLeader': '让领导者（Leader）崩溃（静默故障）',
  'shortcuts.killLeader': '杀掉领导者进程（其连接被重置）',
  'shortcuts.restartDown': '重启所有已宕机的服务器',
  'shortcuts.lessonNext': '当前课程的下一步（翻页笔同样可用）',
  'shortcuts.lessonPrev': '当前课程的上一步',
  'shortcuts.lessons': '打开或关闭课程列表',
  'shortcuts.present': '开启或关闭演示模式',
  'shortcuts.help': '显示或隐藏本列表',
  'shortcuts.close': '关闭本列表',
};
