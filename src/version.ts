/**
 * The pipeline version stamped on every analysis, so stored results can be re-analysed after an upgrade without being
 * confused with older ones. Bump the minor part whenever a stage's output changes.
 */
export const PIPELINE_VERSION = "dyad-0.1.0";
