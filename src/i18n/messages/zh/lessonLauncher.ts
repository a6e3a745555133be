import type { lessonLauncher as english } from '../en/lessonLauncher.ts';
import type { AreaTranslation } from '../en/index.ts';

export const lessonLauncher: AreaTranslation<typeof english> = {
  'lessonLauncher.button': '课程',
  'lessonLauncher.buttonTitle': '引导式课程：播放一段运行过程，讲解，并请你预测接下来会发生什么',
  'lessonLauncher.dismiss': '关闭这条消息',
};
