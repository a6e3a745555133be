import type { GroupProblem, IdListProblem } from '../../store/index.ts';
import { code } from '../../i18n/codeText.ts';
import type { Translate } from '../../i18n/translate.ts';

// Why drawn groups or a typed id list cannot be used, in the page's language (the store says why as data).

export function groupProblemWords(problem: GroupProblem, t: Translate): string {
  switch (problem.kind) {
    case 'unknown-server':
      return t('network.groups.unknownServer', { id: problem.id });
    case 'no-group':
      return t('network.groups.noGroup');
    case 'everyone-together':
      return t('network.groups.everyone');
  }
}

export function idListWords(problem: IdListProblem, t: Translate): string {
  switch (problem.kind) {
    case 'not-an-id':
      return t('network.groups.notAnId', { part: code(problem.part) });
    case 'backwards':
      return t('network.groups.backwards', { part: code(problem.part) });
    case 'unknown-server':
      return t('network.groups.unknownServer', { id: problem.id });
  }
}
