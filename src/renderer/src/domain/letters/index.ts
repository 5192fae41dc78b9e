// Letters (通知書): templates as data, the pure builder, and what a stored letter looks like.
export * from './buildLetter'
export * from './content'
export * from './fit'
export * from './record'
export * from './templates'
export { isUnfavourable } from './decisionItems'
export { USE_PURPOSES } from './purposes'
export { KIND_WORDING, addresseeOf } from './wording'
