/**
 * The id by which a project says it is the signed photomask material project
 * (its `sourceProjects`). A module of its own: the check of `sourceProjects`
 * reads it without the pack.
 */
export const SIGNED_PROJECT = 'nanhu-2022/photomask-material';
