import { releasesEn, releasesErrorCodesEn } from '../../../../designer/src/i18n/releases.en';
import { releasesErrorCodesZhCN, releasesZhCN } from '../../../../designer/src/i18n/releases.zh-cn';
import { routingDesignerEn } from '../../../../designer/src/i18n/routing-designer.en';
import { routingDesignerZhCN } from '../../../../designer/src/i18n/routing-designer.zh-cn';
import { definitionsExtraEn } from '../../../../designer/src/i18n/definitions-extra.en';
import { definitionsExtraZhCN } from '../../../../designer/src/i18n/definitions-extra.zh-cn';

/** The routing-designer and releases namespaces as designer/src/i18n/index.ts merges them. */
export const d2En = { routingDesigner: routingDesignerEn, releases: releasesEn, errorCodes: releasesErrorCodesEn, defx: definitionsExtraEn };
export const d2ZhCN = { routingDesigner: routingDesignerZhCN, releases: releasesZhCN, errorCodes: releasesErrorCodesZhCN, defx: definitionsExtraZhCN };
