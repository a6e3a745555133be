import type { lessonLauncher as english } from '../en/lessonLauncher.ts';
import type { AreaTranslation } from '../en/index.ts';

export const lessonLauncher: AreaTranslation<typeof english> = {
  'lessonLauncher.button': '课程',
  'lessonLauncher.buttonTitle': '引导式课程：播放一段运行过程，讲解，并请你预测接下来会发生什么',
  'lessonLauncher.unknownLesson': '`?lesson={id}` 不是一节课，因此没有打开任何课程。课程列表在工具栏的“课程”里。',
  'lessonLauncher.badStep': '`?step={step}` 不是这节课的步骤（应为 1 到 {steps} 的整数），因此没有打开课程。',
  'lessonLauncher.stepWithoutLesson': '`?step=` 需要与 `?lesson=` 一起使用，已忽略。',
  'lessonLauncher.dismiss': '关闭这条消息',
  'lessonLauncher.guideTitle': '第一次来？',
  'lessonLauncher.guideCrash': '点击戴王冠的领导者（Leader）{id} 号服务器让它崩溃，看其他服务器如何察觉并选出新的领导者。',
  'lessonLauncher.guideMenu': '右键点击服务器可以杀进程、暂停或隔离它。',
  'lessonLauncher.guideLessons': '或者跟着引导式课程学习：“课程”。',
  'lessonLauncher.guideDismiss': '知道了',
};
