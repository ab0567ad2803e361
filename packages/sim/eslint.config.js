import base from "@sc/eslint-config";

export default base;
