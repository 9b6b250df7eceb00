/**
 * The reference catalogue as the lists methodology templates iterate over (`forEach: "service"`, `"stage"`,
 * `"indicator"`), with the CSV column names as fields ({service.id}, {indicator.stage_id}, {indicator.direction} …).
 */
import type { Catalogue } from '../reference/catalogue.js';
import type { Lists } from '../methodology/templates.js';

export function catalogueLists(c: Catalogue): Lists {
  return {
    service: c.services.map((s) => ({ id: s.id, name_ru: s.nameRu, name_en: s.nameEn, level: s.level })),
    stage: c.stages.map((s) => ({ id: s.id, ord: s.ord, name_ru: s.nameRu, name_en: s.nameEn })),
    indicator: c.indicators
      .filter((i) => i.scored)
      .map((i) => ({
        id: i.id,
        stage_id: i.stageId,
        name_ru: i.nameRu,
        name_en: i.nameEn,
        kind: i.kind,
        unit: i.unit,
        direction: i.direction,
        min: i.min ?? 0,
        max: i.max ?? 100,
        source: i.source,
      })),
  };
}
