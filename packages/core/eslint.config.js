import base, { pureCore } from "@sc/eslint-config";

export default [...base, pureCore];
