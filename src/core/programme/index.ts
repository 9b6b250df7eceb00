/** Programme analytics (pure): adoption against targets, channel effectiveness, money against results (DEA). */
export * from './adoption/assess-adoption.js';
export * from './adoption/aggregate-adoption.js';
export * from './adoption/assess-target.js';
export * from './adoption/federal-targets.js';
export * from './adoption/linear-trend.js';
export * from './adoption/milestone.js';
export * from './channels/application-record.js';
export * from './channels/channel-summary.js';
export * from './channels/mobile-offices.js';
export * from './channels/period.js';
export * from './dea/envelopment.js';
export * from './dea/simplex.js';
export * from './efficiency/money-frontier.js';
export * from './efficiency/unit-costs.js';
