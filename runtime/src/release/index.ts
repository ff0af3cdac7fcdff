export * from './check-release.js';
export { closestName, editDistance } from './edit-distance.js';
export { releaseMessages } from './messages.js';
